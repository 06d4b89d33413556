// The segment catalog `locales/<doc>.pot`: one entry per source segment, in document order,
// msgctxt = segment ID, msgid = French text, comments = where the segment is (segment-comments.ts).

import { InputError } from '../errors.js';
import type { CatalogEntry } from '../types.js';
import { readPoFile } from './po-read.js';
import { writePoFile } from './po-write.js';
import { extractedComments, readSegmentComments, referenceComment } from './segment-comments.js';

/** The generator named in every file we write. */
export const GENERATOR = 'tessera';

/**
 * The catalog of `doc` (whose source is `sourceFile`, e.g. `source-texts/article.md`).
 * Deterministic: no creation date, so an unchanged source gives a byte-identical catalog.
 */
export function serializePot(
  doc: string,
  sourceFile: string,
  entries: readonly CatalogEntry[],
  sourceLang: string,
): string {
  return writePoFile({
    headers: {
      'Project-Id-Version': doc,
      // Empty rather than missing: `msgfmt --check` warns about missing fields, not empty ones.
      'PO-Revision-Date': '',
      'Last-Translator': '',
      'Language-Team': '',
      // The language of the msgid texts; msginit replaces it in the PO files it creates.
      Language: sourceLang,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Generator': GENERATOR,
    },
    headerComments: [],
    entries: entries.map((entry) => ({
      id: entry.id,
      msgid: entry.text,
      msgstr: '',
      obsolete: false,
      translatorComments: [],
      extracted: extractedComments(entry),
      references: [referenceComment(sourceFile, entry)],
      flags: [],
    })),
  });
}

/** Read a catalog written by `serializePot`. Throws `InputError` (file, line) when malformed. */
export function parsePot(text: string | Uint8Array, file: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const entry of readPoFile(text, file).entries) {
    const at = { file, line: entry.line };
    if (entry.obsolete) throw new InputError('a catalog has no obsolete (#~) entries; they belong in the PO files', at);
    if (entry.msgstr !== '') throw new InputError('a catalog entry has a translation; translations belong in locales/<lang>/<doc>.po', at);
    const place = readSegmentComments(entry.extracted, entry.references, file, entry.line);
    const previous = entries.at(-1);
    if (previous && place.block < previous.block) {
      throw new InputError(`block ${place.block} comes after block ${previous.block}; catalog entries are in document order`, at);
    }
    const index = previous?.block === place.block ? previous.index + 1 : 0;
    entries.push({ id: entry.id, block: place.block, index, kind: place.kind, text: entry.msgid, line: place.line, tags: place.tags });
  }
  return entries;
}
