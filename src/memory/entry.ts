// A translation-memory entry: one source segment and its translation in one target language,
// with where it came from. TMX units with several target languages give one entry per target.

import type { TmxInlineCode } from '../formats/tmx/index.js';

/** Prop types under which the project's own memory keeps document and neighbours (TMX `x-` convention). */
export const PROP_DOC = 'x-doc';
export const PROP_PREV = 'x-prev';
export const PROP_NEXT = 'x-next';

export interface MemoryProp {
  type: string;
  value: string;
}

export interface MemoryEntry {
  /** Source segment with inline tags (`<1>…</1>`). */
  source: string;
  /** Translation with inline tags. */
  target: string;
  sourceLang: string;
  targetLang: string;
  /** The TMX `tuid`; for the project's own memory, the segment ID. */
  tuid?: string;
  /** Document the segment belongs to (prop `x-doc`). */
  doc?: string;
  /** Source of the previous segment in its document, `''` at the start (prop `x-prev`). */
  prev?: string;
  /** Source of the next segment in its document, `''` at the end (prop `x-next`). */
  next?: string;
  /** Other unit props, in file order. */
  props: MemoryProp[];
  /** `YYYYMMDDThhmmssZ` as in TMX (creation and last change of the translation). */
  created?: string;
  changed?: string;
  /** File the entry was read from (e.g. `locales/en/memory.tmx`). */
  origin?: string;
  /** Native codes behind the tags of `source` / `target`, when the entry came from TMX. */
  sourceCodes?: TmxInlineCode[];
  targetCodes?: TmxInlineCode[];
}
