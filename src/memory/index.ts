// Translation memory: entries, TMX conversion, q-gram index with lossless filtering, lookup
// (exact, in-context, fuzzy with penalties, adaptation of figures), persistence, harvesting.
export type { EntryTmx, MemoryEntry, MemoryProp, VariantExtras } from './entry.js';
export { PROP_DOC, PROP_NEXT, PROP_PREV } from './entry.js';
export type { MemoryIndex, EntryStore } from './index-types.js';
export { buildIndex, buildIndexFromStore } from './index-build.js';
export { encodedStore, encodeEntries, type EncodedEntries } from './entry-store.js';
export { serializeIndex, serializeIndexParts, loadIndex, loadIndexLazily, type IndexSource } from './index-persist.js';
export { lookup } from './lookup.js';
export type { Memories } from './memory-set.js';
export { memorySize } from './memory-set.js';
export { concordance, type Concordance, type ConcordanceField, type ConcordanceHit, type ConcordanceOptions } from './concordance.js';
export { lookupBruteForce } from './brute-force.js';
export type { LookupQuery, LookupOptions, Match, MatchKind } from './rank.js';
export { DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from './rank.js';
export type { WordDiff } from './word-diff.js';
export { PENALTY_POINTS, type PenaltyKind } from './penalties.js';
export { adaptFigures, adaptTarget, type FigureAdaptation } from './adapt.js';
export { normalizeForMatching } from './normalize.js';
export { editDistance } from './myers.js';
export { entriesFromTmx, entriesFromUnit, memoryHeader, tmxFromEntries, unitFromEntry } from './tmx-entries.js';
export type { EntriesFromTmxOptions } from './tmx-entries.js';
export { harvestEntries, mergeEntries, mergeKey, planMerge } from './update.js';
export type { HarvestInput, MergePlan, MergeResult } from './update.js';
