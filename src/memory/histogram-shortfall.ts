// How many query characters a member's coarse histogram cannot match, four buckets at a time:
// each 32-bit word of the histograms holds four one-byte counts, and one subtraction per pair of
// lanes gives max(0, query − stored) for all four without a branch.

import { HISTOGRAM_BUCKETS } from './index-types.js';

const WORDS = HISTOGRAM_BUCKETS / 4;

/** A query's bucket counts laid out for shortfall(). */
export interface QueryCounts {
  /** Per word: 256 + the query's counts in its low byte of each half (two 16-bit lanes), then in its high bytes. */
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
  // Laid out in bytes and read back as words, as the stored histograms are: the lanes then match
  // on a machine of either byte order.
  const bytes = new Uint8Array(HISTOGRAM_BUCKETS);
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) bytes[b] = Math.min(255, counts[b]!);
  const packed = new Uint32Array(bytes.buffer);
  const even = new Int32Array(WORDS);
  const odd = new Int32Array(WORDS);
  const used: Array<[number, number]> = [];
  for (let w = 0; w < WORDS; w++) {
    even[w] = 0x01000100 | (packed[w]! & 0x00ff00ff);
    odd[w] = 0x01000100 | ((packed[w]! >>> 8) & 0x00ff00ff);
    let total = 0;
    let any = false;
    for (let b = 4 * w; b < 4 * w + 4; b++) {
      if (counts[b]! > 0) {
        any = true;
        total += weight(b);
      }
    }
    if (any) used.push([w, total]);
  }
  used.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return { even, odd, words: Int32Array.from(used, ([w]) => w) };
}

/** Histograms (one byte per bucket) read four buckets to a word, as shortfall() takes them. */
export function histogramWords(counts: Uint8Array): Uint32Array {
  return new Uint32Array(counts.buffer, counts.byteOffset, counts.byteLength / 4);
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

/**
 * Per group, the largest count of each bucket among its members (`counts` laid out as the
 * members' histograms, one per group): a query's shortfall against it is at most any member's,
 * so one test can set a whole group aside.
 */
export function groupMaxima(counts: Uint8Array, groupStart: Uint32Array): Uint8Array {
  const groups = groupStart.length - 1;
  const maxima = new Uint8Array(groups * HISTOGRAM_BUCKETS);
  for (let g = 0; g < groups; g++) {
    const out = g * HISTOGRAM_BUCKETS;
    for (let member = groupStart[g]!; member < groupStart[g + 1]!; member++) {
      const base = member * HISTOGRAM_BUCKETS;
      for (let b = 0; b < HISTOGRAM_BUCKETS; b++) {
        if (counts[base + b]! > maxima[out + b]!) maxima[out + b] = counts[base + b]!;
      }
    }
  }
  return maxima;
}
