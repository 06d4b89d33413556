// A translator's save: one entry of a PO file changes, the rest of the file is kept as it was
// read (translator comments, other entries, obsolete entries). Pure: text in, text out.

import { serializePo, type PoTranslationFile } from '../catalog/index.js';
import { REVIEW_FLAGS } from '../formats/xliff/index.js';
import type { CatalogEntry, TranslationEntry } from '../types.js';
import { HttpError } from './http-error.js';

export interface SaveInput {
  doc: string;
  lang: string;
  /** The catalog the PO file follows (`locales/<doc>.pot`). */
  catalog: readonly CatalogEntry[];
  /** The PO file as read now; undefined when the language has no file yet. */
  po: PoTranslationFile | undefined;
  sourceFile: string;
  id: string;
  target: string;
  fuzzy: boolean;
}

/**
 * The PO file's new text with the segment's translation set.
 * Saving as translated clears `#, fuzzy` and the `#| msgid` it was reviewed against; saving as
 * fuzzy keeps (or sets) the mark. A changed translation loses its `reviewed` / `final` flag (it
 * must be reviewed again), as in `tessera import`. A segment the catalog does not know yet (a sentence added since
 * the last extract) is refused: its ID is only final once the catalog is updated.
 */
export function saveSegment(input: SaveInput): string {
  const segment = input.catalog.find((entry) => entry.id === input.id);
  if (!segment) {
    throw new HttpError(
      409,
      'drift',
      `Segment ${input.id} is not in the catalog yet: the French source changed since the last extract. Update the document first.`,
    );
  }
  const po: PoTranslationFile = input.po ?? { doc: input.doc, lang: input.lang, headers: {}, entries: [] };
  let found = false;
  const entries = po.entries.map((entry): TranslationEntry => {
    if (entry.obsolete || entry.id !== input.id) return entry;
    found = true;
    return withTarget(entry, input.target, input.fuzzy);
  });
  if (!found) {
    entries.push(withTarget({ id: input.id, source: segment.text, target: '', fuzzy: false, obsolete: false }, input.target, input.fuzzy));
  }
  return serializePo({ ...po, entries }, input.catalog, { sourceFile: input.sourceFile });
}

function withTarget(entry: TranslationEntry, target: string, fuzzy: boolean): TranslationEntry {
  const next: TranslationEntry = { ...entry, target, fuzzy };
  // Reviewed: the previous source has served its purpose (as Poedit and Weblate do).
  if (!fuzzy) delete next.previousSource;
  if (target !== entry.target && entry.flags) {
    const flags = entry.flags.filter((flag) => !(REVIEW_FLAGS as readonly string[]).includes(flag));
    if (flags.length) next.flags = flags;
    else delete next.flags;
  }
  return next;
}
