// The data of an import between the plan (which translations may go in) and the PO files.
// The XLIFF adapter's `ImportPlan` is the common shape: a PO file from Poedit or Weblate is
// planned into it too, so that both formats are merged and reported the same way.

import type { PoTranslationFile } from '../catalog/index.js';
import type { AcceptedSegment, ImportPlan } from '../formats/xliff/index.js';
import type { CatalogEntry, Lang, TranslationEntry } from '../types.js';

/** What a PO import carries besides targets and states: the translator's own comment lines. */
export interface ImportedEntryDetails {
  /** `#` translator comments as the translator left them (`undefined`: they removed them). */
  translatorComments: string | undefined;
  /** `#| msgid` the translator's tool kept, for a fuzzy entry. */
  previousSource: string | undefined;
}

/** A PO file planned for merging into one document's translations. */
export interface PoImport {
  /** Document the file translates. */
  doc: string;
  plan: ImportPlan;
  /** Per accepted segment ID. */
  details: ReadonlyMap<string, ImportedEntryDetails>;
  /** Obsolete (`#~`) entries of the imported file: kept when the project's PO lacks them. */
  obsolete: readonly TranslationEntry[];
  /** The imported file's header fields and header comment lines. */
  headers: Readonly<Record<string, string>>;
  headerComments: readonly string[];
}

/** One document's merge: its catalog, current PO file, and the accepted translations for it. */
export interface MergeInput {
  doc: string;
  lang: Lang;
  catalog: readonly CatalogEntry[];
  /** The project's PO file; `undefined` when the language has none yet for this document. */
  po: PoTranslationFile | undefined;
  /** Accepted segments of this document (others are ignored). */
  accepted: readonly AcceptedSegment[];
  /** PO imports only: translator comments and previous sources by segment ID. */
  details?: ReadonlyMap<string, ImportedEntryDetails>;
  /** PO imports only: obsolete entries of the imported file. */
  obsolete?: readonly TranslationEntry[];
  /** PO imports only: the imported header, whose translator fields (Last-Translator…) are taken. */
  headers?: Readonly<Record<string, string>>;
  headerComments?: readonly string[];
}

export interface MergeResult {
  po: PoTranslationFile;
  /** IDs whose entry changed (target, state, flags, comments or source), in merge order. */
  changed: string[];
  /** IDs imported with nothing to change. */
  unchanged: string[];
  /** IDs of obsolete entries taken over from an imported PO file. */
  keptObsolete: string[];
}
