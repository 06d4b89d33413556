// Builds the q-gram index of a memory: normalized sources, made distinct (members), grouped
// into near duplicates (index-groups.ts), then the gram tables over groups. Two passes per
// table: count the distinct grams of every group, then fill the posting lists in group order
// (so they come out sorted); a small memory sorts its (gram, group) pairs instead. Character
// codes are narrowed to a 255-letter alphabet (rare characters share code 0); that only merges
// grams, so a list can hold extra groups but never misses one.

import type { MemoryEntry } from './entry.js';
import { arrayStore } from './entry-store.js';
import { groupTexts, SPAN_CLASSES, spanClass } from './index-groups.js';
import { groupMaxima } from './histogram-shortfall.js';
import { HISTOGRAM_BUCKETS, type EntryStore, type FrequentGrams, type GramTable, type Groups, type Histograms, type MemoryIndex } from './index-types.js';
import { buildSignatures } from './index-signatures.js';
import { normalizeForMatching } from './normalize.js';

/** Entries up to this normalized length also get a bigram table (short queries filter better on bigrams). */
export const BIGRAM_MAX_LENGTH = 40;

function buildAlphabet(texts: Uint16Array): Uint8Array {
  const freq = new Float64Array(65536);
  for (let i = 0; i < texts.length; i++) freq[texts[i]!]!++;
  const used: number[] = [];
  for (let c = 0; c < 65536; c++) if (freq[c]! > 0) used.push(c);
  used.sort((a, b) => freq[b]! - freq[a]! || a - b);
  const alphabet = new Uint8Array(65536);
  used.slice(0, 255).forEach((c, i) => (alphabet[c] = i + 1));
  return alphabet;
}

/** Gram key of `q` alphabet codes starting at `at`. */
export function gramKey(codes: Uint8Array | Uint16Array, alphabet: Uint8Array, at: number, q: number): number {
  let key = 0;
  for (let i = 0; i < q; i++) key = (key << 8) | alphabet[codes[at + i]!]!;
  return key >>> 0;
}

/** Below this many gram positions, a table is built by sorting them rather than in two passes over a table of every key. */
const SORTED_BUILD_LIMIT = 1 << 20;

/** The table of `q`-grams of the groups whose shortest member is at most `maxLength` long. */
export function buildGrams(
  q: number,
  maxLength: number,
  texts: Uint16Array,
  textStart: Uint32Array,
  alphabet: Uint8Array,
  groups: Groups,
  sortedLimit = SORTED_BUILD_LIMIT,
): GramTable {
  const forEachGram = (visit: (key: number, group: number) => void): void => {
    for (let g = 0; g < groups.count; g++) {
      if (groups.minLength[g]! > maxLength) continue;
      for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) {
        const end = textStart[member + 1]!;
        for (let at = textStart[member]!; at + q <= end; at++) {
          let key = 0;
          for (let i = 0; i < q; i++) key = (key << 8) | alphabet[texts[at + i]!]!;
          visit(key, g);
        }
      }
    }
  };
  let positions = 0;
  for (let g = 0; g < groups.count; g++) {
    if (groups.minLength[g]! > maxLength) continue;
    for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) positions += Math.max(0, textStart[member + 1]! - textStart[member]! - q + 1);
  }
  return positions < sortedLimit && groups.count <= GROUP_SPAN ? sortedGrams(q, maxLength, positions, forEachGram) : countedGrams(q, maxLength, forEachGram);
}

type GramVisitor = (visit: (key: number, group: number) => void) => void;

/** A key (below 2^24) times this plus a group id below it stays below 2^53: an exact double. */
const GROUP_SPAN = 2 ** 29;

/**
 * A small memory's table from its (key, group) pairs sorted: the two tables of every key that
 * countedGrams fills would cost 128 MB and tens of milliseconds for a handful of sentences.
 */
function sortedGrams(q: number, maxLength: number, positions: number, forEachGram: GramVisitor): GramTable {
  // Key and group in one double, sorted by key, then group.
  const pairs = new Float64Array(positions);
  let n = 0;
  forEachGram((key, g) => (pairs[n++] = key * GROUP_SPAN + g));
  pairs.sort();
  const keys: number[] = [];
  const starts: number[] = [];
  const postings: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && pairs[i] === pairs[i - 1]) continue;
    const key = Math.floor(pairs[i]! / GROUP_SPAN);
    if (keys.length === 0 || keys[keys.length - 1] !== key) {
      keys.push(key);
      starts.push(postings.length);
    }
    postings.push(pairs[i]! - key * GROUP_SPAN);
  }
  starts.push(postings.length);
  return { q, maxLength, keys: Uint32Array.from(keys), starts: Uint32Array.from(starts), postings: Uint32Array.from(postings) };
}

/** A table in two passes over every possible key: count each group's distinct grams, then fill the lists in group order. */
function countedGrams(q: number, maxLength: number, forEachGram: GramVisitor): GramTable {
  const space = 1 << (8 * q);
  const counts = new Uint32Array(space);
  const last = new Int32Array(space).fill(-1);
  // Each group once per key: a key's last group is remembered.
  const distinctGrams = (visit: (key: number, group: number) => void): void =>
    forEachGram((key, g) => {
      if (last[key] !== g) {
        last[key] = g;
        visit(key, g);
      }
    });
  distinctGrams((key) => counts[key]!++);
  let distinct = 0;
  let total = 0;
  for (let k = 0; k < space; k++) {
    if (counts[k]! > 0) {
      distinct++;
      total += counts[k]!;
    }
  }
  const keys = new Uint32Array(distinct);
  const starts = new Uint32Array(distinct + 1);
  let d = 0;
  let offset = 0;
  for (let k = 0; k < space; k++) {
    const c = counts[k]!;
    if (c === 0) continue;
    keys[d] = k;
    starts[d] = offset;
    counts[k] = offset; // from here on: the fill cursor of key k
    offset += c;
    d++;
  }
  starts[distinct] = total;
  const postings = new Uint32Array(total);
  last.fill(-1);
  distinctGrams((key, g) => {
    postings[counts[key]!++] = g;
  });
  return { q, maxLength, keys, starts, postings };
}

/** How many of the most common trigrams get a presence bit per group (four 32-bit words). */
export const FREQUENT_GRAMS = 128;

/** The trigram table lists every group: a frequent trigram's list says which groups get its bit. */
function buildFrequent(trigrams: GramTable, groups: Groups): FrequentGrams {
  const order = Array.from(trigrams.keys.keys()).sort(
    (x, y) => trigrams.starts[y + 1]! - trigrams.starts[y]! - (trigrams.starts[x + 1]! - trigrams.starts[x]!) || x - y,
  );
  const slots = order.slice(0, FREQUENT_GRAMS);
  const keys = Uint32Array.from(slots, (i) => trigrams.keys[i]!);
  const groupBits = new Uint32Array(groups.count * 4);
  slots.forEach((slot, f) => {
    for (let at = trigrams.starts[slot]!; at < trigrams.starts[slot + 1]!; at++) groupBits[trigrams.postings[at]! * 4 + (f >> 5)]! |= 1 << (f & 31);
  });
  return { keys, groupBits };
}

/** The 31 most frequent characters get a bucket each; all others share the last one. */
function buildHistograms(texts: Uint16Array, textStart: Uint32Array, alphabet: Uint8Array, groupStart: Uint32Array): Histograms {
  const size = textStart.length - 1;
  const bucketOf = new Uint8Array(65536).fill(HISTOGRAM_BUCKETS - 1);
  for (let c = 0; c < 65536; c++) {
    const code = alphabet[c]!;
    if (code > 0 && code < HISTOGRAM_BUCKETS) bucketOf[c] = code - 1;
  }
  const counts = new Uint8Array(size * HISTOGRAM_BUCKETS);
  for (let id = 0; id < size; id++) {
    const base = id * HISTOGRAM_BUCKETS;
    const end = textStart[id + 1]!;
    for (let at = textStart[id]!; at < end; at++) {
      const slot = base + bucketOf[texts[at]!]!;
      if (counts[slot]! < 255) counts[slot]!++;
    }
  }
  // Made here rather than at the first search: a loaded index then has them without a pass over
  // every member's histogram (0.18 s at a million segments).
  return { bucketOf, counts, groupMaxima: groupMaxima(counts, groupStart), shares: bucketShares(counts) };
}

/** Each bucket's share of the characters counted in `counts` (one histogram per member). */
function bucketShares(counts: Uint8Array): Float64Array {
  const shares = new Float64Array(HISTOGRAM_BUCKETS);
  for (let base = 0; base < counts.length; base += HISTOGRAM_BUCKETS) {
    for (let b = 0; b < HISTOGRAM_BUCKETS; b++) shares[b]! += counts[base + b]!;
  }
  const total = shares.reduce((sum, n) => sum + n, 0);
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) shares[b] = total === 0 ? 0 : shares[b]! / total;
  return shares;
}

/** Builds the index of the given entries' sources. */
export function buildIndex(entries: readonly MemoryEntry[]): MemoryIndex {
  return buildIndexFromStore(arrayStore(entries));
}

/** Distinct normalized sources, and for every entry the number of its own. */
function distinctSources(entries: EntryStore, sources?: readonly string[]): { distinct: string[]; textOfEntry: Uint32Array } {
  const numberOf = new Map<string, number>();
  const distinct: string[] = [];
  const textOfEntry = new Uint32Array(entries.size);
  for (let i = 0; i < entries.size; i++) {
    const text = normalizeForMatching(sources ? sources[i]! : entries.get(i).source);
    let t = numberOf.get(text);
    if (t === undefined) {
      t = distinct.length;
      distinct.push(text);
      numberOf.set(text, t);
    }
    textOfEntry[i] = t;
  }
  return { distinct, textOfEntry };
}

/** Groups in span-class order (see Groups), as lists of text numbers, shortest member first. */
function groupsByClass(distinct: readonly string[]): { lists: number[][]; perClass: number[]; repDistance: Uint16Array } {
  const grouping = groupTexts(distinct);
  const classed: number[][][] = SPAN_CLASSES.map(() => []);
  for (const list of grouping.groups) {
    classed[spanClass(distinct[list[list.length - 1]!]!.length - distinct[list[0]!]!.length)]!.push(list);
  }
  return { lists: classed.flat(), perClass: classed.map((c) => c.length), repDistance: grouping.repDistance };
}

/** `start[L]` = first position whose length is at least L, for items in length order. */
function lengthDirectory(lengths: ArrayLike<number>, maxLen: number, into: Uint32Array, offset: number, first: number): void {
  for (let i = 0; i < lengths.length; i++) into[offset + lengths[i]! + 1]!++;
  into[offset] = first;
  for (let L = 1; L < maxLen + 2; L++) into[offset + L]! += into[offset + L - 1]!;
}

/**
 * Builds the index over entries given by number (an array, or entries decoded on demand);
 * `sources`, the entries' sources in order, spares decoding them.
 */
export function buildIndexFromStore(entries: EntryStore, sources?: readonly string[], onStep?: (step: string) => void): MemoryIndex {
  const size = entries.size;
  onStep?.('normalizing the sources');
  const { distinct, textOfEntry } = distinctSources(entries, sources);
  const members = distinct.length;
  onStep?.('grouping near duplicates');
  const { lists, perClass, repDistance: repOfText } = groupsByClass(distinct);

  // Members numbered group by group; their texts concatenated in that order.
  const count = lists.length;
  const groupStart = new Uint32Array(count + 1);
  const memberOfText = new Uint32Array(members);
  const repDistance = new Uint16Array(members);
  const textStart = new Uint32Array(members + 1);
  let maxLen = 0;
  let totalChars = 0;
  let m = 0;
  lists.forEach((list, g) => {
    groupStart[g] = m;
    for (const t of list) {
      memberOfText[t] = m;
      repDistance[m] = repOfText[t]!;
      textStart[m++] = totalChars;
      totalChars += distinct[t]!.length;
      maxLen = Math.max(maxLen, distinct[t]!.length);
    }
  });
  groupStart[count] = m;
  textStart[members] = totalChars;
  const texts = new Uint16Array(totalChars);
  distinct.forEach((text, t) => {
    const start = textStart[memberOfText[t]!]!;
    for (let c = 0; c < text.length; c++) texts[start + c] = text.charCodeAt(c);
  });
  distinct.length = 0;

  // Entries by member (counting sort, entry order kept within a member).
  const sameStart = new Uint32Array(members + 1);
  for (let i = 0; i < size; i++) sameStart[memberOfText[textOfEntry[i]!]! + 1]!++;
  for (let member = 0; member < members; member++) sameStart[member + 1]! += sameStart[member]!;
  const sameEntries = new Uint32Array(size);
  const fill = sameStart.slice(0, members);
  for (let i = 0; i < size; i++) sameEntries[fill[memberOfText[textOfEntry[i]!]!]!++] = i;

  // Members by length, for the lengths whose members are all verified.
  const memberLengths = new Uint32Array(members);
  for (let member = 0; member < members; member++) memberLengths[member] = textStart[member + 1]! - textStart[member]!;
  const lengthStart = new Uint32Array(maxLen + 2);
  lengthDirectory(memberLengths, maxLen, lengthStart, 0, 0);
  const byLength = new Uint32Array(members);
  const cursor = lengthStart.slice();
  for (let member = 0; member < members; member++) byLength[cursor[memberLengths[member]!]!++] = member;

  // Groups: shortest and longest member, and a length directory per span class.
  const minLength = new Uint32Array(count);
  const maxLength = new Uint32Array(count);
  for (let g = 0; g < count; g++) {
    minLength[g] = memberLengths[groupStart[g]!]!;
    maxLength[g] = memberLengths[groupStart[g + 1]! - 1]!;
  }
  const stride = maxLen + 2;
  const groupLengthStart = new Uint32Array(SPAN_CLASSES.length * stride);
  let first = 0;
  perClass.forEach((n, c) => {
    lengthDirectory(minLength.subarray(first, first + n), maxLen, groupLengthStart, c * stride, first);
    first += n;
  });
  const groups: Groups = { count, start: groupStart, minLength, maxLength, lengthStart: groupLengthStart, repDistance };

  onStep?.('building the gram tables');
  const alphabet = buildAlphabet(texts);
  const trigrams = buildGrams(3, Number.MAX_SAFE_INTEGER, texts, textStart, alphabet, groups);
  const bigrams = buildGrams(2, BIGRAM_MAX_LENGTH, texts, textStart, alphabet, groups);
  onStep?.('signatures and histograms');
  return {
    size,
    entries,
    texts,
    textStart,
    sameStart,
    sameEntries,
    byLength,
    lengthStart,
    groups,
    alphabet,
    trigrams,
    bigrams,
    frequent: buildFrequent(trigrams, groups),
    histograms: buildHistograms(texts, textStart, alphabet, groupStart),
    signatures: buildSignatures(texts, textStart, alphabet, groups, trigrams),
  };
}
