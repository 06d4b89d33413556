// The in-memory shape of a translation-memory index. Everything is typed arrays over internal
// ids, which number the entries in order of normalized source length: a posting list sorted by
// id is then also sorted by length, and "entries of length 30 to 53" is one id range.

import type { MemoryEntry } from './entry.js';

/** Entries by number, either an array built in this process or lazily decoded from a loaded index. */
export interface EntryStore {
  readonly size: number;
  get(index: number): MemoryEntry;
}

/** An inverted index of q-grams: for each gram key, the sorted internal ids of entries containing it. */
export interface GramTable {
  readonly q: number;
  /** Entries longer than this are not in the table (the bigram table only holds short entries). */
  readonly maxLength: number;
  /** Distinct gram keys, ascending. */
  readonly keys: Uint32Array;
  /** `postings[starts[i], starts[i + 1])` lists the entries containing `keys[i]`. */
  readonly starts: Uint32Array;
  readonly postings: Uint32Array;
}

export interface MemoryIndex {
  readonly size: number;
  readonly entries: EntryStore;
  /** Normalized sources (see normalizeForMatching), concatenated by internal id. */
  readonly texts: Uint16Array;
  /** `texts[textStart[id], textStart[id + 1])` is the normalized source of internal id `id`. */
  readonly textStart: Uint32Array;
  /** Internal id → entry number in `entries`. */
  readonly entryOf: Uint32Array;
  /** `lengthStart[L]` = first internal id whose normalized source has at least L characters. */
  readonly lengthStart: Uint32Array;
  /** UTF-16 code unit → gram alphabet code (1..255 for frequent characters, 0 for all others). */
  readonly alphabet: Uint8Array;
  readonly trigrams: GramTable;
  readonly bigrams: GramTable;
  /** The most frequent trigrams and, per internal id, which of them the entry contains. */
  readonly frequent: FrequentGrams;
  /** Per entry, a coarse character histogram: the cheapest lower bound on the edit distance. */
  readonly histograms: Histograms;
}

/** Characters per bucket of the coarse histograms (one byte per bucket and entry). */
export const HISTOGRAM_BUCKETS = 32;

/**
 * `counts[id * HISTOGRAM_BUCKETS + bucketOf[c]]` = characters of entry `id` in c's bucket, capped at
 * 255. An edit changes one character, so the query characters an entry lacks (bucket by bucket)
 * are at most the distance, and merging characters into buckets only lowers that bound.
 */
export interface Histograms {
  readonly bucketOf: Uint8Array;
  readonly counts: Uint8Array;
}

/**
 * Presence bits of the FREQUENT_GRAMS most common trigrams in every entry. The filter reads
 * these instead of the longest posting lists: `bits[id * 4 + (f >> 5)]` bit `f & 31` tells
 * whether entry `id` contains `keys[f]`.
 */
export interface FrequentGrams {
  /** Gram keys, in no particular order (position = bit number). */
  readonly keys: Uint32Array;
  readonly bits: Uint32Array;
}
