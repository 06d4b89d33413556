// Bit-parallel Levenshtein distance (Myers 1999, "A fast bit-vector algorithm for approximate
// string matching based on dynamic programming", with the block extension of its section 4;
// global distance as in Hyyrö 2001). The pattern is encoded once over its own alphabet: a
// bit-mask per distinct pattern character and 32-bit block, so comparing it with a text costs
// one pass over the text with a few word operations per character and block.

import { popcount } from './popcount.js';

/** A pattern prepared for repeated distance computations. */
export interface Pattern {
  readonly length: number;
  readonly blocks: number;
  /** Masks per alphabet slot and block: `peq[slot * blocks + b]`; slot 0 = not in the pattern. */
  readonly peq: Int32Array;
  /** Char code → alphabet slot of the pattern (0 when absent). */
  readonly slot: Map<number, number>;
  /** The last pattern row's bit number within the last block. */
  readonly lastRow: number;
  /** The last block's rows up to the pattern's last (all of them for an empty pattern). */
  readonly lastRows: number;
}

/** Prepares a pattern (a string or char codes). */
export function preparePattern(pattern: string | ArrayLike<number>): Pattern {
  // UTF-16 code units, as the texts it is compared with (and as fastest-levenshtein counts).
  const codes = typeof pattern === 'string' ? Uint16Array.from({ length: pattern.length }, (_, i) => pattern.charCodeAt(i)) : pattern;
  const length = codes.length;
  const blocks = Math.max(1, Math.ceil(length / 32));
  const slot = new Map<number, number>();
  for (let i = 0; i < length; i++) if (!slot.has(codes[i]!)) slot.set(codes[i]!, slot.size + 1);
  const peq = new Int32Array((slot.size + 1) * blocks);
  for (let i = 0; i < length; i++) {
    const s = slot.get(codes[i]!)!;
    peq[s * blocks + (i >>> 5)]! |= 1 << (i & 31);
  }
  const lastRow = (length - 1) & 31;
  const lastBit = length === 0 ? 0 : 1 << lastRow;
  return { length, blocks, peq, slot, lastRow, lastRows: lastBit | (lastBit - 1) };
}

/** Char code → slot table for fast lookups during one query (a dense array over UTF-16). */
export type SlotTable = Uint16Array;

/** Fills a dense slot table for the pattern (the caller clears it with `clearSlots`). */
export function fillSlots(pattern: Pattern, table: SlotTable): void {
  for (const [code, s] of pattern.slot) table[code] = s;
}

export function clearSlots(pattern: Pattern, table: SlotTable): void {
  for (const code of pattern.slot.keys()) table[code] = 0;
}

/** Up to this many blocks, every block is computed (fewBlocks); beyond, only the band. */
const FEW_BLOCKS = 3;

/** Columns between two tests of the whole column against the cut-off (a test costs a popcount per block). */
const CHECK_EVERY = 8;

let scratchPv = new Int32Array(64);
let scratchMv = new Int32Array(64);

/**
 * Edit distance between the pattern and `text[start, end)`, or any value above `max` as soon as
 * the distance is known to exceed `max`: when the last row, less what the remaining text
 * characters could take off it, is above it, or when no cell of a column can be within it (the
 * best path crosses every column, and its values never decrease).
 */
export function patternDistance(
  p: Pattern,
  table: SlotTable,
  text: Uint16Array,
  start: number,
  end: number,
  max: number,
): number {
  const m = p.length;
  const n = end - start;
  if (m === 0) return n;
  if (n === 0) return m;
  const peq = p.peq;
  const blocks = p.blocks;
  let score = m;
  if (blocks === 1) {
    const { lastRow, lastRows: rows } = p;
    let pv = -1;
    let mv = 0;
    for (let j = start; j < end; j++) {
      const eq = peq[table[text[j]!]!]!;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      // The last row's delta, without a branch (ph and mh are disjoint; either way is a coin toss).
      score += ((ph >>> lastRow) & 1) - ((mh >>> lastRow) & 1);
      if (score - (end - j - 1) > max) return max + 1;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      // Every column holds a cell of the best path, and no cell of this one is within max: the
      // last row's value less the rows that add one on the way down bounds them all.
      if ((j - start) % CHECK_EVERY === CHECK_EVERY - 1 && score - popcount(pv & rows) > max) return max + 1;
    }
    return score;
  }
  if (blocks <= FEW_BLOCKS) return fewBlocks(p, table, text, start, end, max);
  // Only a band of blocks is computed. A path through cell (i, c) costs at least |i − c| to get
  // there and |(m − i) − (n − c)| from there to the end, so a path within max only crosses cells
  // whose diagonal d = i − c lies in [(Δ − max) / 2, (Δ + max) / 2], Δ = m − n (Ukkonen's band,
  // narrowed by the distance left to the corner: half as wide as |d| ≤ max when the lengths are
  // equal). A block below the band joins it as if each of its rows cost one more than the row
  // above, and a block above it is left behind as if its bottom row grew by one per column: both
  // only overestimate, and every cell of a path within max is in the band, so its cost, and the
  // distance when it is within max, come out exact.
  if (Math.abs(m - n) > max) return max + 1;
  const above = Math.floor((m - n + max) / 2);
  const below = Math.ceil((m - n - max) / 2);
  if (scratchPv.length < blocks) {
    scratchPv = new Int32Array(blocks * 2);
    scratchMv = new Int32Array(blocks * 2);
  }
  const Pv = scratchPv;
  const Mv = scratchMv;
  const lastBlock = blocks - 1;
  const { lastRow, lastRows } = p;
  let low = 0;
  let high = Math.min(lastBlock, Math.floor(Math.max(0, above) / 32));
  Pv.fill(-1, 0, high + 1);
  Mv.fill(0, 0, high + 1);
  // The value of the bottom row of block `high` (the last row once the band reaches it).
  score = high === lastBlock ? m : 32 * (high + 1);
  for (let j = start; j < end; j++) {
    const column = j - start + 1;
    const reach = Math.min(lastBlock, Math.floor((column + above - 1) / 32));
    while (high < reach) {
      high++;
      Pv[high] = -1;
      Mv[high] = 0;
      score += high === lastBlock ? m - 32 * high : 32;
    }
    low = Math.max(low, Math.floor((column + below - 1) / 32));
    const base = table[text[j]!]! * blocks;
    score += stepColumn(peq, base, Pv, Mv, low, high, high === lastBlock ? lastRow : 31);
    if (high === lastBlock && score - (end - j - 1) > max) return max + 1;
    // As above, over the band: the value at its bottom less the rows that add one up to there.
    if ((j - start) % CHECK_EVERY === CHECK_EVERY - 1 && score - rising(Pv, low, high, lastBlock, lastRows) > max) return max + 1;
  }
  return score;
}

/**
 * patternDistance for a pattern of two or three blocks (33 to 96 characters, most sentences):
 * every block every column. Over so few blocks the band saves little, and its bookkeeping cost
 * more than it saved.
 */
function fewBlocks(p: Pattern, table: SlotTable, text: Uint16Array, start: number, end: number, max: number): number {
  const m = p.length;
  if (Math.abs(m - (end - start)) > max) return max + 1;
  const peq = p.peq;
  const blocks = p.blocks;
  const lastBlock = blocks - 1;
  const { lastRow, lastRows } = p;
  const Pv = scratchPv;
  const Mv = scratchMv;
  Pv.fill(-1, 0, blocks);
  Mv.fill(0, 0, blocks);
  let score = m;
  for (let j = start; j < end; j++) {
    const base = table[text[j]!]! * blocks;
    score += stepColumn(peq, base, Pv, Mv, 0, lastBlock, lastRow);
    if (score - (end - j - 1) > max) return max + 1;
    if ((j - start) % CHECK_EVERY === CHECK_EVERY - 1 && score - rising(Pv, 0, lastBlock, lastBlock, lastRows) > max) return max + 1;
  }
  return score;
}

/**
 * One text column over blocks `from` to `to` (the text character's masks at `peq[base + b]`):
 * updates their vertical deltas in Pv and Mv and returns the horizontal delta out of row `row`
 * of block `to` (its last row, or the pattern's). The top block gets +1 in, as the top row (or
 * the row above the band) grows by one per column; each block passes its bottom row's delta to
 * the next as a pair of bits, up and down (ph and mh are disjoint), without a branch.
 */
function stepColumn(peq: Int32Array, base: number, Pv: Int32Array, Mv: Int32Array, from: number, to: number, row: number): number {
  let up = 1;
  let down = 0;
  for (let b = from; b <= to; b++) {
    const pv = Pv[b]!;
    const mv = Mv[b]!;
    const eq = peq[base + b]! | down;
    const xv = peq[base + b]! | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const out = b === to ? row : 31;
    const nextUp = (ph >>> out) & 1;
    const nextDown = (mh >>> out) & 1;
    ph = (ph << 1) | up;
    mh = (mh << 1) | down;
    Pv[b] = mh | ~(xv | ph);
    Mv[b] = ph & xv;
    up = nextUp;
    down = nextDown;
  }
  return up - down;
}

/** The rows of blocks `from` to `to` that add one on the way down (the last block's up to the pattern's last row). */
function rising(Pv: Int32Array, from: number, to: number, lastBlock: number, lastRows: number): number {
  let count = 0;
  for (let b = from; b <= to; b++) count += popcount(b === lastBlock ? Pv[b]! & lastRows : Pv[b]!);
  return count;
}

/** Levenshtein distance of two strings (UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  const [pattern, text] = a.length >= b.length ? [b, a] : [a, b];
  const p = preparePattern(pattern);
  const table = new Uint16Array(65536);
  fillSlots(p, table);
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return patternDistance(p, table, codes, 0, codes.length, Infinity);
}
