// The plain data that flows between the pipeline stages. Every stage is a pure function over
// these shapes; only src/cli/ reads and writes files.

/** A language tag as used in the project (`fr`, `en`, `ar`). */
export type Lang = string;

// ─── source ────────────────────────────────────────────────────────────────

/**
 * Front matter keys whose text a reader sees (the page title and summary of a static site
 * generator: Hugo, Jekyll, Eleventy, Astro); their string values are translated.
 */
export const FRONT_MATTER_TEXT_KEYS = ['title', 'subtitle', 'description', 'summary'] as const;
export type FrontMatterTextKey = (typeof FRONT_MATTER_TEXT_KEYS)[number];

/** Attributes of inline HTML that a reader sees or hears (a tooltip, alt text, a spoken label). */
export const HTML_TEXT_ATTRIBUTES = ['title', 'alt', 'aria-label'] as const;
export type HtmlTextAttribute = (typeof HTML_TEXT_ATTRIBUTES)[number];

/** Kinds of translatable blocks extracted from a Markdown source. */
export type BlockKind =
  | `front-matter-${FrontMatterTextKey}`
  | `html-${HtmlTextAttribute}`
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'table-cell'
  | 'image-alt'
  | 'image-title'
  | 'link-title';

/** Blocks of plain text (a front matter value or an attribute): no markup, no tags of their own. */
export const PLAIN_TEXT_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  ...FRONT_MATTER_TEXT_KEYS.map((key) => `front-matter-${key}` as const),
  ...HTML_TEXT_ATTRIBUTES.map((name) => `html-${name}` as const),
  'image-alt',
  'image-title',
  'link-title',
]);

/**
 * An inline tag in block text. Paired tags are written `<n>…</n>`, standalone ones `<n/>`,
 * numbered from 1 in order of appearance within the block.
 */
export interface InlineTag {
  /** Tag number as written in the text. */
  n: number;
  /** The mdast node kind it stands for: `emphasis`, `strong`, `delete`, `link`, `inlineCode`, `image`, `html`, `break`… */
  kind: string;
  /** `true` for `<n>…</n>`, `false` for `<n/>`. */
  paired: boolean;
  /** Human description for translators, e.g. `emphasis`, `link to https://…`, `code \`npm\``. */
  description: string;
}

/** One translatable block of a source document, in document order. */
export interface Block {
  /** 0-based index of the block in document order. */
  index: number;
  kind: BlockKind;
  /** Text with inline markup replaced by numbered tags. */
  text: string;
  tags: InlineTag[];
  /** 1-based line of the block's start in the source file (front matter included). */
  line: number;
}

/** A parsed source article. */
export interface SourceDocument {
  /** Front matter (`date`, `lang`, …); empty when the file has none. */
  meta: Record<string, unknown>;
  blocks: Block[];
}

// ─── segment ───────────────────────────────────────────────────────────────

/** A sentence found by the segmenter: offsets into the text it was given. */
export interface Sentence {
  start: number;
  end: number;
  /** `text.slice(start, end)`, without surrounding whitespace. */
  text: string;
}

/** A source sentence located in its document, before it has an ID. */
export interface SourceSegment {
  /** Index of the block it belongs to. */
  block: number;
  /** 0-based position of the sentence within its block. */
  index: number;
  kind: BlockKind;
  /** Sentence text, inline tags included. */
  text: string;
  /** 1-based line in the source file. */
  line: number;
  /** The inline tags that occur in this sentence. */
  tags: InlineTag[];
}

// ─── catalog ───────────────────────────────────────────────────────────────

/** A segment of the catalog (`locales/<doc>.pot`): a source segment with its stable ID. */
export interface CatalogEntry extends SourceSegment {
  /** Stable, NMTOKEN-safe ID: `[a-z0-9-]`, unique within the document. */
  id: string;
}

/** The states a segment can be in, per language. Only `translated` is published. */
export type SegmentState = 'translated' | 'fuzzy' | 'untranslated' | 'stale' | 'missing' | 'obsolete';

/** One entry of a language's PO file. */
export interface TranslationEntry {
  /** Segment ID (the msgctxt). */
  id: string;
  /** French source as recorded in the PO file (msgid). */
  source: string;
  /** Translation (msgstr); empty when untranslated. */
  target: string;
  /** `#, fuzzy`: needs review. */
  fuzzy: boolean;
  /** `#| msgid`: the previous source when it changed. */
  previousSource?: string;
  /** `#~`: the segment is gone from the source; the translation is kept. */
  obsolete: boolean;
  /** `#` translator comments, kept verbatim. */
  translatorComments?: string;
  /** Other flags (`#, …`) besides fuzzy, kept verbatim. */
  flags?: string[];
  /** 1-based line of the entry's `msgctxt` in the PO file it was read from. */
  line?: number;
}

/** A language's PO file for one document. */
export interface TranslationFile {
  doc: string;
  lang: Lang;
  /** PO header fields (`Language`, `Content-Type`, …). */
  headers: Record<string, string>;
  entries: TranslationEntry[];
}

// ─── qa / check / reports ──────────────────────────────────────────────────

export type Severity = 'error' | 'warning' | 'info';

/** A finding of a check: a positioned message, like a lint result. */
export interface Finding {
  /** Rule id: `number-mismatch`, `untranslated`, `stale`, … */
  rule: string;
  severity: Severity;
  /** One sentence: what is wrong and what was expected. */
  message: string;
  doc?: string;
  lang?: Lang;
  /** Segment ID. */
  id?: string;
  /** Path of the file to fix, relative to the project root. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  column?: number;
  /** The offending text, with offsets into the source or target segment. */
  span?: { side: 'source' | 'target'; start: number; end: number; text: string };
}

/** Metadata of a rule, for reports (SARIF rule descriptors, README). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One-line title. */
  title: string;
}
