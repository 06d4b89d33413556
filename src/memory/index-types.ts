// The in-memory shape of a translation-memory index, all typed arrays. Three levels: entries
// (the memory), members (distinct normalized sources) and groups (near-duplicate members,
// which the posting lists list once). Groups are numbered by their shortest member, so "groups
// that may hold a member of length 30 to 53" is one id range.

import type { MemoryEntry } from './entry.js';
import type { EncodedEntries } from './entry-store.js';

/** Entries by number, either an array built in this process or lazily decoded from a loaded index. */
export interface EntryStore {
  readonly size: number;
  get(index: number): MemoryEntry;
  /** Only the entry's target, where the store can read it without decoding the whole entry. */
  target?(index: number): string;
  /** The entries as the index file stores them, when the store holds them so (entry-store.ts). */
  encoded?(): EncodedEntries;
}

/** An inverted index of q-grams: for each gram key, the sorted ids of the groups containing it. */
export interface GramTable {
  readonly q: number;
  /** Groups whose shortest member is longer than this are not in the table (the bigram table only holds short ones). */
  readonly maxLength: number;
  /** Distinct gram keys, ascending. */
  readonly keys: Uint32Array;
  /** `postings[starts[i], starts[i + 1])` lists the groups containing `keys[i]`. */
  readonly starts: Uint32Array;
  readonly postings: Uint32Array;
}

export interface MemoryIndex {
  /** Entries in the memory. */
  readonly size: number;
  readonly entries: EntryStore;
  /**
   * Members are the distinct normalized sources; entries with the same one share a member.
   * `texts[textStart[m], textStart[m + 1])` is the normalized source of member `m`.
   */
  readonly texts: Uint16Array;
  readonly textStart: Uint32Array;
  /** `sameEntries[sameStart[m], sameStart[m + 1])`: the entry numbers of member `m`. */
  readonly sameStart: Uint32Array;
  readonly sameEntries: Uint32Array;
  /** Member ids in order of length; `lengthStart[L]` = first position in it with length ≥ L. */
  readonly byLength: Uint32Array;
  readonly lengthStart: Uint32Array;
  /** Groups of near-duplicate members (see index-groups.ts), the unit of the gram tables. */
  readonly groups: Groups;
  /** UTF-16 code unit → gram alphabet code (1..255 for frequent characters, 0 for all others). */
  readonly alphabet: Uint8Array;
  /** Posting lists of group ids: a group is listed under every gram of any of its members. */
  readonly trigrams: GramTable;
  readonly bigrams: GramTable;
  /** The most frequent trigrams and which of them every group contains. */
  readonly frequent: FrequentGrams;
  /** Per member, a coarse character histogram: the cheapest lower bound on the edit distance. */
  readonly histograms: Histograms;
  /** Per group, which bigrams and trigrams its members may contain (index-signatures.ts). */
  readonly signatures: Signatures;
  /**
   * Set on an index of units that replaced some of the previous index's in place (a memory file
   * changed since that index was cached): entry i stands in the place of entry `replaces[i]` of
   * the nearest index before it without this field, which no longer answers (memory-set.ts).
   */
  readonly replaces?: Uint32Array;
}

/**
 * `words[start[g], start[g + 1])` is group g's signature, a power-of-two number of words: bit
 * `gramHash(key, q) >>> signatureShift(words)` is set for every gram of every member.
 */
export interface Signatures {
  readonly start: Uint32Array;
  readonly words: Uint32Array;
}

/**
 * Members `[start[g], start[g + 1])` form group `g`; its first member is its representative
 * and is the shortest. Groups are numbered by span class (SPAN_CLASSES in index-groups.ts),
 * then by shortest member: the groups that may hold a member of length lo..hi are then, in each
 * class, one id range that reaches below lo by no more than the class's span.
 */
export interface Groups {
  readonly count: number;
  readonly start: Uint32Array;
  readonly minLength: Uint32Array;
  readonly maxLength: Uint32Array;
  /** `lengthStart[c * stride + L]` = first group of class c whose shortest member has at least L characters (stride = lengthStart.length / classes). */
  readonly lengthStart: Uint32Array;
  /** Per member, its edit distance to its group's representative (FAR in index-groups.ts when too large to store). */
  readonly repDistance: Uint16Array;
}

/**
 * Presence bits of the FREQUENT_GRAMS most common trigrams. The group filter reads these instead
 * of the longest posting lists: `groupBits[g * 4 + (f >> 5)]` bit `f & 31` tells whether a member
 * of group `g` contains `keys[f]`.
 */
export interface FrequentGrams {
  /** Gram keys, in no particular order (position = bit number). */
  readonly keys: Uint32Array;
  readonly groupBits: Uint32Array;
}

/** Characters per bucket of the coarse histograms (one byte per bucket and entry). */
export const HISTOGRAM_BUCKETS = 32;

/**
 * `counts[m * HISTOGRAM_BUCKETS + bucketOf[c]]` = characters of member `m` in c's bucket, capped at
 * 255. An edit changes one character, so the query characters a member lacks (bucket by bucket)
 * are at most the distance, and merging characters into buckets only lowers that bound.
 */
export interface Histograms {
  readonly bucketOf: Uint8Array;
  readonly counts: Uint8Array;
  /** Per group, the largest count of each bucket among its members, laid out as `counts`: what no member exceeds. */
  readonly groupMaxima: Uint8Array;
  /** Each bucket's share of all the characters in the memory (a search tests the buckets where a query stands out first). */
  readonly shares: Float64Array;
}
