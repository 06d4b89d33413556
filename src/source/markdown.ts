import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { inlineSpanHandler } from './inline-span.js';

// One fixed serialization, chosen to match how articles are usually written (`-` bullets,
// `*emphasis*`, `**strong**`, `---` rules, fenced code), so that output is deterministic and
// diffs against the source stay small. `*` rather than `_` also keeps intraword emphasis valid.
const STRINGIFY: StringifyOptions = {
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  fence: '`',
  listItemIndent: 'one',
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
  handlers: { inlineSpan: inlineSpanHandler },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify, STRINGIFY)
  .freeze();

/** Parses Markdown (CommonMark + GFM + YAML front matter) into mdast, positions included. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** Serializes mdast back to Markdown with the project's fixed style. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
