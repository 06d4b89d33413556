// Reading PO and POT files into plain entries: gettext-parser decodes the values, the line
// scanner (po-scan.ts) supplies positions and the checks gettext-parser does not make.

import { po, type GetTextTranslations } from 'gettext-parser';
import { InputError } from '../errors.js';
import { decodeText } from './decode.js';
import { ID_PATTERN } from './id.js';
import { scanPo, type ScannedEntry } from './po-scan.js';
import { QUOTED, unquote } from './po-string.js';

/** One entry of a PO or POT file, comments split by kind. */
export interface PoEntry {
  /** 1-based line of its `msgctxt`. */
  line: number;
  id: string;
  msgid: string;
  msgstr: string;
  obsolete: boolean;
  /** `#` lines, verbatim after `# `. */
  translatorComments: string[];
  /** `#.` lines. */
  extracted: string[];
  /** `#:` references. */
  references: string[];
  /** `#,` flags. */
  flags: string[];
  /** `#| msgid`: the previous source. */
  previousSource: string | undefined;
}

/** A PO or POT file. */
export interface PoFile {
  headers: Record<string, string>;
  /** `#` lines above the header entry (credits, licence), verbatim after `# `. */
  headerComments: string[];
  /** 1-based line of the header's `msgid ""` (for header errors), 1 when there is no header. */
  headerLine: number;
  entries: PoEntry[];
}

/**
 * Read a PO or POT file of segments: every entry must have a unique `msgctxt` holding a segment
 * ID. Throws `InputError` with the file and line for anything malformed.
 */
export function readPoFile(input: string | Uint8Array, file: string): PoFile {
  const text = decodeText(input, file);
  const scanned = scanPo(text, file);
  const first = scanned[0];
  const header = first && !first.obsolete && first.msgctxt === undefined && first.msgid === '' ? first : undefined;
  const segments = scanned.filter((entry) => entry !== header);
  checkSegments(segments, file);

  const table = parseTable(text, file);
  const entries = segments.map((entry): PoEntry => {
    const id = entry.msgctxt!;
    const parsed = (entry.obsolete ? table.obsolete : table.translations)?.[id]?.[entry.msgid];
    if (!parsed) throw new InputError('entry could not be read back; check its quoting', { file, line: entry.line });
    const comments = parsed.comments ?? {};
    return {
      line: entry.line,
      id,
      msgid: entry.msgid,
      msgstr: parsed.msgstr[0] ?? '',
      obsolete: entry.obsolete,
      translatorComments: entry.translatorComments,
      extracted: lines(comments.extracted),
      references: lines(comments.reference).flatMap((line) => line.split(/\s+/u)).filter(Boolean),
      flags: lines(comments.flag).flatMap((line) => line.split(',')).map((flag) => flag.trim()).filter(Boolean),
      previousSource: previousSource(comments.previous, file, entry.line),
    };
  });

  const headers = { ...(table.headers ?? {}) };
  const headerLine = header?.line ?? 1;
  checkCharset(headers, file, headerLine);
  return { headers, headerComments: header?.translatorComments ?? [], headerLine, entries };
}

/** Every entry has a unique segment ID as msgctxt and no plural forms. */
function checkSegments(entries: readonly ScannedEntry[], file: string): void {
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    const at = { file, line: entry.line };
    if (entry.msgctxt === undefined) {
      throw new InputError('entry without msgctxt; every entry needs its segment ID as msgctxt (run tessera extract to rebuild the file)', at);
    }
    if (!ID_PATTERN.test(entry.msgctxt)) {
      throw new InputError(`msgctxt "${entry.msgctxt}" is not a segment ID (lowercase letters, digits and "-")`, at);
    }
    const seen = firstLine.get(entry.msgctxt);
    if (seen !== undefined) {
      throw new InputError(`duplicate msgctxt "${entry.msgctxt}" (first at line ${seen}); keep one entry per segment`, at);
    }
    firstLine.set(entry.msgctxt, entry.line);
    if (entry.plural) throw new InputError('plural entries (msgid_plural) are not used for segments', at);
  }
}

/** gettext-parser's table, its errors turned into positioned input errors. */
function parseTable(text: string, file: string): GetTextTranslations {
  try {
    return po.parse(text, { validation: true });
  } catch (error) {
    const line = (error as { lineNumber?: unknown }).lineNumber;
    throw new InputError(`malformed PO file: ${(error as Error).message}`, {
      file,
      line: typeof line === 'number' ? line : undefined,
    });
  }
}

function lines(comment: string | undefined): string[] {
  return comment === undefined ? [] : comment.split('\n');
}

/** The `msgid` of `#|` lines (gettext-parser gives them raw: `msgid "…"` and `"…"` lines). */
function previousSource(raw: string | undefined, file: string, line: number): string | undefined {
  if (raw === undefined) return undefined;
  const values: Record<string, string> = {};
  let key: string | undefined;
  for (const part of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = /^(msgctxt|msgid_plural|msgid)\s+(.*)$/su.exec(part);
    const quoted = match ? match[2]!.trim() : part;
    if (match) key = match[1]!;
    if (key === undefined || !QUOTED.test(quoted)) {
      throw new InputError(`malformed previous-source comment "#| ${part}"`, { file, line });
    }
    values[key] = (values[key] ?? '') + unquote(quoted, file, line);
  }
  return values.msgid;
}

/** Segment files are UTF-8; a PO declaring another charset would be mis-decoded. */
function checkCharset(headers: Record<string, string>, file: string, line: number): void {
  const charset = /charset\s*=\s*([^\s;]+)/iu.exec(headers['Content-Type'] ?? '')?.[1];
  if (charset && !/^(?:utf-?8|charset|ascii|us-ascii)$/iu.test(charset)) {
    throw new InputError(`the file declares charset=${charset}; convert it to UTF-8 (msgconv --to-code=UTF-8) and declare charset=UTF-8`, { file, line });
  }
}
