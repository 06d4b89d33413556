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
// Counting gives a second bound, sharper when the set is dense: a full window destroys at most
// q gram positions and a short one q − 1, so the positions of the grams an entry lacks number
// at most q·a + (q − 1)·b.
//
// Candidates then pass cheap necessary conditions before the exact distance:
//  - hits: a gram set proves a minimum number of its grams in every answer (GramSet.needed);
//  - the count filter: positions of the grams a candidate lacks, among the lists read (from its
//    hits) and the frequent trigrams (from its bits), must all be destroyable;
//  - a coarse character histogram stored per entry: query characters an entry lacks are edits;
//  - the mismatch filter: the grams of the query missing from a candidate (known from the lists
//    read, or from the per-entry bits of the 128 most frequent trigrams) must all be destroyed,
//    so if they cannot be covered the candidate is out;
//  - the exact character histogram, then the bit-parallel distance cut off at k(L).
//
// P is chosen per length from the query's grams in order of increasing list length, so rare
// grams do the filtering. When no set of grams suffices (very short queries, low thresholds),
// the whole length bucket is verified. Short queries may use bigrams instead of trigrams:
// bigram windows are narrower, so a bigram set suffices where a trigram one cannot.

import { HISTOGRAM_BUCKETS, type GramTable, type MemoryIndex } from './index-types.js';
import { clearSlots, fillSlots, patternDistance, preparePattern } from './myers.js';
import { maxDistance, scoreThreshold, similarity } from './score.js';

/** An entry that passed: its number in the memory, edit distance and score (normalized text). */
export interface RawMatch {
  entry: number;
  distance: number;
  score: number;
}

/** Lists at most this long are read even beyond the needed prefix: they make the count and mismatch filters sharper. */
const CHEAP_LIST = 4096;
/** Hits in the prefix lists asked of a candidate (the prefix grows so that fewer hits are impossible). */
const HITS = 3;
/** Relative cost of verifying an entry of a scanned length bucket versus reading one posting. */
const BUCKET_COST = 4;
/** Marks a length whose bucket is verified entry by entry (no gram set suffices). */
const NONE = 0x7fffffff;

/**
 * Per-entry state of one search in two words: the search round (high 8 bits) and the entry's
 * slot among the candidates (low 24 bits), then a copy of the entry's presence bits of the 32
 * most frequent trigrams, so that the count filter finds them in the cache line the search
 * already fetched. Hits and gram bits live in small per-candidate arrays, so that a posting
 * touches one scattered word and the rest stays in cache.
 */
interface Scratch {
  state: Uint32Array;
  round: number;
  candidates: Uint32Array;
  hits: Uint16Array;
  mask: Uint32Array;
}

const scratchOf = new WeakMap<MemoryIndex, Scratch>();
const slotTable = new Uint16Array(65536);

function scratch(index: MemoryIndex): Scratch {
  let s = scratchOf.get(index);
  if (!s) {
    const state = new Uint32Array(index.size * 2);
    const bits = index.frequent.bits;
    for (let id = 0; id < index.size; id++) state[2 * id + 1] = bits[id * 4]!;
    s = { state, round: 0, candidates: new Uint32Array(1024), hits: new Uint16Array(1024), mask: new Uint32Array(1024) };
    scratchOf.set(index, s);
  }
  s.round++;
  if (s.round === 256) {
    for (let at = 0; at < s.state.length; at += 2) s.state[at] = 0;
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

/** Greedy covers of sorted positions by windows of q (full) and of q − 1 (short) positions: [full, short]. */
function covers(positions: readonly number[], q: number): [number, number] {
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
  return [full, short];
}

/** `sums[h]` = sum of the h largest values. */
function largestFirstSums(values: readonly number[]): number[] {
  const sorted = values.slice().sort((x, y) => y - x);
  const sums = [0];
  for (const v of sorted) sums.push(sums[sums.length - 1]! + v);
  return sums;
}

/**
 * What a set of grams proves, for every budget: the fewest of its grams an entry within the
 * budget must contain. The grams an entry lacks must all be destroyed; taking away a gram
 * lowers the greedy cover by at most the cover of that gram's own positions, so with h grams
 * present the rest still needs cover(all) minus the h largest such covers.
 */
class GramSet {
  private readonly positions: number[] = [];
  private readonly fullOwn: number[] = [];
  private readonly shortOwn: number[] = [];
  private full = 0;
  private short = 0;
  private fullSums: number[] = [0];
  private shortSums: number[] = [0];
  private readonly counts: number[] = [];
  private countSums: number[] = [0];

  constructor(private readonly q: number) {}

  add(gramPositions: readonly number[]): void {
    for (const p of gramPositions) {
      let at = this.positions.length;
      while (at > 0 && this.positions[at - 1]! > p) at--;
      this.positions.splice(at, 0, p);
    }
    const [f, s] = covers(gramPositions, this.q);
    this.fullOwn.push(f);
    this.shortOwn.push(s);
    [this.full, this.short] = covers(this.positions, this.q);
    this.fullSums = largestFirstSums(this.fullOwn);
    this.shortSums = largestFirstSums(this.shortOwn);
    this.counts.push(gramPositions.length);
    this.countSums = largestFirstSums(this.counts);
  }

  /** Fewest grams of the set in any entry within `a` full and `b` short windows of edits (0: none proven). */
  needed(a: number, b: number): number {
    // A full window destroys at most q positions and a short one q − 1: with h grams present,
    // the positions of the others (at least all minus the h most repeated) must fit in that.
    const destroyable = this.q * a + (this.q - 1) * b;
    const total = this.positions.length;
    for (let h = 0; h < this.fullSums.length; h++) {
      if (
        this.full - this.fullSums[h]! <= a + b &&
        this.short - this.shortSums[h]! <= 2 * a + b &&
        total - this.countSums[h]! <= destroyable
      ) {
        return h;
      }
    }
    return this.fullSums.length;
  }
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
  const set = new GramSet(q);
  let open = 2 * lengths;
  for (let j = 0; j < grams.length && open > 0; j++) {
    set.add(grams[j]!.positions);
    for (let i = 0; i < lengths; i++) {
      if (withOne[i] !== NONE && withHits[i] !== NONE) continue;
      const needed = set.needed(budgets[2 * i]!, budgets[2 * i + 1]!);
      if (withOne[i] === NONE && needed >= 1) {
        withOne[i] = j + 1;
        open--;
      }
      if (withHits[i] === NONE && needed >= HITS) {
        withHits[i] = j + 1;
        open--;
      }
    }
  }
  let cheap = 0;
  // Every list up to the first long one of a frequent gram (whose presence the per-entry bits
  // tell anyway): the more grams are known, the sharper the count filter.
  while (cheap < grams.length && (grams[cheap]!.frequent < 0 || grams[cheap]!.count <= CHEAP_LIST)) cheap++;
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
  // The lists read beyond the prefix can only raise the number of hits a candidate needs.
  const readSet = new GramSet(q);
  let added = 0;
  const order = Array.from(read.keys()).filter((i) => read[i] !== NONE).sort((x, y) => read[x]! - read[y]!);
  for (const i of order) {
    while (added < read[i]!) readSet.add(grams[added++]!.positions);
    // Hits are counted in 16 bits, saturating: asking for more could lose entries.
    need[i] = Math.min(0xffff, Math.max(need[i]!, readSet.needed(budgets[2 * i]!, budgets[2 * i + 1]!)));
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

  const work = scratch(index);
  const { state, round } = work;
  let hits = work.hits;
  let mask = work.mask;
  let candidates = work.candidates;
  let count = 0;
  const admitSlot = (id: number, firstHits: number, firstMask: number): void => {
    const slot = count;
    if (slot === hits.length) {
      const grownHits = new Uint16Array(slot * 2);
      grownHits.set(hits);
      const grownMask = new Uint32Array(slot * 2);
      grownMask.set(mask);
      const grownCandidates = new Uint32Array(slot * 2);
      grownCandidates.set(candidates);
      hits = work.hits = grownHits;
      mask = work.mask = grownMask;
      candidates = work.candidates = grownCandidates;
    }
    hits[slot] = firstHits;
    mask[slot] = firstMask;
    candidates[slot] = id;
    count++;
  };
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
    const bit = j < 32 ? 1 << j : 0;
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
          const v = state[2 * id]!;
          if (v >>> 24 === round) {
            const slot = v & 0xffffff;
            if (hits[slot]! !== 0xffff) hits[slot]!++;
            mask[slot]! |= bit;
          } else if (mode === 2) {
            state[2 * id] = ((round << 24) | count) >>> 0;
            admitSlot(id, 1, bit);
          }
        }
      }
      i = e + 1;
    }
  }
  const listed = count;
  for (let i = 0; i < lengths; i++) {
    if (read[i] !== NONE) continue;
    const L = lo + i;
    for (let id = index.lengthStart[L]!; id < index.lengthStart[L + 1]!; id++) admitSlot(id, 0, 0);
  }
  // The fewest hits any length asks for: most candidates fall short of it, and then their
  // length need not be looked up.
  let fewest = 0xffff;
  for (let i = 0; i < lengths; i++) if (read[i] !== NONE && need[i]! < fewest) fewest = need[i]!;

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
  const histograms = index.histograms.counts;
  const bucketOf = index.histograms.bucketOf;
  const queryHistogram = new Int32Array(HISTOGRAM_BUCKETS);
  for (let i = 0; i < m; i++) queryHistogram[bucketOf[codes[i]!]!]!++;
  const queryBuckets: number[] = [];
  const queryBucketCountList: number[] = [];
  queryHistogram.forEach((count, bucket) => {
    if (count > 0) {
      queryBuckets.push(bucket);
      queryBucketCountList.push(count);
    }
  });
  const queryBucketCounts = Int32Array.from(queryBucketCountList);

  // Per number of lists read: `top[h]` = positions of the h most repeated grams read, and the
  // frequent grams beyond them (bit number, positions).
  const knownCache = new Map<number, { top: Int32Array; bit: Int32Array; count: Int32Array }>();
  const knownOf = (r: number): { top: Int32Array; bit: Int32Array; count: Int32Array } => {
    let known = knownCache.get(r);
    if (!known) {
      const sizes = grams.slice(0, r).map((g) => g.positions.length).sort((x, y) => y - x);
      const top = new Int32Array(r + 1);
      sizes.forEach((size, i) => (top[i + 1] = top[i]! + size));
      // The 32 most frequent first: their bits are in the state record, already in cache.
      const rest = grams.slice(r).filter((g) => g.frequent >= 0).sort((x, y) => x.frequent - y.frequent);
      known = { top, bit: Int32Array.from(rest, (g) => g.frequent), count: Int32Array.from(rest, (g) => g.positions.length) };
      knownCache.set(r, known);
    }
    return known;
  };
  const pattern = preparePattern(codes);
  fillSlots(pattern, slotTable);
  // Character counts of the query by pattern slot, for the histogram bound.
  const queryCounts = new Int32Array(pattern.slot.size + 1);
  for (let i = 0; i < m; i++) queryCounts[slotTable[codes[i]!]!]!++;
  const counts = new Int32Array(queryCounts.length);
  const results: RawMatch[] = [];
  const { texts, textStart } = index;
  const lengthStart = index.lengthStart;
  const lengthOf = (id: number): number => {
    // The length from the (small, cached) length directory rather than from textStart.
    let l = 0;
    let top = hi - lo;
    while (l < top) {
      const mid = (l + top + 1) >>> 1;
      if (lengthStart[lo + mid]! <= id) l = mid;
      else top = mid - 1;
    }
    return lo + l;
  };
  // Candidates that pass the count filter, as id × 2^24 + slot, sorted: the per-entry data
  // below is then read in address order, which the hardware prefetches, instead of at random.
  const survivors = new Float64Array(count);
  let surviving = 0;
  for (let slot = 0; slot < count; slot++) {
    if (slot < listed && hits[slot]! < fewest) continue;
    const id = candidates[slot]!;
    const i = lengthOf(id) - lo;
    const r = read[i]!;
    if (r !== NONE) {
      if (hits[slot]! < need[i]!) continue;
      // Count filter: the positions of absent grams must all be destroyed. Among the lists read,
      // `hits` of them hold the entry (at best the most repeated); the frequent grams not read
      // are looked up in the entry's bits.
      const known = knownOf(r);
      let absent = known.top[r]! - known.top[Math.min(hits[slot]!, r)]!;
      const destroyable = q * budgets[2 * i]! + (q - 1) * budgets[2 * i + 1]!;
      const base = id * 4;
      const first = state[2 * id + 1]!;
      for (let t = 0; t < known.bit.length && absent <= destroyable; t++) {
        const f = known.bit[t]!;
        const word = f < 32 ? first : bits[base + (f >> 5)]!;
        if (((word >>> (f & 31)) & 1) === 0) absent += known.count[t]!;
      }
      if (absent > destroyable) continue;
    }
    survivors[surviving++] = id * 0x1000000 + slot;
  }
  const sorted = survivors.subarray(0, surviving).sort();
  let li = 0;
  for (let c = 0; c < surviving; c++) {
    const key = sorted[c]!;
    const id = Math.floor(key / 0x1000000);
    const slot = key - id * 0x1000000;
    while (lengthStart[lo + li + 1]! <= id) li++;
    const L = lo + li;
    const r = read[li]!;
    const a = budgets[2 * li]!;
    const b = budgets[2 * li + 1]!;
    if (r !== NONE) {
      // Coarse histogram bound: query characters the entry cannot match are edits.
      const base32 = id * HISTOGRAM_BUCKETS;
      const allowed = maxDistance(Math.max(m, L), M) - (L > m ? L - m : 0);
      let unmatched = 0;
      for (let t = 0; t < queryBuckets.length; t++) {
        const stored = histograms[base32 + queryBuckets[t]!]!;
        // 255 means "255 or more": no shortfall can be proven.
        const short = stored === 255 ? 0 : queryBucketCounts[t]! - stored;
        if (short > 0 && (unmatched += short) > allowed) break;
      }
      if (unmatched > allowed) continue;
      const w = mask[slot]!;
      const base = id * 4;
      let full = 0;
      let fullEnd = -1;
      let short = 0;
      let shortEnd = -1;
      for (let t = 0; t < markPos.length; t++) {
        const j = markGram[t]!;
        let present: number;
        if (j < r) present = j < 32 ? (w >>> j) & 1 : 1;
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
    const start = textStart[id]!;
    const end = textStart[id + 1]!;
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
    const d = patternDistance(pattern, slotTable, texts, start, end, k);
    if (d <= k) results.push({ entry: index.entryOf[id]!, distance: d, score: similarity(d, m, L) });
  }
  clearSlots(pattern, slotTable);
  return results;
}
