import type { SourceDocument } from '../types.js';
import { collectBlocks } from './collect-blocks.js';
import { readFrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';

/**
 * Parses a source article into its front matter and translatable blocks, in document order.
 * Bad front matter is an `InputError` naming `file` and the line.
 */
export function parseSource(markdown: string, file?: string): SourceDocument {
  const tree = parseMarkdown(markdown);
  const meta = readFrontMatter(tree, file);
  return { meta, blocks: collectBlocks(tree, meta).map((site) => site.block) };
}
