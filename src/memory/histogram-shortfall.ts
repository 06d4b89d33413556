// How many query characters a member's coarse histogram cannot match, four buckets at a time:
// each 32-bit word of the histograms holds four one-byte counts, and one subtraction per pair of
// lanes gives max(0, query − stored) for all four without a branch.

import { HISTOGRAM_BUCKETS } from './index-types.js';

const WORDS = HISTOGRAM_BUCKETS / 4;

/** A query's bucket counts laid out for shortfall(). */
export interface QueryCounts {
  /** Per word: 256 + the query's count in bytes 0 and 2 (as two 16-bit lanes), then bytes 1 and 3. */
  readonly even: Int32Array;
  readonly odd: Int32Array;
  /** Words where the query has characters, most telling first. */
  readonly words: Int32Array;
}

/**
 * Lays out a query's counts per bucket (capped at 255, as stored counts are: a stored 255 then
 * proves no shortfall, as "255 or more" must). `weight` orders the words: the ones whose buckets
 * most exceed what a member holds on average come first, so that a search stops sooner.
 */
export function prepareQueryCounts(counts: ArrayLike<number>, weight: (bucket: number) => number): QueryCounts {
  const even = new Int32Array(WORDS);
  const odd = new Int32Array(WORDS);
  const used: Array<[number, number]> = [];
  for (let w = 0; w < WORDS; w++) {
    const lane = (b: number): number => Math.min(255, counts[4 * w + b]!);
    even[w] = (0x01000100 | lane(0) | (lane(2) << 16)) >>> 0;
    odd[w] = (0x01000100 | lane(1) | (lane(3) << 16)) >>> 0;
    let total = 0;
    let any = false;
    for (let b = 0; b < 4; b++) {
      if (counts[4 * w + b]! > 0) {
        any = true;
        total += weight(4 * w + b);
      }
    }
    if (any) used.push([w, total]);
  }
  used.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return { even, odd, words: Int32Array.from(used, ([w]) => w) };
}

/** Query characters that `member`'s histogram (`histograms`, four counts a word) cannot match, counted until above `limit`. */
export function shortfall(histograms: Uint32Array, member: number, query: QueryCounts, limit: number): number {
  const base = member * WORDS;
  const { even, odd, words } = query;
  let unmatched = 0;
  for (let t = 0; t < words.length; t++) {
    const w = words[t]!;
    const stored = histograms[base + w]!;
    // 256 + query − stored per 16-bit lane: never below 1, so no lane borrows from the next;
    // bit 8 of a lane is set when query ≥ stored, and then the low byte is the difference.
    const de = even[w]! - (stored & 0x00ff00ff);
    const dd = odd[w]! - ((stored >>> 8) & 0x00ff00ff);
    const sum = (de & (((de >>> 8) & 0x00010001) * 0xff)) + (dd & (((dd >>> 8) & 0x00010001) * 0xff));
    unmatched += (sum & 0xffff) + (sum >>> 16);
    if (unmatched > limit) break;
  }
  return unmatched;
}
