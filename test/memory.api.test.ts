// Pins the public API of src/memory: the names the CLI imports, and their types.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TmxAttributes, TmxDocument, TmxHeader, TmxInlineCode, TmxNote, TmxProp, TranslationUnit } from '../src/formats/tmx/index.js';
import * as memory from '../src/memory/index.js';

describe('memory API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(memory).sort()).toEqual([
      'DEFAULT_LIMIT',
      'DEFAULT_MIN_SCORE',
      'PENALTY_POINTS',
      'PROP_DOC',
      'PROP_NEXT',
      'PROP_PREV',
      'adaptFigures',
      'adaptTarget',
      'buildIndex',
      'buildIndexFromStore',
      'concordance',
      'editDistance',
      'encodeEntries',
      'encodedStore',
      'entriesFromTmx',
      'entriesFromUnit',
      'harvestEntries',
      'loadIndex',
      'loadIndexLazily',
      'lookup',
      'lookupBruteForce',
      'memoryHeader',
      'memorySize',
      'mergeEntries',
      'mergeKey',
      'normalizeForMatching',
      'planMerge',
      'serializeIndex',
      'serializeIndexParts',
      'tmxFromEntries',
      'unitFromEntry',
    ]);
    expect([memory.DEFAULT_MIN_SCORE, memory.DEFAULT_LIMIT]).toEqual([75, 10]);
    expect([memory.PROP_DOC, memory.PROP_PREV, memory.PROP_NEXT]).toEqual(['x-doc', 'x-prev', 'x-next']);
    expect(memory.PENALTY_POINTS).toEqual({ numbers: 3, tags: 2, case: 1, punctuation: 1 });
  });

  it('has the agreed signatures', () => {
    expectTypeOf(memory.buildIndex).toEqualTypeOf<(entries: readonly memory.MemoryEntry[]) => memory.MemoryIndex>();
    expectTypeOf(memory.buildIndexFromStore).toEqualTypeOf<(entries: memory.EntryStore, sources?: readonly string[], onStep?: (step: string) => void) => memory.MemoryIndex>();
    expectTypeOf(memory.encodeEntries).toEqualTypeOf<
      (entries: Iterable<memory.MemoryEntry>, each?: (entry: memory.MemoryEntry) => void) => memory.EncodedEntries
    >();
    expectTypeOf(memory.encodedStore).toEqualTypeOf<(encoded: memory.EncodedEntries) => memory.EntryStore>();
    expectTypeOf(memory.lookup).toEqualTypeOf<(memories: memory.Memories, query: memory.LookupQuery, options?: memory.LookupOptions) => memory.Match[]>();
    expectTypeOf(memory.concordance).toEqualTypeOf<
      (memories: memory.Memories, phrase: string, options?: memory.ConcordanceOptions) => memory.Concordance
    >();
    expectTypeOf(memory.lookupBruteForce).toEqualTypeOf<
      (entries: readonly memory.MemoryEntry[], query: memory.LookupQuery, options?: memory.LookupOptions) => memory.Match[]
    >();
    expectTypeOf(memory.serializeIndex).toEqualTypeOf<(index: memory.MemoryIndex) => Uint8Array>();
    expectTypeOf(memory.serializeIndexParts).toEqualTypeOf<(index: memory.MemoryIndex) => Uint8Array[]>();
    expectTypeOf(memory.loadIndex).toEqualTypeOf<(bytes: Uint8Array, file?: string) => memory.MemoryIndex>();
    expectTypeOf(memory.entriesFromTmx).toEqualTypeOf<(doc: TmxDocument, options?: Partial<memory.EntriesFromTmxOptions>) => memory.MemoryEntry[]>();
    expectTypeOf(memory.entriesFromUnit).toEqualTypeOf<(unit: TranslationUnit, options: memory.EntriesFromTmxOptions) => memory.MemoryEntry[]>();
    expectTypeOf(memory.tmxFromEntries).toEqualTypeOf<(entries: readonly memory.MemoryEntry[], header?: TmxHeader) => TmxDocument>();
    expectTypeOf(memory.unitFromEntry).toEqualTypeOf<(entry: memory.MemoryEntry) => TranslationUnit>();
    expectTypeOf(memory.memoryHeader).toEqualTypeOf<(sourceLang: string, attrs?: Record<string, string>) => TmxHeader>();
    expectTypeOf(memory.harvestEntries).toEqualTypeOf<(input: memory.HarvestInput) => memory.MemoryEntry[]>();
    expectTypeOf(memory.mergeEntries).toEqualTypeOf<(memory: readonly memory.MemoryEntry[], updates: readonly memory.MemoryEntry[]) => memory.MergeResult>();
    expectTypeOf(memory.adaptFigures).toEqualTypeOf<
      (query: string, source: string, target: string, sourceLang: string, targetLang: string) => memory.FigureAdaptation | undefined
    >();
    expectTypeOf<memory.FigureAdaptation>().toEqualTypeOf<{ adapted: string } | { refused: string }>();
    expectTypeOf(memory.adaptTarget).toEqualTypeOf<
      (query: string, source: string, target: string, sourceLang: string, targetLang: string) => string | undefined
    >();
    expectTypeOf(memory.editDistance).toEqualTypeOf<(a: string, b: string) => number>();
    expectTypeOf(memory.normalizeForMatching).toEqualTypeOf<(text: string) => string>();
  });

  it('has the agreed data shapes', () => {
    expectTypeOf<memory.LookupQuery>().toEqualTypeOf<{ text: string; id?: string; doc?: string; prev?: string; next?: string }>();
    expectTypeOf<memory.LookupOptions>().toEqualTypeOf<{ min?: number; limit?: number; targetLang?: string }>();
    expectTypeOf<memory.Match>().toEqualTypeOf<{
      score: number;
      kind: memory.MatchKind;
      entry: memory.MemoryEntry;
      adapted?: string;
      notAdapted?: string;
      diff: memory.WordDiff[];
      penalties: memory.PenaltyKind[];
      alsoIn?: memory.MemoryEntry[];
      otherTranslations?: number;
    }>();
    expectTypeOf<memory.MatchKind>().toEqualTypeOf<'in-context' | 'exact' | 'fuzzy'>();
    expectTypeOf<memory.WordDiff>().toEqualTypeOf<{ op: 'equal' | 'insert' | 'delete'; text: string }>();
    expectTypeOf<memory.MemoryEntry>().toEqualTypeOf<{
      source: string;
      target: string;
      sourceLang: string;
      targetLang: string;
      tuid?: string;
      doc?: string;
      prev?: string;
      next?: string;
      props: memory.MemoryProp[];
      created?: string;
      changed?: string;
      origin?: string;
      sourceCodes?: TmxInlineCode[];
      targetCodes?: TmxInlineCode[];
      notApproved?: string;
      approved?: string;
      tmx?: memory.EntryTmx;
    }>();
    expectTypeOf<memory.EntryTmx>().toEqualTypeOf<{ attrs?: TmxAttributes; notes?: TmxNote[]; source?: memory.VariantExtras; target?: memory.VariantExtras }>();
    expectTypeOf<memory.VariantExtras>().toEqualTypeOf<{ attrs?: TmxAttributes; props?: TmxProp[]; notes?: TmxNote[] }>();
  });
});
