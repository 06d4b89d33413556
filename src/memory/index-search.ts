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
// The posting lists hold groups of near-duplicate members (index-groups.ts), listed under the
// union of their members' grams: every bound computed for a group holds for each member, since
// a member lacks at least what its group lacks. Candidates pass cheap necessary conditions
// before the exact distance:
//  - hits: a gram set proves a minimum number of its grams in every answer (GramSet.needed);
//  - the count filter on groups: positions of the grams a group lacks, among the lists read
//    (from its hits) and the frequent trigrams (from its bits), must all be destroyable; a group
//    is held to the loosest bounds of the lengths from its shortest member up (an entry longer
//    than the query spends edits on insertions, so those lengths allow fewer missing grams and
//    characters);
//  - the group's coarse character histogram, the largest count of each bucket among its
//    members: query characters it lacks, every member lacks (see below);
//  - on long queries, the group's gram signature (index-signatures.ts): the query positions
//    whose bigram or trigram no member has must be coverable by the edits' windows;
//  - a coarse character histogram stored per member: query characters a member lacks are edits
//    (a deletion or substitution each, so at most the a full windows of its length);
//  - in a group, the triangle inequality with the representative's distance;
//  - then the bit-parallel distance cut off at k(L).
// Member filters that pass most of what reaches them cost more than they save: the banded
// distance gives up on an unrelated text within a third of it (measured: removing a member-level
// count filter, a cover of the grams a member lacks and an exact character histogram made
// lookups 10 to 20 % faster at a million segments, with the same answers).
//
// P is chosen per length from the query's grams in order of increasing list length, so rare
// grams do the filtering; every group reads the lists the most demanding length needs. When no
// set of grams suffices (very short queries, low thresholds), every member of that length is
// verified. Short queries may use bigrams instead of trigrams: bigram windows are narrower, so
// a bigram set suffices where a trigram one cannot. At threshold 100 only identical sources
// qualify: they are looked up directly, without a plan.

import { gramKey } from './index-build.js';
import { histogramWords, prepareQueryCounts, shortfall } from './histogram-shortfall.js';
import { FAR, SPAN_CLASSES } from './index-groups.js';
import { absentCover, COVER_SCALE, queryGramHashes, signatureShift } from './index-signatures.js';
import { HISTOGRAM_BUCKETS, type GramTable, type MemoryIndex } from './index-types.js';
import { clearSlots, fillSlots, patternDistance, preparePattern, type Pattern } from './myers.js';
import { popcount } from './popcount.js';
import { maxDistance, scoreThreshold, similarity } from './score.js';

/** An entry that passed: its number in the memory, edit distance and score (normalized text). */
export interface RawMatch {
  entry: number;
  distance: number;
  score: number;
}

/** Lists at most this long are read even beyond the needed prefix: they make the count filter sharper. */
const CHEAP_LIST = 4096;
/** Hits in the prefix lists asked of a candidate (the prefix grows so that fewer hits are impossible). */
const HITS = 3;
/** Relative cost of verifying a member of a scanned length versus reading one posting. */
const BUCKET_COST = 4;
/** Marks a length whose members are all verified (no gram set suffices). */
const NONE = 0x7fffffff;
/**
 * Queries at least this long test each candidate group's gram signature before its members. On
 * shorter ones the members' own bounds are about as cheap as the test and nearly as sharp.
 */
const SIGNATURE_MIN_QUERY = 80;
/** From this query length on, the signature test reads trigrams before bigrams. */
const TRIGRAMS_FIRST = 160;
/**
 * A memory of at most this many distinct sources is verified source by source: planning and
 * running a filter costs more than the distances (measured per lookup: 39 against 111 µs at 512
 * sentences, 490 against 809 µs at 512 paragraphs; the filter wins from about 2,000 sentences).
 * The project's own memory beside a large imported one is searched at every lookup.
 */
const SCAN_MEMBERS = 512;

const slotTable = new Uint16Array(65536);

/**
 * Set in a group's hit counter by the lists that may admit it; the low bits count its hits in
 * all the lists read (fewer than 2^30: a list holds a group once, and a query has fewer grams).
 */
const ADMITTED = 1 << 30;

/** Per index, a hit counter per group; zero between searches (a search clears the blocks it counted). */
const countersOf = new WeakMap<MemoryIndex, Int32Array>();

function counters(index: MemoryIndex): Int32Array {
  let counts = countersOf.get(index);
  if (!counts) {
    counts = new Int32Array(index.groups.count);
    countersOf.set(index, counts);
  }
  return counts;
}

/** The index's hit counters, once a search has made them: every search leaves them all at zero (the tests hold it to that). */
export function hitCounters(index: MemoryIndex): Int32Array | undefined {
  return countersOf.get(index);
}

/** Group ids per block of the posting stage (4 bytes of counter each: 64 KiB, within a core's L2 cache). */
const COUNTER_BLOCK = 16384;

/**
 * A block whose admitting postings number less than one in this many of its groups finds its
 * candidates in those postings, not by reading every counter; its counters are cleared the same
 * way when all its postings are that few. Short queries read short lists over a wide window
 * (under 20 characters: 3,500 admitting postings against 71,000 groups a search). Measured at a
 * million segments, medians of nine rounds in one process: 3 and 20 gave nothing, 5, 8 and 12
 * from 3 to 6 % (8: 647 to 668 q/s; 1,374 to 1,454 q/s on the real memory).
 */
const SPARSE = 8;

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

/** Position of `key` in the sorted `keys`, or -1. */
export function findKey(keys: Uint32Array, key: number): number {
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

/** Inserts `value` into `sorted` (descending). */
function insertDescending(sorted: number[], value: number): void {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1]! < value) at--;
  sorted.splice(at, 0, value);
}

/**
 * What a set of grams proves, for every budget: the fewest of its grams an entry within the
 * budget must contain. The grams an entry lacks must all be destroyed; taking away a gram
 * lowers the greedy cover by at most the cover of that gram's own positions, so with h grams
 * present the rest still needs cover(all) minus the h largest such covers.
 */
class GramSet {
  private readonly positions: number[] = [];
  // Per gram, the greedy covers of its own positions (full and short windows) and how many
  // positions it has, each in descending order: the h largest are the first h.
  private readonly fullOwn: number[] = [];
  private readonly shortOwn: number[] = [];
  private readonly counts: number[] = [];
  private full = 0;
  private short = 0;

  constructor(private readonly q: number) {}

  add(gramPositions: readonly number[]): void {
    for (const p of gramPositions) {
      let at = this.positions.length;
      while (at > 0 && this.positions[at - 1]! > p) at--;
      this.positions.splice(at, 0, p);
    }
    const [f, s] = covers(gramPositions, this.q);
    [this.full, this.short] = covers(this.positions, this.q);
    // Kept sorted as they grow (a query of a few hundred grams adds that many times); needed()
    // sums only as far as it reads, mostly the first few.
    insertDescending(this.fullOwn, f);
    insertDescending(this.shortOwn, s);
    insertDescending(this.counts, gramPositions.length);
  }

  /** Fewest grams of the set in any entry within `a` full and `b` short windows of edits (0: none proven). */
  needed(a: number, b: number): number {
    // A full window destroys at most q positions and a short one q − 1: with h grams present,
    // the positions of the others (at least all minus the h most repeated) must fit in that.
    const destroyable = this.q * a + (this.q - 1) * b;
    const total = this.positions.length;
    const grams = this.fullOwn.length;
    let fullSum = 0;
    let shortSum = 0;
    let countSum = 0;
    for (let h = 0; h <= grams; h++) {
      if (this.full - fullSum <= a + b && this.short - shortSum <= 2 * a + b && total - countSum <= destroyable) return h;
      if (h < grams) {
        fullSum += this.fullOwn[h]!;
        shortSum += this.shortOwn[h]!;
        countSum += this.counts[h]!;
      }
    }
    return grams + 1;
  }
}

interface Gram {
  /** Index into the table's keys, or -1 when no entry has this gram. */
  slot: number;
  positions: number[];
  /**
   * Postings in the whole list. Only the order of the grams depends on it, and counting those in
   * the query's length window cost more than the better order saved (measured: 8 % slower at a
   * million segments, 17 % on the real memory).
   */
  count: number;
  /** Bit number among the frequent trigrams, or -1. */
  frequent: number;
}

interface Plan {
  table: GramTable;
  grams: Gram[];
  /** Lists read (the first `read` grams), for every group. */
  read: number;
  /** Lists that may bring new candidates (the longest sufficient prefix of any length); later lists only add hits. */
  admit: number;
  /** Per length (offset from the window start): hits in the read lists that a member needs, or NONE when no gram set suffices (the length is verified member by member). */
  need: Int32Array;
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
  const grams: Gram[] = [];
  for (const [key, positions] of byKey) {
    const slot = findKey(table.keys, key);
    let count = 0;
    if (slot >= 0) count = table.starts[slot + 1]! - table.starts[slot]!;
    grams.push({ slot, positions, count, frequent: frequentBit.get(key) ?? -1 });
  }
  grams.sort((x, y) => x.count - y.count);

  const lengths = hi - lo + 1;
  // Lengths up to the query's share one budget: plan once per distinct budget.
  const budgetOf = new Int32Array(lengths);
  const distinct: number[] = [];
  for (let i = 0; i < lengths; i++) {
    const last = distinct.length - 1;
    if (last >= 0 && budgets[2 * distinct[last]!] === budgets[2 * i] && budgets[2 * distinct[last]! + 1] === budgets[2 * i + 1]) {
      budgetOf[i] = last;
    } else {
      budgetOf[i] = distinct.length;
      distinct.push(i);
    }
  }
  const oneAt = new Int32Array(distinct.length).fill(NONE);
  const hitsAt = new Int32Array(distinct.length).fill(NONE);
  const set = new GramSet(q);
  let open = 2 * distinct.length;
  for (let j = 0; j < grams.length && open > 0; j++) {
    set.add(grams[j]!.positions);
    for (let d = 0; d < distinct.length; d++) {
      if (oneAt[d] !== NONE && hitsAt[d] !== NONE) continue;
      const i = distinct[d]!;
      const needed = set.needed(budgets[2 * i]!, budgets[2 * i + 1]!);
      if (oneAt[d] === NONE && needed >= 1) {
        oneAt[d] = j + 1;
        open--;
      }
      if (hitsAt[d] === NONE && needed >= HITS) {
        hitsAt[d] = j + 1;
        open--;
      }
    }
  }
  const withOne = Int32Array.from(budgetOf, (d) => oneAt[d]!);
  const withHits = Int32Array.from(budgetOf, (d) => hitsAt[d]!);
  let cheap = 0;
  // Every list up to the first long one of a frequent gram (whose presence the per-entry bits
  // tell anyway): the more grams are known, the sharper the count filter.
  while (cheap < grams.length && (grams[cheap]!.frequent < 0 || grams[cheap]!.count <= CHEAP_LIST)) cheap++;
  // A group spans lengths, so all groups read the same lists: as many as the most any length needs.
  const need = new Int32Array(lengths).fill(NONE);
  let admit = 0;
  let readTo = 0;
  let cost = 0;
  for (let i = 0; i < lengths; i++) {
    if (withOne[i] !== NONE) {
      // Every answer has a hit in the first withOne lists: later lists need not admit anyone.
      admit = Math.max(admit, withOne[i]!);
      need[i] = withHits[i] !== NONE ? HITS : 1;
      readTo = Math.max(readTo, withHits[i] !== NONE ? withHits[i]! : withOne[i]!);
    } else {
      const L = lo + i;
      cost += (index.lengthStart[L + 1]! - index.lengthStart[L]!) * BUCKET_COST;
    }
  }
  const read = admit === 0 ? 0 : Math.max(readTo, cheap);
  // The lists read beyond a length's own prefix can only raise the hits its members need.
  const readSet = new GramSet(q);
  for (let j = 0; j < read; j++) readSet.add(grams[j]!.positions);
  for (let d = 0; d < distinct.length; d++) {
    const i = distinct[d]!;
    if (need[i] === NONE) continue;
    // Hits are counted in 16 bits, saturating: asking for more could lose entries.
    const needed = Math.min(0xffff, Math.max(need[i]!, readSet.needed(budgets[2 * i]!, budgets[2 * i + 1]!)));
    for (let e = i; e < lengths && budgetOf[e] === d; e++) need[e] = needed;
  }
  for (let j = 0; j < read; j++) cost += grams[j]!.count;
  return { table, grams, read, admit, need, cost };
}

/** The ranges of group ids (per span class: from, to, …) that may hold a member of length lo..hi (some hold none). */
function groupWindow(index: MemoryIndex, lo: number, hi: number): Int32Array {
  const starts = index.groups.lengthStart;
  const stride = starts.length / SPAN_CLASSES.length;
  const top = Math.min(hi + 1, stride - 1);
  return Int32Array.from(SPAN_CLASSES.flatMap((span, c) => [starts[c * stride + Math.max(0, lo - span)]!, starts[c * stride + top]!]));
}

/**
 * The signature test of a candidate group (index-signatures.ts): the query positions whose gram
 * the group lacks, as bigrams and as trigrams, must be covered by a + b full and 2a + b short
 * windows for one of the group's lengths. False: no member of the group can be an answer.
 */
function signatureTest(
  index: MemoryIndex,
  codes: Uint16Array,
  lo: number,
  hi: number,
  budgets: Int32Array,
  need: Int32Array,
): (g: number) => boolean {
  const [hash2, hash3] = queryGramHashes(codes, index.alphabet);
  const lengths = hi - lo + 1;
  const fullLimit = new Int32Array(lengths);
  const shortLimit = new Int32Array(lengths);
  let maxFull = 0;
  let maxShort = 0;
  for (let i = 0; i < lengths; i++) {
    fullLimit[i] = budgets[2 * i]! + budgets[2 * i + 1]!;
    shortLimit[i] = 2 * budgets[2 * i]! + budgets[2 * i + 1]!;
    if (need[i] === NONE) continue;
    maxFull = Math.max(maxFull, fullLimit[i]!);
    maxShort = Math.max(maxShort, shortLimit[i]!);
  }
  // The sharper kind first (measured: bigrams below TRIGRAMS_FIRST characters, trigrams above).
  const [firstHashes, firstQ, thenHashes, thenQ] = codes.length >= TRIGRAMS_FIRST ? [hash3, 3, hash2, 2] : [hash2, 2, hash3, 3];
  const { start, words } = index.signatures;
  const { minLength, maxLength } = index.groups;
  return (g) => {
    const base = start[g]!;
    const shift = signatureShift(start[g + 1]! - base);
    const first = absentCover(firstHashes, firstQ, words, base, shift, maxFull, maxShort);
    if (first < 0) return false;
    const then = absentCover(thenHashes, thenQ, words, base, shift, maxFull, maxShort);
    if (then < 0) return false;
    // Both kinds within the same limits: their larger counts must be.
    const full = Math.max(Math.floor(first / COVER_SCALE), Math.floor(then / COVER_SCALE));
    const short = Math.max(first % COVER_SCALE, then % COVER_SCALE);
    for (let L = Math.max(lo, minLength[g]!); L <= Math.min(hi, maxLength[g]!); L++) {
      const i = L - lo;
      if (need[i] !== NONE && full <= fullLimit[i]! && short <= shortLimit[i]!) return true;
    }
    return false;
  };
}

/** Entries whose normalized source equals the query: members of its length in its rarest trigram's list. */
function exactMatches(index: MemoryIndex, query: string): RawMatch[] {
  const m = query.length;
  const { texts, textStart, groups } = index;
  const results: RawMatch[] = [];
  const visit = (member: number): void => {
    const start = textStart[member]!;
    if (textStart[member + 1]! - start !== m) return;
    for (let i = 0; i < m; i++) if (texts[start + i] !== query.charCodeAt(i)) return;
    pushEntries(results, index, member, 0, m, m);
  };
  if (m > index.lengthStart.length - 2) return results;
  const table = index.trigrams;
  if (m < table.q) {
    for (let at = index.lengthStart[m]!; at < index.lengthStart[m + 1]!; at++) visit(index.byLength[at]!);
    return results;
  }
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = query.charCodeAt(i);
  let rarest = -1;
  for (let at = 0; at + table.q <= m; at++) {
    const slot = findKey(table.keys, gramKey(codes, index.alphabet, at, table.q));
    if (slot < 0) return results;
    if (rarest < 0 || table.starts[slot + 1]! - table.starts[slot]! < table.starts[rarest + 1]! - table.starts[rarest]!) rarest = slot;
  }
  const window = groupWindow(index, m, m);
  const end = table.starts[rarest + 1]!;
  for (let r = 0; r < window.length; r += 2) {
    for (let at = lowerBound(table.postings, table.starts[rarest]!, end, window[r]!); at < end && table.postings[at]! < window[r + 1]!; at++) {
      const g = table.postings[at]!;
      if (groups.minLength[g]! > m || groups.maxLength[g]! < m) continue;
      for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) visit(member);
    }
  }
  return results;
}

/** The entries of `member` (of length L) as matches at distance d from a query of length m. */
function pushEntries(results: RawMatch[], index: MemoryIndex, member: number, d: number, m: number, L: number): void {
  const score = similarity(d, m, L);
  for (let e = index.sameStart[member]!; e < index.sameStart[member + 1]!; e++) results.push({ entry: index.sameEntries[e]!, distance: d, score });
}

/**
 * Every member of length L within k edits of the query (its pattern in `slotTable`), into
 * `results`; those `skip` rules out are not verified.
 */
function verifyLength(index: MemoryIndex, pattern: Pattern, m: number, L: number, k: number, results: RawMatch[], skip?: (member: number) => boolean): void {
  const { byLength, lengthStart, texts, textStart } = index;
  for (let at = lengthStart[L]!; at < lengthStart[L + 1]!; at++) {
    const member = byLength[at]!;
    if (skip?.(member)) continue;
    const d = patternDistance(pattern, slotTable, texts, textStart[member]!, textStart[member + 1]!, k);
    if (d <= k) pushEntries(results, index, member, d, m, L);
  }
}

/** Every member of length lo..hi within its allowance, verified one by one (a memory of a few sources). */
function scanMembers(index: MemoryIndex, codes: Uint16Array, lo: number, hi: number, allowed: Int32Array): RawMatch[] {
  const pattern = preparePattern(codes);
  fillSlots(pattern, slotTable);
  const results: RawMatch[] = [];
  for (let L = lo; L <= hi; L++) verifyLength(index, pattern, codes.length, L, allowed[L - lo]!, results);
  clearSlots(pattern, slotTable);
  return results;
}

/** Every entry whose normalized source scores at least `min` against `query` (already normalized). */
export function searchIndex(index: MemoryIndex, query: string, min: number): RawMatch[] {
  const M = scoreThreshold(min);
  // Only identical sources score 100: no filter to plan.
  if (M === 100) return exactMatches(index, query);
  const m = query.length;
  const maxLen = index.lengthStart.length - 2;
  const lo = Math.max(0, m - maxDistance(m, M));
  let hi = m;
  while (hi + 1 <= maxLen && hi + 1 - m <= maxDistance(hi + 1, M)) hi++;
  if (lo > maxLen || index.size === 0) return [];
  if (hi > maxLen) hi = maxLen;

  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = query.charCodeAt(i);
  const lengths = hi - lo + 1;
  // Per length: edits allowed, and the full and short windows of edits (a, b) that destroy grams.
  const allowed = new Int32Array(lengths);
  const budgets = new Int32Array(2 * lengths);
  for (let L = lo; L <= hi; L++) {
    const i = L - lo;
    allowed[i] = maxDistance(Math.max(m, L), M);
    budgets[2 * i] = L <= m ? allowed[i]! : allowed[i]! - (L - m);
    budgets[2 * i + 1] = L <= m ? 0 : L - m;
  }
  if (index.textStart.length - 1 <= SCAN_MEMBERS) return scanMembers(index, codes, lo, hi, allowed);
  let chosen = plan(index, index.trigrams, codes, lo, hi, budgets);
  if (hi <= index.bigrams.maxLength) {
    const alternative = plan(index, index.bigrams, codes, lo, hi, budgets);
    if (alternative.cost < chosen.cost) chosen = alternative;
  }
  const { table, grams, read, admit, need } = chosen;
  const q = table.q;
  // For groups, the loosest bounds of any length from `lo + i` up: a group's members are no
  // shorter than its shortest, and a length whose members are all verified (NONE) asks nothing.
  // The bounds (hits needed, gram positions the edits can destroy, query characters a member may
  // lack) loosen toward the query's length (a longer entry spends edits on insertions), so a
  // group of longer sentences is held to the tighter bounds of its own lengths.
  const looseNeed = new Int32Array(lengths + 1).fill(NONE);
  const looseDestroyable = new Int32Array(lengths + 1).fill(-1);
  const looseAbsent = new Int32Array(lengths + 1).fill(-1);
  for (let i = lengths - 1; i >= 0; i--) {
    const counted = need[i] !== NONE;
    const destroyable = q * budgets[2 * i]! + (q - 1) * budgets[2 * i + 1]!;
    looseNeed[i] = counted ? Math.min(looseNeed[i + 1]!, need[i]!) : looseNeed[i + 1]!;
    looseDestroyable[i] = counted ? Math.max(looseDestroyable[i + 1]!, destroyable) : looseDestroyable[i + 1]!;
    looseAbsent[i] = counted ? Math.max(looseAbsent[i + 1]!, budgets[2 * i]!) : looseAbsent[i + 1]!;
  }

  // Positions of the grams read, most repeated first (`top[h]` = positions of the h most
  // repeated), and the frequent grams not read (bit number, positions).
  const top = new Int32Array(read + 1);
  grams
    .slice(0, read)
    .map((g) => g.positions.length)
    .sort((x, y) => y - x)
    .forEach((size, i) => (top[i + 1] = top[i]! + size));
  const rest = grams.slice(read).filter((g) => g.frequent >= 0).sort((x, y) => x.frequent - y.frequent);
  // Those at one query position are counted a word of bits at a time; the few repeated ones one by one.
  const once = new Int32Array(4);
  const repeated = rest.filter((g) => g.positions.length > 1);
  for (const g of rest) if (g.positions.length === 1) once[g.frequent >> 5]! |= 1 << (g.frequent & 31);
  const once0 = once[0]!;
  const once1 = once[1]!;
  const once2 = once[2]!;
  const once3 = once[3]!;
  const restBit = Int32Array.from(repeated, (g) => g.frequent);
  const restCount = Int32Array.from(repeated, (g) => g.positions.length);
  const groupBits = index.frequent.groupBits;
  /** `absent` plus the positions of the frequent grams not read that group `g` lacks, by its bits, counted until above `limit`. */
  const lacking = (g: number, absent: number, limit: number): number => {
    const base = g * 4;
    absent +=
      popcount(once0 & ~groupBits[base]!) +
      (once1 === 0 ? 0 : popcount(once1 & ~groupBits[base + 1]!)) +
      (once2 === 0 ? 0 : popcount(once2 & ~groupBits[base + 2]!)) +
      (once3 === 0 ? 0 : popcount(once3 & ~groupBits[base + 3]!));
    for (let t = 0; t < restBit.length && absent <= limit; t++) {
      const f = restBit[t]!;
      if (((groupBits[base + (f >> 5)]! >>> (f & 31)) & 1) === 0) absent += restCount[t]!;
    }
    return absent;
  };

  const histograms = index.histograms.counts;
  const bucketOf = index.histograms.bucketOf;
  const queryHistogram = new Int32Array(HISTOGRAM_BUCKETS);
  for (let i = 0; i < m; i++) queryHistogram[bucketOf[codes[i]!]!]!++;
  // First the buckets where the query has the most characters beyond a text of its length on
  // average: a member's shortfall then passes the limit after fewer of them.
  const share = index.histograms.shares;
  const queryCounts4 = prepareQueryCounts(queryHistogram, (b) => queryHistogram[b]! - m * share[b]!);
  const memberWords = histogramWords(histograms);

  // 1. Posting lists → hit counters, and 2. the count filter on groups. The lists are read a
  // block of group ids at a time, all of them before the next block: the counters a block
  // touches stay in cache while every list adds its hits to them, without a test per posting.
  // Then the block's groups, in order (or, when few are admitted, as the admitting lists hold
  // them: see SPARSE), that an admitting list holds and enough lists hold go through the count
  // filter: the positions of the grams a group lacks must all be destroyed.
  // Among the lists read, `hits` of them hold the group (at best the most repeated); the
  // frequent grams not read are looked up in the group's bits.
  const groups = index.groups;
  const window = groupWindow(index, lo, hi);
  const counts = counters(index);
  const postings = table.postings;
  const listAt = new Int32Array(read);
  const listEnd = new Int32Array(read);
  const signatureAllows = m >= SIGNATURE_MIN_QUERY ? signatureTest(index, codes, lo, hi, budgets, need) : undefined;
  const groupWords = histogramWords(index.histograms.groupMaxima);
  const survivors: number[] = [];
  const survivorHits: number[] = [];
  const blockFrom = new Int32Array(read);
  /** The group filters of a group that an admitting list holds and enough lists hold (`h` of them). */
  const consider = (g: number, h: number): void => {
    if (groups.maxLength[g]! < lo) return;
    const from = Math.max(0, groups.minLength[g]! - lo);
    if (h < looseNeed[from]!) return;
    const mostDestroyable = looseDestroyable[from]!;
    const absent = lacking(g, top[read]! - top[Math.min(h, read)]!, mostDestroyable);
    if (absent > mostDestroyable) return;
    const mostAbsent = looseAbsent[from]!;
    if (shortfall(groupWords, g, queryCounts4, mostAbsent) > mostAbsent) return;
    if (signatureAllows && !signatureAllows(g)) return;
    survivors.push(g);
    survivorHits.push(h);
  };
  // The fewest hits of any length first: most groups fail it, without a look at their data.
  const fewest = ADMITTED + Math.min(looseNeed[0]!, ADMITTED - 1);
  for (let r = 0; r < window.length; r += 2) {
    const windowStart = window[r]!;
    const windowEnd = window[r + 1]!;
    if (windowStart >= windowEnd || read === 0) continue;
    for (let j = 0; j < read; j++) {
      const slot = grams[j]!.slot;
      listEnd[j] = slot < 0 ? 0 : table.starts[slot + 1]!;
      listAt[j] = slot < 0 ? 0 : lowerBound(postings, table.starts[slot]!, listEnd[j]!, windowStart);
    }
    for (let blockStart = windowStart; blockStart < windowEnd; blockStart += COUNTER_BLOCK) {
      const blockEnd = Math.min(windowEnd, blockStart + COUNTER_BLOCK);
      let admitted = 0;
      let counted = 0;
      for (let j = 0; j < read; j++) {
        const end = listEnd[j]!;
        let at = (blockFrom[j] = listAt[j]!);
        if (j < admit) {
          for (; at < end; at++) {
            const g = postings[at]!;
            if (g >= blockEnd) break;
            counts[g] = (counts[g]! + 1) | ADMITTED;
          }
          admitted += at - blockFrom[j]!;
        } else {
          for (; at < end; at++) {
            const g = postings[at]!;
            if (g >= blockEnd) break;
            counts[g]!++;
          }
        }
        counted += at - blockFrom[j]!;
        listAt[j] = at;
      }
      if (admitted * SPARSE < blockEnd - blockStart) {
        // Few groups admitted: they are found in the admitting lists rather than among all the
        // block's counters; a group met again in a later list finds its counter spent.
        for (let j = 0; j < admit; j++) {
          for (let at = blockFrom[j]!, end = listAt[j]!; at < end; at++) {
            const g = postings[at]!;
            const c = counts[g]!;
            if (c < fewest) continue;
            counts[g] = 0;
            consider(g, c - ADMITTED);
          }
        }
      } else {
        for (let g = blockStart; g < blockEnd; g++) {
          const c = counts[g]!;
          if (c >= fewest) consider(g, c - ADMITTED);
        }
      }
      if (counted * SPARSE < blockEnd - blockStart) {
        for (let j = 0; j < read; j++) for (let at = blockFrom[j]!, end = listAt[j]!; at < end; at++) counts[postings[at]!] = 0;
      } else {
        counts.fill(0, blockStart, blockEnd);
      }
    }
  }

  const pattern = preparePattern(codes);
  fillSlots(pattern, slotTable);
  const { texts, textStart } = index;
  const results: RawMatch[] = [];
  const accept = (member: number, d: number, L: number): void => pushEntries(results, index, member, d, m, L);

  // 3. Members of the surviving groups, through their own character histograms (lossless: a
  // member lacks at least what its group lacks), then the distance. When several members of a
  // group get that far, the representative's distance bounds the others' (triangle inequality):
  // a member within r of it is at least (its distance − r) from the query.
  const repDistance = groups.repDistance;
  const pending: number[] = [];
  for (let c = 0; c < survivors.length; c++) {
    const g = survivors[c]!;
    const h = survivorHits[c]!;
    pending.length = 0;
    for (let member = groups.start[g]!, end = groups.start[g + 1]!; member < end; member++) {
      const L = textStart[member + 1]! - textStart[member]!;
      if (L < lo || L > hi) continue;
      const i = L - lo;
      if (need[i] === NONE || h < need[i]!) continue; // NONE: verified with its whole length below
      const a = budgets[2 * i]!;
      if (shortfall(memberWords, member, queryCounts4, a) > a) continue;
      pending.push(member);
    }
    if (pending.length === 0) continue;
    let repLower = 0;
    const rep = groups.start[g]!;
    if (pending.length > 1) {
      // Exact up to the largest allowance plus the farthest member; beyond, a lower bound.
      let reach = 0;
      for (const member of pending) {
        const L = textStart[member + 1]! - textStart[member]!;
        if (repDistance[member] !== FAR) reach = Math.max(reach, allowed[L - lo]! + repDistance[member]!);
      }
      repLower = patternDistance(pattern, slotTable, texts, textStart[rep]!, textStart[rep + 1]!, reach);
    }
    for (const member of pending) {
      const L = textStart[member + 1]! - textStart[member]!;
      const k = allowed[L - lo]!;
      if (member === rep && pending.length > 1) {
        if (repLower <= k) accept(rep, repLower, L);
        continue;
      }
      if (repDistance[member] !== FAR && repLower - repDistance[member]! > k) continue;
      const d = patternDistance(pattern, slotTable, texts, textStart[member]!, textStart[member + 1]!, k);
      if (d <= k) accept(member, d, L);
    }
  }

  // 4. Lengths no gram set covers: every member of that length, through its character histogram.
  for (let i = 0; i < lengths; i++) {
    if (need[i] !== NONE) continue;
    const a = budgets[2 * i]!;
    verifyLength(index, pattern, m, lo + i, allowed[i]!, results, (member) => shortfall(memberWords, member, queryCounts4, a) > a);
  }
  clearSlots(pattern, slotTable);
  return results;
}
