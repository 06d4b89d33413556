// Pins the public API of src/source: names and signatures other modules rely on.
import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as source from '../src/source/index.js';
import type { InlineSpan, RenderOptions, TaggedToken } from '../src/source/index.js';
import type { SourceDocument } from '../src/types.js';

describe('src/source API', () => {
  it('exports exactly these functions', () => {
    expect(Object.keys(source).sort()).toEqual([
      'escapeText', 'inlineSpan', 'parseMarkdown', 'parseSource', 'plainText', 'rebuildTree', 'renderMarkdown', 'stringifyMarkdown',
      'tokenizeTaggedText', 'unescapeText',
    ]);
    for (const value of Object.values(source)) expect(typeof value).toBe('function');
  });

  it('has these signatures', () => {
    expectTypeOf(source.parseSource).toEqualTypeOf<(markdown: string, file?: string) => SourceDocument>();
    expectTypeOf(source.renderMarkdown).toEqualTypeOf<(markdown: string, texts: ReadonlyMap<number, string>, options?: RenderOptions) => string>();
    expectTypeOf(source.rebuildTree).toEqualTypeOf<(markdown: string, texts: ReadonlyMap<number, string>, options?: RenderOptions) => Root>();
    expectTypeOf(source.parseMarkdown).toEqualTypeOf<(markdown: string) => Root>();
    expectTypeOf(source.stringifyMarkdown).toEqualTypeOf<(tree: Root) => string>();
    expectTypeOf(source.escapeText).toEqualTypeOf<(text: string) => string>();
    expectTypeOf(source.unescapeText).toEqualTypeOf<(text: string) => string>();
    expectTypeOf(source.plainText).toEqualTypeOf<(text: string) => string>();
    expectTypeOf(source.tokenizeTaggedText).toEqualTypeOf<(text: string) => TaggedToken[]>();
    expectTypeOf(source.inlineSpan).toEqualTypeOf<(attributes: Record<string, string>, children?: PhrasingContent[]) => InlineSpan>();
    expectTypeOf<RenderOptions>().toEqualTypeOf<{
      frontMatter?: Record<string, unknown>;
      frontMatterSet?: Record<string, unknown>;
      extraTags?: ReadonlyMap<number, ReadonlyMap<number, PhrasingContent>>;
    }>();
  });
});
