// A language's translations of one document, `locales/<lang>/<doc>.po`.
//
// Canonical form, whatever tool wrote the file before: our header fields in a fixed order (the
// translator's own fields such as Last-Translator kept), live entries in catalog order with the
// catalog's comments, translator comments, `#, fuzzy` and `#| msgid` kept, then the obsolete
// `#~` entries with their translations.

import { InputError } from '../errors.js';
import type { CatalogEntry, TranslationEntry, TranslationFile } from '../types.js';
import { pluralForms, primarySubtag } from './plural-forms.js';
import { readPoFile } from './po-read.js';
import { writePoFile, type WriteEntry } from './po-write.js';
import { GENERATOR } from './pot.js';
import { extractedComments, referenceComment } from './segment-comments.js';

/**
 * A translation file as read from disk: a `TranslationFile` that also keeps the `#` comment
 * lines above the header (translator credits, licence) so that rewriting it loses nothing.
 */
export interface PoTranslationFile extends TranslationFile {
  headerComments?: readonly string[];
}

/** Options of `serializePo`. */
export interface PoOptions {
  /** Source path for `#:` references; default `source-texts/<doc>.md`. */
  sourceFile?: string;
}

/** Header fields in the order we write them; other fields follow in the order they came. */
const HEADER_ORDER = [
  'Project-Id-Version',
  'Report-Msgid-Bugs-To',
  'POT-Creation-Date',
  'PO-Revision-Date',
  'Last-Translator',
  'Language-Team',
  'Language',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'Plural-Forms',
  'X-Generator',
];

/**
 * Read `locales/<lang>/<doc>.po` (`file` is its path; the document name is its base name).
 * Every entry gets the 1-based line of its msgctxt. Throws `InputError` (file, line) for a
 * malformed file: syntax error, merge-conflict marker, duplicate or missing msgctxt, invalid
 * UTF-8, a charset other than UTF-8, or a Language header that contradicts `lang`.
 */
export function parsePo(text: string | Uint8Array, file: string, lang: string): PoTranslationFile {
  const read = readPoFile(text, file);
  const declared = headerValue(read.headers, 'Language');
  if (declared && primarySubtag(declared) !== primarySubtag(lang)) {
    throw new InputError(`the file says Language: ${declared}, but it holds the ${lang} translation`, { file, line: read.headerLine });
  }
  const entries = read.entries.map((entry): TranslationEntry => {
    const result: TranslationEntry = {
      id: entry.id,
      source: entry.msgid,
      target: entry.msgstr,
      fuzzy: entry.flags.includes('fuzzy'),
      obsolete: entry.obsolete,
      line: entry.line,
    };
    if (entry.previousSource !== undefined) result.previousSource = entry.previousSource;
    if (entry.translatorComments.length) result.translatorComments = entry.translatorComments.join('\n');
    const flags = entry.flags.filter((flag) => flag !== 'fuzzy');
    if (flags.length) result.flags = flags;
    return result;
  });
  const doc = (file.split(/[\\/]/u).at(-1) ?? file).replace(/\.po$/u, '');
  const result: PoTranslationFile = { doc, lang, headers: read.headers, entries };
  if (read.headerComments.length) result.headerComments = read.headerComments;
  return result;
}

/**
 * The canonical text of a translation file: live entries in `catalog` order (entries the catalog
 * does not know follow, in their order), obsolete entries last.
 */
export function serializePo(
  po: PoTranslationFile,
  catalog: readonly CatalogEntry[],
  options: PoOptions = {},
): string {
  const sourceFile = options.sourceFile ?? `source-texts/${po.doc}.md`;
  const position = new Map(catalog.map((entry, k) => [entry.id, k]));
  const live = po.entries.filter((entry) => !entry.obsolete);
  const ordered = [
    ...live.filter((entry) => position.has(entry.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!),
    ...live.filter((entry) => !position.has(entry.id)),
    ...po.entries.filter((entry) => entry.obsolete),
  ];
  return writePoFile({
    headers: canonicalHeaders(po),
    headerComments: po.headerComments ?? [],
    entries: ordered.map((entry): WriteEntry => {
      const segment = entry.obsolete ? undefined : catalog[position.get(entry.id) ?? -1];
      return {
        id: entry.id,
        msgid: entry.source,
        msgstr: entry.target,
        obsolete: entry.obsolete,
        translatorComments: entry.translatorComments === undefined ? [] : entry.translatorComments.split('\n'),
        extracted: segment ? extractedComments(segment) : [],
        references: segment ? [referenceComment(sourceFile, segment)] : [],
        flags: [...(entry.fuzzy ? ['fuzzy'] : []), ...(entry.flags ?? [])],
        previousSource: entry.previousSource,
      };
    }),
  });
}

/** Our fields, then the translator's (Last-Translator, X-Poedit-…) as they were. */
function canonicalHeaders(po: TranslationFile): Record<string, string> {
  const ours: Record<string, string | undefined> = {
    'Project-Id-Version': po.doc,
    // Empty rather than missing: `msgfmt --check` warns about missing fields, not empty ones.
    'PO-Revision-Date': headerValue(po.headers, 'PO-Revision-Date') ?? '',
    'Last-Translator': headerValue(po.headers, 'Last-Translator') ?? '',
    'Language-Team': headerValue(po.headers, 'Language-Team') ?? '',
    Language: po.lang,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': pluralForms(po.lang) ?? headerValue(po.headers, 'Plural-Forms'),
    'X-Generator': GENERATOR,
  };
  const headers: Record<string, string> = {};
  for (const name of HEADER_ORDER) {
    const value = ours[name] ?? headerValue(po.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const known = new Set(HEADER_ORDER.map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(po.headers)) {
    if (!known.has(name.toLowerCase())) headers[name] = value;
  }
  return headers;
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}
