// Pins the public API of src/formats/tmx: the names the CLI imports, and their types.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as tmx from '../src/formats/tmx/index.js';

describe('tmx API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tmx).sort()).toEqual([
      'TMX_HEADER_DEFAULTS',
      'createTmxReader',
      'fingerprint',
      'formatTmxDate',
      'loneTmxUnit',
      'parseTmx',
      'parseTmxDate',
      'readTmx',
      'sameLanguage',
      'serializeTmx',
      'tmxChunks',
      'tmxDay',
      'tmxUnitSpans',
      'unitXml',
    ]);
  });

  it('has the agreed signatures', () => {
    expectTypeOf(tmx.loneTmxUnit).toEqualTypeOf<(bytes: Buffer) => { start: number; end: number } | undefined>();
    expectTypeOf(tmx.tmxUnitSpans).toEqualTypeOf<(bytes: Buffer, bodyEnd: number) => tmx.TmxUnitSpans | undefined>();
    expectTypeOf(tmx.fingerprint).toEqualTypeOf<(bytes: Uint8Array, from: number, to: number, out: Uint32Array, at: number) => void>();
    expectTypeOf(tmx.parseTmx).toEqualTypeOf<{
      (xml: string, file?: string): tmx.TmxDocument;
      (xml: AsyncIterable<string>, file?: string): Promise<tmx.TmxDocument>;
    }>();
    expectTypeOf(tmx.readTmx).toEqualTypeOf<
      (
        chunks: AsyncIterable<string> | Iterable<string>,
        onUnit: (unit: tmx.TranslationUnit) => void,
        options?: tmx.TmxReaderOptions,
      ) => Promise<tmx.TmxReadSummary>
    >();
    expectTypeOf(tmx.createTmxReader).toEqualTypeOf<(onUnit: (unit: tmx.TranslationUnit) => void, options?: tmx.TmxReaderOptions) => tmx.TmxReader>();
    expectTypeOf(tmx.serializeTmx).toEqualTypeOf<(doc: Pick<tmx.TmxDocument, 'header' | 'units'>) => string>();
    expectTypeOf(tmx.tmxChunks).toEqualTypeOf<(header: tmx.TmxHeader, units: Iterable<tmx.TranslationUnit | string>) => Generator<string>>();
    expectTypeOf(tmx.unitXml).toEqualTypeOf<(unit: tmx.TranslationUnit) => string>();
    expectTypeOf(tmx.formatTmxDate).toEqualTypeOf<(date: Date) => string>();
    expectTypeOf(tmx.parseTmxDate).toEqualTypeOf<(value: string) => Date | undefined>();
    expectTypeOf(tmx.tmxDay).toEqualTypeOf<(value: string) => string>();
    expectTypeOf(tmx.sameLanguage).toEqualTypeOf<(a: string, b: string) => boolean>();
  });

  it('has the agreed data shapes', () => {
    expectTypeOf<tmx.TranslationUnit>().toEqualTypeOf<{
      tuid?: string;
      attrs: tmx.TmxAttributes;
      props: tmx.TmxProp[];
      notes: tmx.TmxNote[];
      variants: tmx.TmxVariant[];
      line?: number;
    }>();
    expectTypeOf<tmx.TmxVariant>().toEqualTypeOf<{
      lang: string;
      text: string;
      codes: tmx.TmxInlineCode[];
      attrs: tmx.TmxAttributes;
      props: tmx.TmxProp[];
      notes: tmx.TmxNote[];
    }>();
    expectTypeOf<tmx.TmxInlineCode>().toEqualTypeOf<{ n: number; paired: boolean; open: tmx.TmxNativeCode; close?: tmx.TmxNativeCode }>();
    expectTypeOf<tmx.TmxCodeElement>().toEqualTypeOf<'bpt' | 'ept' | 'ph' | 'it' | 'ut' | 'hi' | 'text'>();
  });

  it('dates: TMX basic form both ways, invalid dates refused', () => {
    expect(tmx.formatTmxDate(new Date(Date.UTC(2024, 2, 15, 10, 20, 30)))).toBe('20240315T102030Z');
    expect(tmx.parseTmxDate('20240315T102030Z')?.toISOString()).toBe('2024-03-15T10:20:30.000Z');
    expect(tmx.parseTmxDate('20240231T000000Z')).toBeUndefined();
    expect(tmx.parseTmxDate('2024-03-15')).toBeUndefined();
    expect(tmx.tmxDay('20240315T102030Z')).toBe('2024-03-15');
    expect(tmx.tmxDay('last spring')).toBe('last spring');
  });

  it.each([
    ['fr', 'FR-fr', true],
    ['fr', 'fr-CA', true],
    ['fr-FR', 'fr-CA', false],
    ['en_US', 'en-us', true],
    ['ar', 'fr', false],
  ])('sameLanguage(%s, %s) = %s', (a, b, same) => {
    expect(tmx.sameLanguage(a, b)).toBe(same);
  });
});
