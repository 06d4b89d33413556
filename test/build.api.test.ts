// Pins the public API of src/build: names and signatures the CLI relies on.
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as build from '../src/build/index.js';
import type { Dateline, Edition, EditionInput, I18nextBundle, Isolated, TextDirection, TextRun } from '../src/build/index.js';
import type { CatalogEntry } from '../src/types.js';

describe('src/build API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(build).sort()).toEqual([
      'IncompleteEditionError', 'StaleCatalogError', 'buildEdition', 'editionBundle', 'findLatinRuns', 'formatDateline',
      'isolateLatinMarkdown', 'isolateLatinText', 'isolateLatinValues', 'rehypeIsolateLatin', 'sourceBundle', 'textDirection',
    ]);
  });

  it('has these signatures', () => {
    expectTypeOf(build.buildEdition).toEqualTypeOf<(input: EditionInput) => Edition>();
    expectTypeOf<EditionInput>().toEqualTypeOf<{
      doc: string;
      lang: string;
      sourceLang: string;
      markdown: string;
      segments: readonly CatalogEntry[];
      translations: ReadonlyMap<string, string>;
      allowIncomplete?: boolean;
      numberingSystem?: string;
      dateLocale?: string;
    }>();
    expectTypeOf<Edition>().toEqualTypeOf<{ markdown: string; html: string; bundle: I18nextBundle; fallbackIds: string[] }>();
    expectTypeOf<I18nextBundle>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf(build.editionBundle).toEqualTypeOf<(segments: readonly CatalogEntry[], translations: ReadonlyMap<string, string>) => I18nextBundle>();
    expectTypeOf(build.sourceBundle).toEqualTypeOf<(segments: readonly CatalogEntry[]) => I18nextBundle>();
    expectTypeOf(build.formatDateline).toEqualTypeOf<
      (date: unknown, lang: string, numberingSystem?: string, where?: { file?: string | undefined; line?: number | undefined }) => Dateline | undefined
    >();
    expectTypeOf<Dateline>().toEqualTypeOf<{ datetime: string; text: string }>();
    expectTypeOf(build.textDirection).toEqualTypeOf<(lang: string) => TextDirection>();
    expectTypeOf<TextDirection>().toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf(build.findLatinRuns).toEqualTypeOf<(text: string) => TextRun[]>();
    expectTypeOf(build.rehypeIsolateLatin).toEqualTypeOf<() => (tree: Root) => void>();
    expectTypeOf(build.isolateLatinText).toEqualTypeOf<(text: string, depth?: number) => Isolated>();
    expectTypeOf<Isolated>().toEqualTypeOf<{ text: string; depth: number }>();
    expectTypeOf(build.isolateLatinMarkdown).toEqualTypeOf<(tree: MdastRoot) => MdastRoot>();
    expectTypeOf(build.isolateLatinValues).toEqualTypeOf<(bundle: Readonly<Record<string, string>>) => Record<string, string>>();
    expectTypeOf<InstanceType<typeof build.IncompleteEditionError>['ids']>().toEqualTypeOf<string[]>();
    expectTypeOf<InstanceType<typeof build.StaleCatalogError>['blocks']>().toEqualTypeOf<Array<{ index: number; line: number }>>();
  });

  it('errors carry their data', () => {
    const e = new build.IncompleteEditionError('doc', 'ar', ['s-a', 's-b']);
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.doc, e.lang, e.ids]).toEqual(['IncompleteEditionError', 'doc', 'ar', ['s-a', 's-b']]);
    const s = new build.StaleCatalogError('doc', [{ index: 2, line: 9 }]);
    expect([s.name, s.blocks, s.message]).toEqual(['StaleCatalogError', [{ index: 2, line: 9 }], expect.stringContaining('block 2 (line 9)')]);
  });
});
