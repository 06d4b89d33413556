// Finds every entry whose normalized source scores at least `min` against a query, without
// scanning the memory. The filter is lossless; here is why.
//
// A score of at least min allows k(L) = maxDistance(max(m, L), min) edits between the query
// (length m) and an entry (length L). Cut the query into its q-grams, numbered by start
// position. An edit destroys the grams that overlap it: a substitution or deletion at position
// p those starting in [p − q + 1, p] (a window of q positions), an insertion at most q − 1 of
// them. Every gram the edits leave intact occurs in the entry. So if a set P of query grams
// cannot be covered by the windows of k(L) edits, an entry of length L within distance k(L)
// contains at least one gram of P: the union of P's posting lists holds all the answers (the
// q-gram lemma, Ukkonen 1992, applied by position as in Ed-Join, Xiao et al. 2008).
//
// For L ≤ m all k edits may be deletions or substitutions: a = k full windows. For L > m at
// least L − m edits are insertions: at most a = k − (L − m) full windows and b = L − m short
// ones. A set needing more than a + b full windows, or more than 2a + b short ones (a full
// window is two short ones), cannot be covered: both tests are necessary conditions for a
// cover, so "sufficient" below errs only toward reading more lists.
//
// The same test prunes candidates: the grams of P missing from a candidate must all be
// destroyed, so if they cannot be covered the candidate is out (the mismatch filter). The
// survivors are verified with the bit-parallel distance, cut off at k(L).
//
// P is chosen per length from the query's grams in order of increasing list length, so rare
// grams do the filtering. When no set of grams suffices (very short queries, low thresholds),
// the whole length bucket is verified. Short queries may use bigrams instead of trigrams:
// bigram windows are narrower, so a bigram set suffices where a trigram one cannot.

import type { GramTable, MemoryIndex } from './index-types.js';
import { clearSlots, fillSlots, patternDistance, preparePattern } from './myers.js';
import { maxDistance, scoreThreshold, similarity } from './score.js';

/** An entry that passed: its number in the memory, edit distance and score (normalized text). */
export interface RawMatch {
  entry: number;
  distance: number;
  score: number;
}

/** Lists at most this long are read even beyond the needed prefix: they make the mismatch filter sharper. */
let CHEAP_LIST = 512;
/** Hits in the prefix lists asked of a candidate (the prefix grows so that fewer hits are impossible). */
let HITS = 2;
/** Relative cost of verifying an entry of a scanned length bucket versus reading one posting. */
const BUCKET_COST = 4;
/** Marks a length whose bucket is verified entry by entry (no gram set suffices). */
const NONE = 0x7fffffff;

export function tune(cheap: number, hits: number): void {
  CHEAP_LIST = cheap;
  HITS = hits;
}
export const searchStats = { hitsPass: 0, mismatchPass: 0, postings: 0, candidates: 0, verified: 0, bucket: 0, queries: 0, q2: 0 };

interface Scratch {
  stamp: Uint32Array;
  hits: Uint16Array;
  mask0: Uint32Array;
  mask1: Uint32Array;
  round: number;
}

const scratchOf = new WeakMap<MemoryIndex, Scratch>();
const slotTable = new Uint16Array(65536);

function scratch(index: MemoryIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    s = {
      stamp: new Uint32Array(index.size),
      hits: new Uint16Array(index.size),
      mask0: new Uint32Array(index.size),
      mask1: new Uint32Array(index.size),
      round: 0,
    };
    scratchOf.set(index, s);
  }
  s.round++;
  if (s.round === 0xffffffff) {
    s.stamp.fill(0);
    s.round = 1;
  }
  return s;
}

/** First position in `list[from, to)` whose value is ≥ `value`. */
function lowerBound(list: Uint32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findKey(keys: Uint32Array, key: number): number {
  const at = lowerBound(keys, 0, keys.length, key);
  return at < keys.length && keys[at] === key ? at : -1;
}

/**
 * Necessary condition for `a` windows of q positions plus `b` of q − 1 to hit every position
 * (sorted): greedy covers with full windows and with short ones must not need more.
 */
function mayCover(positions: readonly number[], q: number, a: number, b: number): boolean {
  let full = 0;
  let fullEnd = -1;
  let short = 0;
  let shortEnd = -1;
  for (const p of positions) {
    if (p > fullEnd) {
      full++;
      fullEnd = p + q - 1;
    }
    if (p > shortEnd) {
      short++;
      shortEnd = p + q - 2;
    }
  }
  return full <= a + b && short <= 2 * a + b;
}

interface Gram {
  /** Index into the table's keys, or -1 when no entry has this gram. */
  slot: number;
  positions: number[];
  /** Postings within the query's length window. */
  count: number;
  /** Bit number among the frequent trigrams, or -1. */
  frequent: number;
}

interface Plan {
  table: GramTable;
  grams: Gram[];
  /** Per length (offset from the window start): grams to read, in `grams` order, or NONE. */
  read: Int32Array;
  /** Per length: hits in the read lists that a candidate needs. */
  need: Int32Array;
  /** Per length: lists that may bring new candidates (the sufficient prefix); later lists only add hits. */
  admit: Int32Array;
  cost: number;
}

function plan(
  index: MemoryIndex,
  table: GramTable,
  query: Uint16Array,
  lo: number,
  hi: number,
  budgets: Int32Array,
): Plan {
  const q = table.q;
  const m = query.length;
  const byKey = new Map<number, number[]>();
  for (let at = 0; at + q <= m; at++) {
    let key = 0;
    for (let i = 0; i < q; i++) key = (key << 8) | index.alphabet[query[at + i]!]!;
    const positions = byKey.get(key);
    if (positions) positions.push(at);
    else byKey.set(key, [at]);
  }
  const frequentBit = new Map<number, number>();
  if (q === 3) index.frequent.keys.forEach((key, f) => frequentBit.set(key, f));
  const idLo = index.lengthStart[lo]!;
  const idHi = index.lengthStart[hi + 1]!;
  const grams: Gram[] = [];
  for (const [key, positions] of byKey) {
    const slot = findKey(table.keys, key);
    let count = 0;
    if (slot >= 0) {
      const s = table.starts[slot]!;
      const e = table.starts[slot + 1]!;
      count = lowerBound(table.postings, s, e, idHi) - lowerBound(table.postings, s, e, idLo);
    }
    grams.push({ slot, positions, count, frequent: frequentBit.get(key) ?? -1 });
  }
  grams.sort((x, y) => x.count - y.count);

  const lengths = hi - lo + 1;
  const withHits = new Int32Array(lengths).fill(NONE);
  const withOne = new Int32Array(lengths).fill(NONE);
  const sorted: number[] = [];
  let open = 2 * lengths;
  for (let j = 0; j < grams.length && open > 0; j++) {
    for (const p of grams[j]!.positions) {
      let at = sorted.length;
      while (at > 0 && sorted[at - 1]! > p) at--;
      sorted.splice(at, 0, p);
    }
    for (let i = 0; i < lengths; i++) {
      const a = budgets[2 * i]!;
      const b = budgets[2 * i + 1]!;
      if (withOne[i] === NONE && !mayCover(sorted, q, a, b)) {
        withOne[i] = j + 1;
        open--;
      }
      if (withHits[i] === NONE && !mayCover(sorted, q, a + HITS - 1, b)) {
        withHits[i] = j + 1;
        open--;
      }
    }
  }
  let cheap = 0;
  while (cheap < grams.length && grams[cheap]!.count <= CHEAP_LIST) cheap++;
  const read = new Int32Array(lengths);
  const need = new Int32Array(lengths);
  const admit = new Int32Array(lengths);
  let maxRead = 0;
  let cost = 0;
  for (let i = 0; i < lengths; i++) {
    if (withHits[i] !== NONE) {
      admit[i] = withHits[i]!;
      need[i] = HITS;
    } else if (withOne[i] !== NONE) {
      admit[i] = withOne[i]!;
      need[i] = 1;
    } else {
      read[i] = NONE;
      const L = lo + i;
      cost += (index.lengthStart[L + 1]! - index.lengthStart[L]!) * BUCKET_COST;
      continue;
    }
    read[i] = Math.max(admit[i]!, cheap);
    maxRead = Math.max(maxRead, read[i]!);
  }
  // A candidate missing h of the read grams leaves a set whose cover shrank by at most h: the
  // greedy cover of all read grams, minus what the budget can cover, is a floor on its hits.
  const readPositions: number[] = [];
  let counted = 0;
  const order = Array.from(read.keys()).filter((i) => read[i] !== NONE).sort((x, y) => read[x]! - read[y]!);
  for (const i of order) {
    while (counted < read[i]!) readPositions.push(...grams[counted++]!.positions);
    readPositions.sort((x, y) => x - y);
    let full = 0;
    let fullEnd = -1;
    let short = 0;
    let shortEnd = -1;
    for (const p of readPositions) {
      if (p > fullEnd) {
        full++;
        fullEnd = p + q - 1;
      }
      if (p > shortEnd) {
        short++;
        shortEnd = p + q - 2;
      }
    }
    const a = budgets[2 * i]!;
    const b = budgets[2 * i + 1]!;
    need[i] = Math.max(need[i]!, full - a - b, short - 2 * a - b);
  }
  for (let j = 0; j < maxRead; j++) cost += grams[j]!.count;
  return { table, grams, read, need, admit, cost };
}

/** Every entry whose normalized source scores at least `min` against `query` (already normalized). */
export function searchIndex(index: MemoryIndex, query: string, min: number): RawMatch[] {
  const M = scoreThreshold(min);
  const m = query.length;
  const maxLen = index.lengthStart.length - 2;
  const lo = Math.max(0, m - maxDistance(m, M));
  let hi = m;
  while (hi + 1 <= maxLen && hi + 1 - m <= maxDistance(hi + 1, M)) hi++;
  if (lo > maxLen || index.size === 0) return [];
  if (hi > maxLen) hi = maxLen;

  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = query.charCodeAt(i);
  const budgets = new Int32Array(2 * (hi - lo + 1));
  for (let L = lo; L <= hi; L++) {
    const i = 2 * (L - lo);
    budgets[i] = L <= m ? maxDistance(m, M) : maxDistance(L, M) - (L - m);
    budgets[i + 1] = L <= m ? 0 : L - m;
  }
  let chosen = plan(index, index.trigrams, codes, lo, hi, budgets);
  if (hi <= index.bigrams.maxLength) {
    const alternative = plan(index, index.bigrams, codes, lo, hi, budgets);
    if (alternative.cost < chosen.cost) chosen = alternative;
  }

  const { stamp, hits, mask0, mask1, round } = scratch(index);
  const candidates: number[] = [];
  const { table, grams, read, need, admit } = chosen;
  const postings = table.postings;
  const lengths = read.length;
  let maxRead = 0;
  for (let i = 0; i < lengths; i++) if (read[i] !== NONE && read[i]! > maxRead) maxRead = read[i]!;
  for (let j = 0; j < maxRead; j++) {
    const gram = grams[j]!;
    if (gram.slot < 0) continue;
    const listStart = table.starts[gram.slot]!;
    const listEnd = table.starts[gram.slot + 1]!;
    const bit = 1 << (j & 31);
    // Runs of lengths that read this list, split by whether it may bring new candidates.
    for (let i = 0; i < lengths; ) {
      const mode = read[i] === NONE || read[i]! <= j ? 0 : admit[i]! > j ? 2 : 1;
      let e = i;
      while (e + 1 < lengths) {
        const next = read[e + 1] === NONE || read[e + 1]! <= j ? 0 : admit[e + 1]! > j ? 2 : 1;
        if (next !== mode) break;
        e++;
      }
      if (mode !== 0) {
        const idLo = index.lengthStart[lo + i]!;
        const idHi = index.lengthStart[lo + e + 1]!;
        for (let at = lowerBound(postings, listStart, listEnd, idLo); at < listEnd; at++) {
          const id = postings[at]!;
          if (id >= idHi) break;
          searchStats.postings++;
          if (stamp[id] === round) {
            hits[id]!++;
          } else if (mode === 2) {
            stamp[id] = round;
            hits[id] = 1;
            mask0[id] = 0;
            mask1[id] = 0;
            candidates.push(id);
          } else {
            continue;
          }
          if (j < 32) mask0[id]! |= bit;
          else if (j < 64) mask1[id]! |= bit;
        }
      }
      i = e + 1;
    }
  }
  for (let i = 0; i < lengths; i++) {
    if (read[i] !== NONE) continue;
    const L = lo + i;
    for (let id = index.lengthStart[L]!; id < index.lengthStart[L + 1]!; id++) {
      candidates.push(id);
      searchStats.bucket++;
    }
  }

  // Query gram occurrences by position, for the mismatch filter.
  const marks: Array<[number, number]> = [];
  grams.forEach((g, j) => {
    for (const p of g.positions) marks.push([p, j]);
  });
  marks.sort((x, y) => x[0] - y[0]);
  const markPos = Int32Array.from(marks, (x) => x[0]);
  const markGram = Int32Array.from(marks, (x) => x[1]);
  const markFrequent = Int32Array.from(marks, (x) => grams[x[1]]!.frequent);
  const q = table.q;
  const bits = index.frequent.bits;

  searchStats.candidates += candidates.length; searchStats.queries++; if (q === 2) searchStats.q2++;
  const pattern = preparePattern(codes);
  fillSlots(pattern, slotTable);
  // Character counts of the query by pattern slot, for the histogram bound.
  const queryCounts = new Int32Array(pattern.slot.size + 1);
  for (let i = 0; i < m; i++) queryCounts[slotTable[codes[i]!]!]!++;
  const counts = new Int32Array(queryCounts.length);
  const results: RawMatch[] = [];
  const { texts, textStart } = index;
  for (const id of candidates) {
    const start = textStart[id]!;
    const end = textStart[id + 1]!;
    const L = end - start;
    const li = L - lo;
    const r = read[li]!;
    const a = budgets[2 * li]!;
    const b = budgets[2 * li + 1]!;
    if (r !== NONE) {
      if (hits[id]! < need[li]!) continue;
      searchStats.hitsPass++;
      const X = (globalThis as any).XP; if (X) { const kk = maxDistance(Math.max(m, L), M); for (const [name, map] of X.maps) { const hq = new Map<number, number>(); for (let i = 0; i < m; i++) { const c = map(codes[i]!); hq.set(c, (hq.get(c) ?? 0) + 1); } let common = 0; for (let jj = start; jj < end; jj++) { const c = map(texts[jj]!); const v = hq.get(c) ?? 0; if (v > 0) { common++; hq.set(c, v - 1); } } if (Math.max(m, L) - common > kk) X.pruned[name] = (X.pruned[name] ?? 0) + 1; } X.total++; }
      const w0 = mask0[id]!;
      const w1 = mask1[id]!;
      const base = id * 4;
      let full = 0;
      let fullEnd = -1;
      let short = 0;
      let shortEnd = -1;
      for (let t = 0; t < markPos.length; t++) {
        const j = markGram[t]!;
        let present: number;
        if (j < r) present = j < 32 ? (w0 >>> j) & 1 : j < 64 ? (w1 >>> (j - 32)) & 1 : 1;
        else {
          const f = markFrequent[t]!;
          present = f < 0 ? 1 : (bits[base + (f >> 5)]! >>> (f & 31)) & 1;
        }
        if (present) continue;
        const p = markPos[t]!;
        if (p > fullEnd) {
          full++;
          fullEnd = p + q - 1;
        }
        if (p > shortEnd) {
          short++;
          shortEnd = p + q - 2;
        }
      }
      if (full > a + b || short > 2 * a + b) continue;
    }
    searchStats.mismatchPass++;
    const k = maxDistance(Math.max(m, L), M);
    // Histogram bound: distance ≥ longer length − characters in common (as multisets).
    const required = Math.max(m, L) - k;
    const allowedMisses = L - required;
    counts.set(queryCounts);
    let misses = 0;
    for (let j = start; j < end; j++) {
      const slot = slotTable[texts[j]!]!;
      if (counts[slot]! > 0) counts[slot]!--;
      else if (++misses > allowedMisses) break;
    }
    if (misses > allowedMisses) continue;
    searchStats.verified++;
    const d = patternDistance(pattern, slotTable, texts, start, end, k);
    if (d <= k) results.push({ entry: index.entryOf[id]!, distance: d, score: similarity(d, m, L) });
  }
  clearSlots(pattern, slotTable);
  return results;
}
