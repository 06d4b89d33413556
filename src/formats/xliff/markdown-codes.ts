// What an inline tag stands for in the Markdown source, written into XLIFF <originalData> so a
// CAT tool can show `**` or `](https://…)` rather than an anonymous code. The catalog keeps an
// InlineTag's mdast kind and its description for translators (src/source/describe-tag.ts);
// the Markdown is rebuilt from those two. The build never reads it back: it takes the markup
// from the source article.

import type { InlineTag } from '../../types.js';

/** XLIFF 2.0 `type` values of inline codes. */
export type CodeType = 'fmt' | 'ui' | 'quote' | 'link' | 'image' | 'other';

export interface MarkdownCode {
  /** Markdown of a standalone tag, or of the start of a paired one. */
  start: string;
  /** Markdown of the end of a paired tag. */
  end?: string;
  type?: CodeType;
  /** A registered `xlf:` sub-type (bold, italic, line break), which requires `type`. */
  subType?: string;
}

const after = (prefix: string, description: string): string | undefined =>
  description.startsWith(prefix) ? description.slice(prefix.length) : undefined;

/** Markdown for a code span: a fence longer than any backtick run inside, padded when needed. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function linkEnd(description: string): string {
  const url = after('link to ', description);
  if (url !== undefined) return `](${/[\s()]/.test(url) ? `<${url}>` : url})`;
  const label = after('link reference ', description);
  return label !== undefined ? `]${label}` : `](${description})`;
}

function image(description: string): string {
  const alt = after('image: ', description);
  if (alt !== undefined) return `![${alt}]`;
  return `![](${after('image ', description) ?? description})`;
}

const CODES: Readonly<Record<string, (description: string) => MarkdownCode>> = {
  emphasis: () => ({ start: '*', end: '*', type: 'fmt', subType: 'xlf:i' }),
  strong: () => ({ start: '**', end: '**', type: 'fmt', subType: 'xlf:b' }),
  delete: () => ({ start: '~~', end: '~~', type: 'fmt' }),
  link: (d) => ({ start: '[', end: linkEnd(d), type: 'link' }),
  linkReference: (d) => ({ start: '[', end: linkEnd(d), type: 'link' }),
  inlineCode: (d) => {
    // The description is `code \`value\``, the value between the first and last backtick.
    const quoted = after('code `', d);
    return { start: quoted?.endsWith('`') ? codeSpan(quoted.slice(0, -1)) : codeSpan(d) };
  },
  image: (d) => ({ start: image(d), type: 'image' }),
  imageReference: (d) => ({ start: image(d), type: 'image' }),
  html: (d) => ({ start: after('inline HTML ', d) ?? d }),
  break: () => ({ start: '\\\n', type: 'fmt', subType: 'xlf:lb' }),
  footnoteReference: (d) => ({ start: after('footnote ', d) ?? d, type: 'link' }),
};

/** The Markdown behind an inline tag. Unknown kinds carry their description. */
export function markdownCode(tag: InlineTag): MarkdownCode {
  const known = CODES[tag.kind]?.(tag.description);
  if (known) return tag.paired ? { ...known, end: known.end ?? known.start } : known;
  return tag.paired ? { start: tag.description, end: tag.description } : { start: tag.description };
}
