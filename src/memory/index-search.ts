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
const CHEAP_LIST = 512;
/** Relative cost of verifying an entry of a scanned length bucket versus reading one posting. */
const BUCKET_COST = 4;

interface Scratch {
  stamp: Uint32Array;
  mask0: Uint32Array;
  mask1: Uint32Array;
  round: number;
}

const scratchOf = new WeakMap<MemoryIndex, Scratch>();
const slotTable = new Uint16Array(65536);
export const searchStats = { postings: 0, candidates: 0, verified: 0, bucket: 0, queries: 0, q2: 0 };

function scratch(index: MemoryIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    s = {
      stamp: new Uint32Array(index.size),
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

/** Greedy interval cover: can `positions` (sorted) be hit by `a` windows of q plus `b` of q − 1? (necessary test) */
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
}

interface Plan {
  table: GramTable;
  grams: Gram[];
  /** Per length L (offset by the window start): number of grams (in `grams` order) to read; Infinity = verify the bucket. */
  prefix: number[];
  cost: number;
}

function plan(
  index: MemoryIndex,
  table: GramTable,
  query: Uint16Array,
  lo: number,
  hi: number,
  budgets: Array<[number, number]>,
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
    grams.push({ slot, positions, count });
  }
  grams.sort((x, y) => x.count - y.count);

  const prefix = budgets.map(() => Infinity);
  const sorted: number[] = [];
  let open = budgets.length;
  for (let j = 0; j < grams.length && open > 0; j++) {
    for (const p of grams[j]!.positions) {
      let at = sorted.length;
      while (at > 0 && sorted[at - 1]! > p) at--;
      sorted.splice(at, 0, p);
    }
    budgets.forEach(([a, b], i) => {
      if (prefix[i] === Infinity && !mayCover(sorted, q, a, b)) {
        prefix[i] = j + 1;
        open--;
      }
    });
  }
  let cheap = 0;
  while (cheap < grams.length && grams[cheap]!.count <= CHEAP_LIST) cheap++;
  let read = 0;
  let cost = 0;
  prefix.forEach((p, i) => {
    if (p === Infinity) {
      const L = lo + i;
      cost += (index.lengthStart[L + 1]! - index.lengthStart[L]!) * BUCKET_COST;
    } else {
      prefix[i] = Math.max(p, cheap);
      read = Math.max(read, prefix[i]!);
    }
  });
  for (let j = 0; j < read; j++) cost += grams[j]!.count;
  return { table, grams, prefix, cost };
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
  const budgets: Array<[number, number]> = [];
  for (let L = lo; L <= hi; L++) {
    budgets.push(L <= m ? [maxDistance(m, M), 0] : [maxDistance(L, M) - (L - m), L - m]);
  }
  let chosen = plan(index, index.trigrams, codes, lo, hi, budgets);
  if (hi <= index.bigrams.maxLength) {
    const alternative = plan(index, index.bigrams, codes, lo, hi, budgets);
    if (alternative.cost < chosen.cost) chosen = alternative;
  }

  const s = scratch(index);
  const { stamp, mask0, mask1, round } = s;
  const candidates: number[] = [];
  const { table, grams, prefix } = chosen;
  const postings = table.postings;
  const read = prefix.reduce((r, p) => (p === Infinity ? r : Math.max(r, p)), 0);
  for (let j = 0; j < read; j++) {
    const gram = grams[j]!;
    if (gram.slot < 0) continue;
    const listStart = table.starts[gram.slot]!;
    const listEnd = table.starts[gram.slot + 1]!;
    const bit = 1 << (j & 31);
    for (let i = 0; i < prefix.length; ) {
      if (!(prefix[i]! > j && prefix[i] !== Infinity)) {
        i++;
        continue;
      }
      let e = i;
      while (e + 1 < prefix.length && prefix[e + 1]! > j && prefix[e + 1] !== Infinity) e++;
      const idLo = index.lengthStart[lo + i]!;
      const idHi = index.lengthStart[lo + e + 1]!;
      for (let at = lowerBound(postings, listStart, listEnd, idLo); at < listEnd; at++) {
        const id = postings[at]!;
        searchStats.postings++;
        if (id >= idHi) break;
        if (stamp[id] !== round) {
          stamp[id] = round;
          mask0[id] = 0;
          mask1[id] = 0;
          candidates.push(id);
        }
        if (j < 32) mask0[id]! |= bit;
        else if (j < 64) mask1[id]! |= bit;
      }
      i = e + 1;
    }
  }
  prefix.forEach((p, i) => {
    if (p !== Infinity) return;
    const L = lo + i;
    for (let id = index.lengthStart[L]!; id < index.lengthStart[L + 1]!; id++) { candidates.push(id); searchStats.bucket++; }
  });

  // Query gram positions in order, for the mismatch filter.
  const marks: Array<[number, number]> = [];
  grams.forEach((g, j) => {
    if (j < 64) for (const p of g.positions) marks.push([p, j]);
  });
  marks.sort((x, y) => x[0] - y[0]);
  const markPos = Int32Array.from(marks, (x) => x[0]);
  const markGram = Int32Array.from(marks, (x) => x[1]);
  const q = table.q;

  searchStats.candidates += candidates.length; searchStats.queries++; if (table.q === 2) searchStats.q2++;
  const pattern = preparePattern(codes);
  fillSlots(pattern, slotTable);
  const results: RawMatch[] = [];
  const { texts, textStart } = index;
  for (const id of candidates) {
    const start = textStart[id]!;
    const end = textStart[id + 1]!;
    const L = end - start;
    const budget = budgets[L - lo]!;
    const limit = Math.min(prefix[L - lo]!, 64);
    if (limit !== Infinity && limit > 0) {
      const w0 = mask0[id]!;
      const w1 = mask1[id]!;
      let full = 0;
      let fullEnd = -1;
      let short = 0;
      let shortEnd = -1;
      for (let t = 0; t < markPos.length; t++) {
        const j = markGram[t]!;
        if (j >= limit) continue;
        const present = j < 32 ? (w0 >>> j) & 1 : (w1 >>> (j - 32)) & 1;
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
      const [a, b] = budget;
      if (full > a + b || short > 2 * a + b) continue;
    }
    const k = maxDistance(Math.max(m, L), M);
    searchStats.verified++;
    const d = patternDistance(pattern, slotTable, texts, start, end, k);
    if ((globalThis as any).HIST) { const full = patternDistance(pattern, slotTable, texts, start, end, 1e9); (globalThis as any).HIST[Math.floor(similarity(full, m, L) / 10)]++; }
    if (d <= k) results.push({ entry: index.entryOf[id]!, distance: d, score: similarity(d, m, L) });
  }
  clearSlots(pattern, slotTable);
  return results;
}
