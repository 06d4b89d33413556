// Segment a document's blocks: each sentence located by block, position, source line, and the
// inline tags it carries.

import type { Block, InlineTag, SourceSegment } from '../types.js';
import { rulesFor } from './languages.js';
import { splitSentences } from './split-sentences.js';

const TAG_NUMBER = /<\/?(\d+)\/?>/g;

function tagsIn(text: string, tags: readonly InlineTag[]): InlineTag[] {
  if (tags.length === 0) return [];
  const numbers = new Set<number>();
  for (const match of text.matchAll(TAG_NUMBER)) numbers.add(Number(match[1]));
  return tags.filter((tag) => numbers.has(tag.n));
}

/** Every block's sentences, in document order. */
export function segmentBlocks(blocks: readonly Block[], lang: string): SourceSegment[] {
  rulesFor(lang); // an unknown language fails even when there are no blocks
  const segments: SourceSegment[] = [];
  for (const block of blocks) {
    let line = block.line;
    let counted = 0;
    splitSentences(block.text, lang).forEach((sentence, index) => {
      for (let i = block.text.indexOf('\n', counted); i !== -1 && i < sentence.start; i = block.text.indexOf('\n', i + 1)) line++;
      counted = sentence.start;
      segments.push({
        block: block.index,
        index,
        kind: block.kind,
        text: sentence.text,
        line,
        tags: tagsIn(sentence.text, block.tags),
      });
    });
  }
  return segments;
}
