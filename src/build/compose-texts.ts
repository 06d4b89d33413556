import type { PhrasingContent } from 'mdast';
import { inlineSpan } from '../source/index.js';
import { PLAIN_TEXT_KINDS, type Block, type CatalogEntry } from '../types.js';
import type { TextDirection } from './direction.js';
import { StaleCatalogError } from './errors.js';


/** Block texts of an edition, ready for `renderMarkdown`. */
export interface ComposedTexts {
  /** Edition text of every block, by block index. */
  texts: Map<number, string>;
  /** Extra tags (the source-language span) per block index. */
  extraTags: Map<number, ReadonlyMap<number, PhrasingContent>>;
  /** Segment IDs without translation, in document order. */
  missing: string[];
}

export interface ComposeInput {
  doc: string;
  blocks: readonly Block[];
  segments: readonly CatalogEntry[];
  translations: ReadonlyMap<string, string>;
  sourceLang: string;
  sourceDir: TextDirection;
}

/**
 * Joins each block's segments with a single space, taking the translation of each segment, or
 * else its source text inside a `lang`/`dir` span (for an edition allowed to be incomplete).
 * Fails with {@link StaleCatalogError} when the segments no longer spell the source blocks.
 */
export function composeTexts({ doc, blocks, segments, translations, sourceLang, sourceDir }: ComposeInput): ComposedTexts {
  const byBlock = new Map<number, CatalogEntry[]>();
  for (const segment of segments) {
    const list = byBlock.get(segment.block) ?? [];
    list.push(segment);
    byBlock.set(segment.block, list);
  }
  const stale = blocks
    .filter((block) => normalize(block.text) !== normalize((byBlock.get(block.index) ?? []).map((s) => s.text).join(' ')))
    .map(({ index, line }) => ({ index, line }));
  for (const [index, list] of byBlock) {
    if (!blocks[index]) stale.push({ index, line: list[0]!.line });
  }
  if (stale.length > 0) throw new StaleCatalogError(doc, stale);

  const composed: ComposedTexts = { texts: new Map(), extraTags: new Map(), missing: [] };
  for (const block of blocks) {
    // One tag number past the block's own marks the passages left in the source language;
    // alt text and titles cannot hold markup, so there the source text goes in plain.
    const spanTag = PLAIN_TEXT_KINDS.has(block.kind) ? undefined : block.tags.length + 1;
    const parts: string[] = [];
    let fallback: string[] = [];
    let hadFallback = false;
    const flush = (): void => {
      if (fallback.length === 0) return;
      const text = fallback.join(' ');
      parts.push(spanTag === undefined ? text : `<${spanTag}>${text}</${spanTag}>`);
      hadFallback = true;
      fallback = [];
    };
    for (const segment of byBlock.get(block.index)!) {
      const translation = translations.get(segment.id);
      if (translation !== undefined && translation.trim() !== '') {
        flush();
        parts.push(translation.trim());
      } else {
        composed.missing.push(segment.id);
        fallback.push(segment.text);
      }
    }
    flush();
    composed.texts.set(block.index, parts.join(' '));
    if (spanTag !== undefined && hadFallback) {
      composed.extraTags.set(block.index, new Map([[spanTag, inlineSpan({ lang: sourceLang, dir: sourceDir })]]));
    }
  }
  return composed;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
