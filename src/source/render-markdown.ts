import type { PhrasingContent, Root } from 'mdast';
import { collectBlocks } from './collect-blocks.js';
import { decodeInline } from './decode-inline.js';
import { unescapeText } from './escape.js';
import { editFrontMatter, readFrontMatter, setFrontMatter } from './front-matter.js';
import { withAttribute } from './html-attributes.js';
import { parseMarkdown, stringifyMarkdown } from './markdown.js';
import { tokenizeTaggedText } from './tagged-text.js';

export interface RenderOptions {
  /** Replaces the front matter (an empty object removes it). Default: the source's. */
  frontMatter?: Record<string, unknown>;
  /**
   * Sets these front matter keys (`undefined` removes one), keeping the others as written, with
   * their comments and layout; applied after `frontMatter`. Translated values (title,
   * description…) replace the source's either way.
   */
  frontMatterSet?: Record<string, unknown>;
  /**
   * Extra paired or standalone tags a block's text may use, by block index then tag number,
   * e.g. a span that marks a passage left in the source language. A block's own tags win.
   */
  extraTags?: ReadonlyMap<number, ReadonlyMap<number, PhrasingContent>>;
}

/**
 * Rebuilds the mdast of `markdown` with each block's text replaced by `texts.get(index)`;
 * blocks absent from `texts` keep their text. Markup outside blocks (code, HTML blocks,
 * structure, link definitions) is kept from the source.
 */
export function rebuildTree(
  markdown: string,
  texts: ReadonlyMap<number, string>,
  options: RenderOptions = {},
): Root {
  const tree = parseMarkdown(markdown);
  const sourceMeta = readFrontMatter(tree);
  const sites = collectBlocks(tree, sourceMeta);
  const translatedMeta: Record<string, unknown> = {};
  // Alt texts and titles first: tags in other blocks copy these very nodes.
  for (const { block, target } of sites) {
    const text = texts.get(block.index);
    if (text === undefined) continue;
    if (target.type === 'alt') target.image.alt = literalText(text);
    if (target.type === 'title') target.node.title = literalText(text);
    if (target.type === 'html-attribute' && text !== block.text) target.node.value = withAttribute(target.node.value, target.name, literalText(text));
    // Only a changed value is written: an unchanged front matter keeps its layout.
    if (target.type === 'front-matter' && text !== block.text) translatedMeta[target.key] = literalText(text);
  }
  for (const { block, target } of sites) {
    const text = texts.get(block.index);
    if (target.type !== 'phrasing' || text === undefined) continue;
    const extra = options.extraTags?.get(block.index);
    const nodes = extra ? new Map([...extra, ...target.nodes]) : target.nodes;
    target.parent.children = decodeInline(text, nodes);
  }
  if (options.frontMatter) setFrontMatter(tree, options.frontMatter);
  editFrontMatter(tree, translatedMeta, { existingOnly: true });
  if (options.frontMatterSet) editFrontMatter(tree, options.frontMatterSet);
  return tree;
}

/** {@link rebuildTree}, serialized as Markdown. */
export function renderMarkdown(
  markdown: string,
  texts: ReadonlyMap<number, string>,
  options: RenderOptions = {},
): string {
  return stringifyMarkdown(rebuildTree(markdown, texts, options));
}

// Alt text and titles cannot hold markup: tags are kept as the literal characters the translator wrote.
function literalText(text: string): string {
  return tokenizeTaggedText(text)
    .map((t) => (t.type === 'text' ? unescapeText(t.value) : t.raw))
    .join('');
}
