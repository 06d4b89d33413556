// Gram signatures of groups: per group, a bit set of the bigrams and trigrams of all its members,
// hashed (a Bloom filter with one hash), sized to about BITS_PER_GRAM bits per distinct gram.
// A query gram whose bit is clear is absent from every member of the group, so its positions
// must all be destroyed by the edits: when the absent positions cannot be covered by the windows
// of the allowed edits, no member can match (the cover test of index-search.ts, with full
// knowledge of the group's grams instead of the few lists read). Bits set by other grams only
// make a gram look present: the test errs toward keeping a group, never toward losing one.

import type { GramTable, Groups, Signatures } from './index-types.js';

/** Bits per distinct gram, before rounding the signature up to a power of two. */
const BITS_PER_GRAM = 6;
/** The smallest signature, in 32-bit words. */
const MIN_WORDS = 4;

/** Hash of a gram key (alphabet codes) of `q` characters: bigrams and trigrams never share one. */
export function gramHash(key: number, q: number): number {
  return Math.imul((key | (q << 24)) ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
}

/** Right shift that turns a gram hash into a bit number of a signature of `words` words (a power of two). */
export function signatureShift(words: number): number {
  return Math.clz32(words) - 4;
}

function forEachGram(
  texts: Uint16Array,
  from: number,
  to: number,
  alphabet: Uint8Array,
  visit: (key: number, q: number, at: number) => void,
): void {
  for (let at = from; at + 2 <= to; at++) {
    const pair = (alphabet[texts[at]!]! << 8) | alphabet[texts[at + 1]!]!;
    visit(pair, 2, at - from);
    if (at + 3 <= to) visit((pair << 8) | alphabet[texts[at + 2]!]!, 3, at - from);
  }
}

/**
 * Signatures of every group over the grams of its members, sized by the group's distinct
 * trigrams (counted from the trigram table's postings, which list each group once per trigram;
 * a text has about as many distinct bigrams).
 */
export function buildSignatures(texts: Uint16Array, textStart: Uint32Array, alphabet: Uint8Array, groups: Groups, trigrams: GramTable): Signatures {
  const distinct = new Uint32Array(groups.count);
  for (let at = 0; at < trigrams.postings.length; at++) distinct[trigrams.postings[at]!]!++;
  const start = new Uint32Array(groups.count + 1);
  let total = 0;
  for (let g = 0; g < groups.count; g++) {
    let words = MIN_WORDS;
    while (words * 32 < 2 * distinct[g]! * BITS_PER_GRAM) words *= 2;
    start[g] = total;
    total += words;
  }
  start[groups.count] = total;
  const words = new Uint32Array(total);
  for (let g = 0; g < groups.count; g++) {
    const base = start[g]!;
    const shift = signatureShift(start[g + 1]! - base);
    const set = (key: number, q: number): void => {
      const bit = gramHash(key, q) >>> shift;
      words[base + (bit >>> 5)]! |= 1 << (bit & 31);
    };
    for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) {
      forEachGram(texts, textStart[member]!, textStart[member + 1]!, alphabet, set);
    }
  }
  return { start, words };
}

/** Packs the two window counts of absentCover in one number. */
export const COVER_SCALE = 0x100000;

/** Greedy count of windows of `width` bits covering `mask` from its lowest bit, given bits already covered (`carry`); the new carry is left in `carried[0]`. */
function windows(mask: number, width: number, carry: number, carried: Int32Array): number {
  let x = mask & ~carry;
  let n = 0;
  carried[0] = 0;
  while (x !== 0) {
    const b = 31 - Math.clz32(x & -x);
    n++;
    x &= ~(((1 << width) - 1) << b);
    if (b + width > 32) carried[0] = (1 << (b + width - 32)) - 1;
  }
  return n;
}

const carried = new Int32Array(1);

/**
 * Greedy covers of the query positions whose gram (by `hashes`, one per position) is absent
 * from the signature at `words[base…]`: full windows of q positions and short ones of q − 1
 * (as covers() in index-search.ts), packed as full × COVER_SCALE + short; -1 as soon as either
 * exceeds its limit. Absent positions are gathered 32 at a time without a branch (whether a gram
 * is present is unpredictable), then the windows are counted on the bits.
 */
export function absentCover(
  hashes: Uint32Array,
  q: number,
  words: Uint32Array,
  base: number,
  shift: number,
  maxFull: number,
  maxShort: number,
): number {
  let full = 0;
  let short = 0;
  let fullCarry = 0;
  let shortCarry = 0;
  for (let from = 0; from < hashes.length; from += 32) {
    const end = Math.min(hashes.length, from + 32);
    let mask = 0;
    for (let p = from; p < end; p++) {
      const bit = hashes[p]! >>> shift;
      mask |= (~(words[base + (bit >>> 5)]! >>> (bit & 31)) & 1) << (p - from);
    }
    full += windows(mask, q, fullCarry, carried);
    fullCarry = carried[0]!;
    short += windows(mask, q - 1, shortCarry, carried);
    shortCarry = carried[0]!;
    if (full > maxFull || short > maxShort) return -1;
  }
  return full * COVER_SCALE + short;
}

/** Gram hashes of a text (alphabet codes) by start position, for q = 2 and 3. */
export function queryGramHashes(codes: Uint16Array, alphabet: Uint8Array): [Uint32Array, Uint32Array] {
  const m = codes.length;
  const two = new Uint32Array(Math.max(0, m - 1));
  const three = new Uint32Array(Math.max(0, m - 2));
  forEachGram(codes, 0, m, alphabet, (key, q, at) => ((q === 2 ? two : three)[at] = gramHash(key, q)));
  return [two, three];
}
