// Pins the public API of src/formats/xliff: the names the CLI imports, and their types.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as xliff from '../src/formats/xliff/index.js';
import type { CatalogEntry, Lang } from '../src/types.js';

describe('xliff API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(xliff).sort()).toEqual([
      'NOTE_CATEGORIES',
      'REVIEW_FLAGS',
      'SUBSTATE_FUZZY',
      'SUBSTATE_STALE',
      'XLIFF2_NAMESPACE',
      'exportXliff',
      'parseXliff',
      'planImport',
      'sameLanguage',
    ]);
    expect(xliff.NOTE_CATEGORIES).toEqual({
      context: 'context',
      tags: 'tags',
      previousSource: 'previous-source',
      translatorComment: 'translator-comment',
    });
    expect([xliff.SUBSTATE_FUZZY, xliff.SUBSTATE_STALE, xliff.REVIEW_FLAGS]).toEqual(['tessera:fuzzy', 'tessera:stale', ['final', 'reviewed']]);
  });

  it('has the agreed signatures', () => {
    expectTypeOf(xliff.exportXliff).toEqualTypeOf<(input: xliff.XliffExportInput) => string>();
    expectTypeOf(xliff.parseXliff).toEqualTypeOf<(xml: string, file: string) => xliff.XliffDocument>();
    expectTypeOf(xliff.planImport).toEqualTypeOf<
      (doc: xliff.XliffDocument, catalogs: ReadonlyMap<string, readonly CatalogEntry[]>, lang: Lang) => xliff.ImportPlan
    >();
    expectTypeOf(xliff.sameLanguage).toEqualTypeOf<(a: string, b: string) => boolean>();
  });

  it('has the agreed data shapes', () => {
    expectTypeOf<xliff.ImportedState>().toEqualTypeOf<'untranslated' | 'fuzzy' | 'translated' | 'reviewed' | 'final'>();
    expectTypeOf<xliff.XliffSegment>().toEqualTypeOf<{
      id: string;
      unitId: string;
      source: string;
      target: string | undefined;
      state: xliff.ImportedState;
      xliffState: string | undefined;
      subState: string | undefined;
      targetOrder?: number;
      notes: xliff.XliffNote[];
      line: number;
    }>();
    expectTypeOf<xliff.AcceptedSegment>().toEqualTypeOf<{
      doc: string;
      id: string;
      file: string;
      line: number;
      target: string;
      state: 'fuzzy' | 'translated' | 'reviewed' | 'final';
      fuzzy: boolean;
      reviewFlags: xliff.ReviewFlag[];
      comment?: string;
      toolNotes?: string[];
    }>();
    expectTypeOf<xliff.RefusedSegment['reason']>().toEqualTypeOf<
      'unknown document' | 'unknown segment' | 'source changed' | 'duplicate segment'
    >();
    expectTypeOf<xliff.ImportPlan>().toEqualTypeOf<{
      lang: Lang;
      accepted: xliff.AcceptedSegment[];
      refused: xliff.RefusedSegment[];
      untranslated: xliff.PlannedSegment[];
    }>();
    // A catalog as the CLI holds it (mutable arrays) is accepted.
    expectTypeOf<Map<string, CatalogEntry[]>>().toExtend<Parameters<typeof xliff.planImport>[1]>();
  });
});
