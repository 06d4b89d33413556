// The data the XLIFF adapter takes and gives. Export reads the catalog and a language's PO
// file; import gives plain segments that `planImport` checks against the catalog, so that the
// CLI only has to merge the accepted ones into the PO files.

import type { CatalogEntry, Lang, SegmentState, TranslationFile } from '../../types.js';

// ─── export ────────────────────────────────────────────────────────────────

/** One document of an export: becomes one `<file>`. */
export interface XliffExportDocument {
  /** Document name (`mossoul-2017`): the `<file id>`, made NMTOKEN-safe if it is not. */
  doc: string;
  /** Path of the source article, e.g. `source-texts/mossoul-2017.md`: the `<file original>`. */
  original: string;
  /** The catalog, in document order. */
  entries: readonly CatalogEntry[];
  /** The language's PO file; `undefined` when there is none yet (every segment is `missing`). */
  translations: TranslationFile | undefined;
  /** State of each segment by ID; an ID absent here gets its state from `translations`. */
  states: ReadonlyMap<string, SegmentState>;
}

export interface XliffExportInput {
  srcLang: Lang;
  trgLang: Lang;
  documents: readonly XliffExportDocument[];
}

// ─── import ────────────────────────────────────────────────────────────────

/** XLIFF versions read. 2.1 shares the 2.0 core namespace and elements. */
export type XliffVersion = '1.2' | '2.0' | '2.1';

/**
 * A segment's state in our model, read from XLIFF:
 * - `untranslated`: no target, or an empty one;
 * - `fuzzy`: a target that needs review (2.0 `initial` with a target, 1.2 `new`/`needs-*`);
 * - `translated`, `reviewed`, `final`: a confirmed target (2.0 states; 1.2 `translated`,
 *   `signed-off` or `approved="yes"`, `final`).
 * `reviewed` and `final` are `translated` segments whose PO entry carries the flag of that name.
 */
export type ImportedState = 'untranslated' | 'fuzzy' | 'translated' | 'reviewed' | 'final';

/** A `<note>` (2.0) or trans-unit `<note>` (1.2). */
export interface XliffNote {
  text: string;
  id?: string;
  /** 2.0 `category`; 1.2 `from`. */
  category?: string;
  /** 2.0 `appliesTo`; 1.2 `annotates` (`source` / `target` only). */
  appliesTo?: 'source' | 'target';
}

/** A translatable segment read from an XLIFF file, in document order. */
export interface XliffSegment {
  /**
   * 2.0: the `<segment id>` (when absent: the unit ID if the unit has one segment, else
   * `<unit id>#<n>`). 1.2: the trans-unit `id`, or the `mid` of an `<mrk mtype="seg">`.
   */
  id: string;
  /** 2.0 `<unit id>`; 1.2 trans-unit `id`. */
  unitId: string;
  /**
   * Source in block-text form: literal text escaped (`&amp;` `&lt;` `&gt;`), inline codes as
   * numbered tags `<n>…</n>` / `<n/>`. A code whose ID is a positive integer keeps it as its
   * number; other IDs are numbered in order of first appearance in the unit.
   */
  source: string;
  /** Target in the same form, codes numbered through the same IDs; `undefined` when absent. */
  target: string | undefined;
  state: ImportedState;
  /** The state as written: 2.0 `state` (default `initial`), 1.2 target `state`. */
  xliffState: string | undefined;
  /** 2.0 `subState`; 1.2 `state-qualifier`. */
  subState: string | undefined;
  /** 2.0 `<target order>`: the translator moved this target to another place in the unit. */
  targetOrder?: number;
  /** Notes of the segment's unit (2.0) or trans-unit (1.2) that concern this segment. */
  notes: XliffNote[];
  /** 1-based line of the `<segment>` / `<trans-unit>` / `<mrk>` in the XLIFF file. */
  line: number;
}

/** One `<file>` of an XLIFF document. */
export interface XliffFile {
  /** 2.0 `<file id>`; 1.2 `original` (1.2 files have no ID). */
  id: string;
  original: string | undefined;
  srcLang: Lang;
  trgLang: Lang | undefined;
  /** File-level notes. */
  notes: XliffNote[];
  segments: XliffSegment[];
  line: number;
}

export interface XliffDocument {
  /** The path given to `parseXliff`, for messages. */
  file: string;
  version: XliffVersion;
  /** `srcLang` (2.0) or the first file's `source-language` (1.2). */
  srcLang: Lang;
  trgLang: Lang | undefined;
  files: XliffFile[];
}

// ─── merge plan ────────────────────────────────────────────────────────────

/** Where a planned segment came from, for `file:line` messages. */
export interface PlannedSegment {
  /** Catalog document name. */
  doc: string;
  /** Segment ID. */
  id: string;
  /** The XLIFF file (as given to `parseXliff`) and the segment's line in it. */
  file: string;
  line: number;
}

/** A translation to merge into `locales/<lang>/<doc>.po`. */
export interface AcceptedSegment extends PlannedSegment {
  /** The target, its tags renumbered to the catalog's numbering. */
  target: string;
  state: Exclude<ImportedState, 'untranslated'>;
  /** Whether the PO entry gets `#, fuzzy`. */
  fuzzy: boolean;
  /** Review flags the PO entry carries after the merge: `[]`, `['reviewed']` or `['final']`. */
  reviewFlags: ReviewFlag[];
  /**
   * The PO translator comment as the translator's tool brings it back, from the export's
   * `translator-comment` note of this segment; absent when the file has no such note.
   */
  comment?: string;
  /**
   * Notes the translator or their tool added (memoQ, Trados, OmegaT comments), one translator
   * comment line each (`note (category): text`), for the reviewer to read in the PO file. The
   * notes of a unit go to its first accepted segment; the export's own notes are not among them.
   */
  toolNotes?: string[];
}

export type RefusalReason = 'unknown document' | 'unknown segment' | 'source changed' | 'duplicate segment';

/** A translation that is not merged, with why. */
export interface RefusedSegment extends PlannedSegment {
  reason: RefusalReason;
  /** The catalog's current source (absent when the document or segment is unknown). */
  expected?: string;
  /** The source in the XLIFF file. */
  found: string;
  /** The translator's target, kept so that the report can show it. */
  target: string;
}

export interface ImportPlan {
  lang: Lang;
  accepted: AcceptedSegment[];
  refused: RefusedSegment[];
  /** Segments without a target: nothing to merge, nothing refused. */
  untranslated: PlannedSegment[];
}

/** PO flags that carry the XLIFF 2.0 states beyond `translated`. */
export type ReviewFlag = 'reviewed' | 'final';
