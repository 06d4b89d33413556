// A translation-memory entry: one source segment and its translation in one target language,
// with where it came from. TMX units with several target languages give one entry per target.

import type { TmxAttributes, TmxInlineCode, TmxNote, TmxProp } from '../formats/tmx/index.js';

/** Prop types under which the project's own memory keeps document and neighbours (TMX `x-` convention). */
export const PROP_DOC = 'x-doc';
export const PROP_PREV = 'x-prev';
export const PROP_NEXT = 'x-next';

export interface MemoryProp {
  type: string;
  value: string;
  /** The prop's own attributes (`xml:lang`, `o-encoding`), verbatim, when it has any. */
  attrs?: TmxAttributes;
}

/** A `tuv`'s own attributes, props and notes, verbatim. */
export interface VariantExtras {
  attrs?: TmxAttributes;
  props?: TmxProp[];
  notes?: TmxNote[];
}

/**
 * What a TMX unit held beyond the entry's fields, so that writing the entry back as TMX loses
 * none of it: the unit's attributes (`usagecount`, `creationid`…, its dates among them in their
 * place) and notes, and each variant's attributes, props (Okapi's `approved`) and notes.
 */
export interface EntryTmx {
  attrs?: TmxAttributes;
  notes?: TmxNote[];
  source?: VariantExtras;
  target?: VariantExtras;
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
  /**
   * Set when the memory marks this translation as not approved (approval.ts): the mark as the
   * file gives it, e.g. `approved: no` (Okapi) or `x-ConfirmationLevel: Draft` (Trados Studio).
   * Read from the unit's props when the entry is made; writing the entry back writes those props,
   * not this field.
   */
  notApproved?: string;
  /**
   * Set when the memory marks this translation as approved and nothing marks it not approved
   * (approval.ts): `approved: yes` (Okapi) or `x-ConfirmationLevel: ApprovedSignOff` (Trados
   * Studio). It ranks before an unmarked translation of the same score. Read and written as
   * notApproved is.
   */
  approved?: string;
  /** Only when the unit held more than the fields above (see EntryTmx). */
  tmx?: EntryTmx;
}
