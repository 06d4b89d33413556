// Translation-memory lookup over an index. With a limit, it first asks for near-identical
// matches (cheap: a high threshold allows few edits, so the filters are sharp) and only goes
// down to `min` when too few turn up; the answer is the same as one search at `min`. Several
// indexes (one per memory file) are searched as one memory (memory-set.ts).

import { searchIndex } from './index-search.js';
import { memoryParts, type Memories } from './memory-set.js';
import { normalizeForMatching } from './normalize.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_MIN_SCORE,
  finishMatches,
  hitScorer,
  suggestionsAtLeast,
  type LookupOptions,
  type LookupQuery,
  type Match,
  type Scored,
} from './rank.js';

/**
 * Thresholds tried before `min` when a limit is set. A search at 100 is a direct look-up. One at
 * 85 costs a tenth of one at 75 (on the benchmark's million segments, 0.3 ms against 3 ms a
 * query); 85 rather than 90 because the matches from 85 to 89 (a fifth of those found there)
 * then skip the search at 75 too.
 */
const STEPS = [100, 85];

export function lookup(memories: Memories, query: LookupQuery, options: LookupOptions = {}): Match[] {
  const min = options.min ?? DEFAULT_MIN_SCORE;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0) return [];
  const normalized = normalizeForMatching(query.text);
  const thresholds = Number.isFinite(limit) ? [...STEPS.filter((t) => t > min), min] : [min];
  const parts = memoryParts(memories);
  const score = hitScorer(query, min, options.targetLang);
  for (const threshold of thresholds) {
    const scored: Scored[] = [];
    for (const { index, number } of parts) {
      for (const hit of searchIndex(index, normalized, threshold)) {
        // Numbered in the whole memory: ties go to the earlier file, then the earlier entry.
        const entry = number(hit.entry);
        if (entry < 0) continue;
        const s = score({ ...hit, entry }, index.entries.get(hit.entry));
        if (s) scored.push(s);
      }
    }
    // Every entry scoring at least `threshold` is among the hits; stop once they fill the limit
    // (with distinct suggestions: copies of one are listed as one).
    if (threshold === min || suggestionsAtLeast(scored, threshold) >= limit) {
      return finishMatches(query, scored, limit);
    }
  }
  return [];
}
