// A line scanner for PO files. gettext-parser reads the values but reports no positions and
// accepts some broken files by dropping or merging entries; this scanner checks the structure
// first, line by line, and records where each entry starts, so every error names its line and
// every entry read can be accounted for.

import { InputError } from '../errors.js';
import { checkEscapes, QUOTED, unquote } from './po-string.js';

/** An entry as laid out in the file. */
export interface ScannedEntry {
  /** `#~` entry. */
  obsolete: boolean;
  /** 1-based line of its `msgctxt`, or of its `msgid` when it has none. */
  line: number;
  msgctxt: string | undefined;
  msgid: string;
  /** It has a `msgid_plural`. */
  plural: boolean;
  /** `#` translator comment lines, verbatim after the `# ` prefix. */
  translatorComments: string[];
}

type Keyword = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

/** A quoted string and its line. */
interface Part {
  quoted: string;
  line: number;
}

interface Draft {
  obsolete: boolean;
  line: number;
  translatorComments: string[];
  /** The last keyword seen, which a continuation line extends. */
  last: Keyword;
  msgctxt: Part[] | undefined;
  msgid: Part[];
  plural: boolean;
  hasMsgstr: boolean;
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/u;
const KEYWORD_LINE = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)(?:\s+(.*))?$/su;

/** Entries of a PO file in file order, after checking its structure. */
export function scanPo(text: string, file: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  let draft: Draft | undefined;
  let comments: string[] = [];

  const fail = (message: string, line: number): never => {
    throw new InputError(message, { file, line });
  };
  const finish = (): void => {
    if (!draft) return;
    if (draft.last === 'msgctxt') fail('msgctxt without msgid', draft.line);
    if (!draft.hasMsgstr) fail('entry without msgstr', draft.line);
    entries.push({
      obsolete: draft.obsolete,
      line: draft.line,
      msgctxt: draft.msgctxt && joinParts(draft.msgctxt, file),
      msgid: joinParts(draft.msgid, file),
      plural: draft.plural,
      translatorComments: draft.translatorComments,
    });
    draft = undefined;
  };

  text.split(/\r?\n/u).forEach((raw, k) => {
    const lineNo = k + 1;
    if (CONFLICT_MARKER.test(raw)) {
      fail('unresolved merge conflict marker; keep one version of each entry and remove the markers', lineNo);
    }
    const line = raw.trim();
    if (line === '') return;

    let content = line;
    let obsolete = false;
    if (line.startsWith('#~')) {
      content = line.slice(2).trimStart();
      obsolete = true;
      // `#~|` (previous source, read by gettext-parser) and other comments of an obsolete entry
      if (content === '' || /^[|.:,]/u.test(content)) return;
    } else if (line.startsWith('#')) {
      if (!/^#[.:,|]/u.test(line)) comments.push(line.slice(1).replace(/^ /u, ''));
      return;
    }
    const sameEntry = (what: string): Draft => {
      if (!draft) return fail(`${what} outside an entry`, lineNo);
      if (draft.obsolete !== obsolete) {
        fail(obsolete ? 'an obsolete (#~) line inside a live entry' : 'a live line inside an obsolete (#~) entry', lineNo);
      }
      return draft;
    };

    const keyword = KEYWORD_LINE.exec(content);
    if (!keyword) {
      if (!content.startsWith('"')) {
        fail(`unexpected text "${clip(content)}"; expected msgctxt, msgid, msgstr, a "string" or a # comment`, lineNo);
      }
      if (!QUOTED.test(content)) fail('unterminated or malformed string', lineNo);
      checkEscapes(content, file, lineNo);
      const entry = sameEntry('a string that continues no msgid, msgstr or msgctxt');
      if (entry.last === 'msgctxt') entry.msgctxt!.push({ quoted: content, line: lineNo });
      if (entry.last === 'msgid') entry.msgid.push({ quoted: content, line: lineNo });
      return;
    }
    const word: Keyword = keyword[1]!.startsWith('msgstr') ? 'msgstr' : (keyword[1] as Keyword);
    const value = keyword[2]?.trim() ?? '';
    if (!QUOTED.test(value)) {
      fail(`${keyword[1]} needs a "string"${value ? '; this one is unterminated or malformed' : ''}`, lineNo);
    }
    checkEscapes(value, file, lineNo);
    const part = { quoted: value, line: lineNo };

    if (word === 'msgctxt' || (word === 'msgid' && draft?.last !== 'msgctxt')) {
      finish();
      draft = {
        obsolete,
        line: lineNo,
        translatorComments: comments,
        last: word,
        msgctxt: word === 'msgctxt' ? [part] : undefined,
        msgid: word === 'msgid' ? [part] : [],
        plural: false,
        hasMsgstr: false,
      };
      comments = [];
      return;
    }
    const entry = sameEntry(keyword[1]!);
    if (word === 'msgid') entry.msgid.push(part);
    if (word === 'msgid_plural') {
      if (entry.last !== 'msgid') fail('msgid_plural must follow a msgid', lineNo);
      entry.plural = true;
    }
    if (word === 'msgstr') {
      if (entry.last === 'msgctxt') fail('msgstr must follow a msgid', lineNo);
      if (entry.plural !== keyword[1]!.includes('[')) {
        fail(entry.plural ? 'a plural entry needs msgstr[0], msgstr[1]…' : `${keyword[1]} without msgid_plural`, lineNo);
      }
      if (entry.hasMsgstr && !entry.plural) fail('a second msgstr in one entry', lineNo);
      entry.hasMsgstr = true;
    }
    entry.last = word;
  });
  finish();
  return entries;
}

function joinParts(parts: readonly Part[], file: string): string {
  return parts.map((part) => unquote(part.quoted, file, part.line)).join('');
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
