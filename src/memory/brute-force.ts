// The reference the index is measured against: every entry compared with fastest-levenshtein,
// same normalization and scoring. Linear in the memory; for tests and benchmarks.

import { distance } from 'fastest-levenshtein';
import type { MemoryEntry } from './entry.js';
import type { RawMatch } from './index-search.js';
import { normalizeForMatching } from './normalize.js';
import { DEFAULT_LIMIT, DEFAULT_MIN_SCORE, finishMatches, hitScorer, type LookupOptions, type LookupQuery, type Match, type Scored } from './rank.js';
import { scoreThreshold, similarity } from './score.js';

/** Raw hits of a normalized query against normalized sources (no length filter: a plain scan). */
export function bruteForceSearch(sources: readonly string[], query: string, min: number): RawMatch[] {
  const threshold = scoreThreshold(min);
  const hits: RawMatch[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    const d = distance(query, source);
    const score = similarity(d, query.length, source.length);
    if (score >= threshold) hits.push({ entry: i, distance: d, score });
  }
  return hits;
}

/** `lookup` by scanning every entry. */
export function lookupBruteForce(entries: readonly MemoryEntry[], query: LookupQuery, options: LookupOptions = {}): Match[] {
  const min = options.min ?? DEFAULT_MIN_SCORE;
  const sources = entries.map((e) => normalizeForMatching(e.source));
  const scored: Scored[] = [];
  const score = hitScorer(query, min, options.targetLang);
  for (const hit of bruteForceSearch(sources, normalizeForMatching(query.text), min)) {
    const s = score(hit, entries[hit.entry]!);
    if (s) scored.push(s);
  }
  return finishMatches(query, scored, options.limit ?? DEFAULT_LIMIT);
}
