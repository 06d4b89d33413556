// The TMX 1.4 document model. It keeps everything a TMX file says (attributes verbatim, inline
// codes with their native content), so that reading and writing again loses nothing, while
// segment text uses the project's tag notation (`<1>…</1>`, `<2/>`) so that matching and QA can
// treat TMX segments like any other segment.

/** Attributes of an element as written in the file (unescaped values), in document order. */
export type TmxAttributes = Record<string, string>;

/** `<prop type="…">value</prop>` on header, tu or tuv. */
export interface TmxProp {
  type: string;
  value: string;
  /** Other attributes (`xml:lang`, `o-encoding`), verbatim. */
  attrs?: TmxAttributes;
}

/** `<note>text</note>` on header, tu or tuv. */
export interface TmxNote {
  text: string;
  /** Attributes (`xml:lang`, `o-encoding`), verbatim. */
  attrs?: TmxAttributes;
}

/** `<ude name="…"><map …/></ude>`: a user-defined encoding declared in the header. */
export interface TmxUde {
  attrs: TmxAttributes;
  maps: TmxAttributes[];
}

/** The TMX elements that hold native codes, plus `text` for literal text that looks like a tag. */
export type TmxCodeElement = 'bpt' | 'ept' | 'ph' | 'it' | 'ut' | 'hi' | 'text';

/**
 * `<sub>`: translatable text inside a native code (e.g. the `alt` of an `<img>`). Its text uses
 * the same tag notation, numbered independently of the enclosing segment.
 */
export interface TmxSub {
  attrs: TmxAttributes;
  text: string;
  codes: TmxInlineCode[];
}

/** One TMX inline element: its name, attributes and native code content. */
export interface TmxNativeCode {
  element: TmxCodeElement;
  /** `i`, `x`, `type`, `pos`, `assoc`…, verbatim. */
  attrs: TmxAttributes;
  /** Native code (e.g. `<b>`), unescaped, with any `<sub>` flows in place. Empty for `hi`. */
  content: Array<string | TmxSub>;
}

/**
 * What one numbered tag of a segment's text stands for. A paired tag (`<n>…</n>`) comes from
 * `bpt`…`ept` (same `i`) or from `hi`; a standalone tag (`<n/>`) from `ph`, `it`, `ut`, an
 * unmatched `bpt`/`ept`, or literal text that would otherwise read as a tag (`element: 'text'`).
 */
export interface TmxInlineCode {
  n: number;
  paired: boolean;
  /** The opening (`bpt`, `hi`) or standalone element. */
  open: TmxNativeCode;
  /** The closing `ept` of a `bpt` pair; absent for `hi` (its end tag carries nothing). */
  close?: TmxNativeCode;
}

/** `<tuv>`: one language version of a translation unit. */
export interface TmxVariant {
  /** `xml:lang` (or the TMX 1.1 `lang`). */
  lang: string;
  /** The `<seg>` content with inline codes as numbered tags. */
  text: string;
  /** One per tag number used in `text`. Tag numbers agree across the variants of a unit. */
  codes: TmxInlineCode[];
  /** Other `tuv` attributes (`creationdate`, `changeid`, `o-encoding`…), verbatim. */
  attrs: TmxAttributes;
  props: TmxProp[];
  notes: TmxNote[];
}

/** `<tu>`: a translation unit. */
export interface TranslationUnit {
  tuid?: string;
  /** Other `tu` attributes (`srclang`, `creationdate`, `changedate`, `usagecount`…), verbatim. */
  attrs: TmxAttributes;
  props: TmxProp[];
  notes: TmxNote[];
  variants: TmxVariant[];
  /** 1-based line of `<tu` in the file it was read from. */
  line?: number;
}

/** `<header>`. */
export interface TmxHeader {
  /** `creationtool`, `srclang`, `segtype`, `datatype`, dates…, verbatim. */
  attrs: TmxAttributes;
  props: TmxProp[];
  notes: TmxNote[];
  udes: TmxUde[];
}

/** A whole TMX document. */
export interface TmxDocument {
  /** The `version` attribute as read (`1.4`, `1.1`…); always written as `1.4`. */
  version: string;
  header: TmxHeader;
  units: TranslationUnit[];
}
