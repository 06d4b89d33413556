// The JSON shapes of the `tessera serve` API, shared by the server and the page (type-only: the
// page's bundle imports nothing else from here).

import type { BlockKind, Finding, InlineTag, SegmentState } from '../types.js';

/** A target language as the page needs it. */
export interface LangInfo {
  code: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in English (`Arabic`). */
  name: string;
}

/** Progress of one document in one language: counts of each state, `percent` translated. */
export interface LangProgress {
  lang: string;
  counts: Record<SegmentState, number>;
  /** Live segments (obsolete excluded). */
  total: number;
  percent: number;
}

/** GET /api/project */
export interface ProjectView {
  sourceLang: string;
  langs: LangInfo[];
  docs: DocSummary[];
}

export interface DocSummary {
  name: string;
  /** Front matter `title`, else the first heading (or segment), shortened. */
  title: string;
  segments: number;
  progress: LangProgress[];
}

/** One language's side of a segment. */
export interface SegmentTarget {
  state: SegmentState;
  /** msgstr; empty when there is none. */
  target: string;
  /** 1-based line of the entry's msgctxt in the PO file, when it has one. */
  line?: number;
  /** Stale: the French recorded in the PO file, when it differs from the current source. */
  poSource?: string;
  /** `#| msgid`: the French before the last change (fuzzy entries after an extract). */
  previousSource?: string;
  /** Quality findings of the saved translation, by severity (absent when there is none). */
  findings?: { error: number; warning: number; info: number };
}

export interface SegmentView {
  id: string;
  /** 0-based block index and position within the block. */
  block: number;
  index: number;
  kind: BlockKind;
  /** The current French text, inline tags included (`<1>…</1>`). */
  source: string;
  /** 1-based line of the segment in the source article. */
  sourceLine: number;
  tags: InlineTag[];
  targets: Record<string, SegmentTarget>;
}

/** GET /api/docs/:doc */
export interface DocumentView {
  name: string;
  title: string;
  sourceLang: string;
  sourceFile: string;
  langs: LangInfo[];
  /** Per language: the PO file (relative to the project root) and its version when read. */
  files: Record<string, { path: string; version: string }>;
  /** Live segments in document order. */
  segments: SegmentView[];
  progress: LangProgress[];
  /**
   * Segments whose French changed or appeared since the last `tessera extract` (stale, missing),
   * per language: POST /api/docs/:doc/update brings the catalog and PO files up to date.
   */
  drift: Record<string, number>;
}

/** PUT /api/docs/:doc/segments/:id */
export interface SaveRequest {
  lang: string;
  target: string;
  /** Keep (or mark) the entry as needing review. */
  fuzzy: boolean;
  /** The PO file's version the page loaded (`DocumentView.files[lang].version`). */
  version: string;
}

export interface SaveResponse {
  /** The PO file's new version. */
  version: string;
  segment: SegmentView;
  progress: LangProgress;
}

/** 409: the PO file changed on disk since the page read it; nothing was written. */
export interface ConflictResponse {
  error: 'conflict';
  message: string;
  /** The file's current version, to save over it knowingly after a reload. */
  version: string;
  /** The segment as it is on disk now, to compare with the translator's text. */
  current?: SegmentTarget;
}

/** POST /api/docs/:doc/update */
export interface UpdateResponse {
  /** The PO files that changed (relative to the project root; the catalog changes with them);
   * empty when everything was up to date. */
  written: string[];
}

/** POST /api/qa */
export interface QaRequest {
  source: string;
  target: string;
  lang: string;
  id?: string;
}

export interface QaResponse {
  findings: Finding[];
}

/** A glossary term found in a French sentence. */
export interface TermView {
  /** Offsets of the occurrence in the sentence. */
  start: number;
  end: number;
  text: string;
  /** The allowed translations in the requested language (first = preferred). */
  targets: string[];
  note: string;
  /** Line of the row in the glossary file. */
  line: number;
  /** Whether the given target already holds one of `targets` (absent when no target, or a blank one, was given). */
  found?: boolean;
}

/** GET /api/docs/:doc/segments/:id/terms?lang=L[&target=T] */
export interface TermsResponse {
  glossary: string;
  terms: TermView[];
}

/** One operation of a word diff between the query and a memory source. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A translation-memory match for a segment. */
export interface MatchView {
  /** 101 = the same source in the same context, 100 = the same source, below: fuzzy. */
  score: number;
  kind: 'in-context' | 'exact' | 'fuzzy';
  /** The memory's source sentence and its translation. */
  source: string;
  target: string;
  /** The translation with the segment's numbers, month and weekday names put in when only those differ
   * (else the translation as it is): what Insert puts in the editor. */
  adapted: string;
  /** When only figures differ but they could not be put in, why (`the target has no 426`). */
  notAdapted?: string;
  /** The memory's mark when it says this translation is not approved (`approved: no`). */
  notApproved?: string;
  /** The memory's mark when it says this translation is approved (`approved: yes`, `x-ConfirmationLevel: ApprovedSignOff`). */
  approved?: string;
  /** The files that hold the same pair too (shown once). */
  alsoIn?: string[];
  /** The day the translation was last changed (else created), `2026-11-26`, when the memory says. */
  date?: string;
  /** From the memory source to the segment's French: delete = only in the memory. */
  diff: DiffPart[];
  /** Differences that cost points: `numbers`, `tags`, `case`, `punctuation`. */
  penalties: string[];
  /** The TMX file it came from. */
  origin?: string;
}

/** GET /api/docs/:doc/segments/:id/matches?lang=L */
export interface MatchesResponse {
  /** The TMX files searched; empty = the language has no memory. */
  memories: string[];
  matches: MatchView[];
}

/** One entry holding the phrase; `source` and `target` in Unicode NFC. */
export interface ConcordanceView {
  source: string;
  target: string;
  /** [start, end) of each occurrence of the phrase in the side searched. */
  spans: Array<[number, number]>;
  /** The TMX file it came from. */
  origin?: string;
  /** The memory's mark when it says this translation is not approved (`approved: no`). */
  notApproved?: string;
  /** The memory's mark when it says this translation is approved (`approved: yes`, `x-ConfirmationLevel: ApprovedSignOff`). */
  approved?: string;
}

/** GET /api/concordance?lang=L&q=PHRASE[&in=source|target] */
export interface ConcordanceResponse {
  /** The TMX files searched; empty = the language has no memory. */
  memories: string[];
  /** The phrase as compared: case folded, spacing and apostrophes unified. */
  phrase: string;
  in: 'source' | 'target';
  /** Entries holding it; `hits` lists the first 20 (whole words, then the shortest). */
  total: number;
  hits: ConcordanceView[];
}

/** Every non-2xx answer. */
export interface ErrorResponse {
  error: string;
  message: string;
}
