// Builds the q-gram index of a memory. Two passes per table over the normalized sources:
// count the distinct grams of every entry, then fill the posting lists in id order (so they come
// out sorted). Character codes are narrowed to a 255-letter alphabet (rare characters share
// code 0); that only merges grams, so a list can hold extra entries but never misses one.

import type { MemoryEntry } from './entry.js';
import { HISTOGRAM_BUCKETS, type EntryStore, type FrequentGrams, type GramTable, type Histograms, type MemoryIndex } from './index-types.js';
import { normalizeForMatching } from './normalize.js';

/** Entries up to this normalized length also get a bigram table (short queries filter better on bigrams). */
export const BIGRAM_MAX_LENGTH = 40;

export function arrayStore(entries: readonly MemoryEntry[]): EntryStore {
  return { size: entries.length, get: (i) => entries[i]! };
}

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

function buildGrams(
  q: number,
  maxLength: number,
  texts: Uint16Array,
  textStart: Uint32Array,
  alphabet: Uint8Array,
  size: number,
): GramTable {
  const space = 1 << (8 * q);
  const counts = new Uint32Array(space);
  const last = new Int32Array(space).fill(-1);
  const forEachGram = (visit: (key: number, id: number) => void): void => {
    for (let id = 0; id < size; id++) {
      const start = textStart[id]!;
      const end = textStart[id + 1]!;
      const length = end - start;
      if (length > maxLength) break; // ids are in length order
      for (let at = start; at + q <= end; at++) {
        let key = 0;
        for (let i = 0; i < q; i++) key = (key << 8) | alphabet[texts[at + i]!]!;
        if (last[key] !== id) {
          last[key] = id;
          visit(key, id);
        }
      }
    }
  };
  forEachGram((key) => counts[key]!++);
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
  forEachGram((key, id) => {
    postings[counts[key]!++] = id;
  });
  return { q, maxLength, keys, starts, postings };
}

/** How many of the most common trigrams get a presence bit per entry (four 32-bit words). */
export const FREQUENT_GRAMS = 128;

function buildFrequent(trigrams: GramTable, texts: Uint16Array, textStart: Uint32Array, alphabet: Uint8Array, size: number): FrequentGrams {
  const order = Array.from(trigrams.keys.keys()).sort(
    (x, y) => trigrams.starts[y + 1]! - trigrams.starts[y]! - (trigrams.starts[x + 1]! - trigrams.starts[x]!) || x - y,
  );
  const keys = Uint32Array.from(order.slice(0, FREQUENT_GRAMS), (i) => trigrams.keys[i]!);
  const bitOf = new Int16Array(1 << 24).fill(-1);
  keys.forEach((key, f) => (bitOf[key] = f));
  const bits = new Uint32Array(size * 4);
  for (let id = 0; id < size; id++) {
    const end = textStart[id + 1]!;
    for (let at = textStart[id]!; at + 3 <= end; at++) {
      const f = bitOf[(alphabet[texts[at]!]! << 16) | (alphabet[texts[at + 1]!]! << 8) | alphabet[texts[at + 2]!]!]!;
      if (f >= 0) bits[id * 4 + (f >> 5)]! |= 1 << (f & 31);
    }
  }
  return { keys, bits };
}

/** The 31 most frequent characters get a bucket each; all others share the last one. */
function buildHistograms(texts: Uint16Array, textStart: Uint32Array, alphabet: Uint8Array, size: number): Histograms {
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
  return { bucketOf, counts };
}

/** Builds the index of the given entries' sources. */
export function buildIndex(entries: readonly MemoryEntry[]): MemoryIndex {
  return buildIndexFromStore(arrayStore(entries));
}

/** Builds the index over entries given by number (an array, or entries decoded on demand). */
export function buildIndexFromStore(entries: EntryStore): MemoryIndex {
  const size = entries.size;
  const normalized: string[] = new Array(size);
  let maxLen = 0;
  let totalChars = 0;
  for (let i = 0; i < size; i++) {
    const text = normalizeForMatching(entries.get(i).source);
    normalized[i] = text;
    totalChars += text.length;
    if (text.length > maxLen) maxLen = text.length;
  }
  // Internal ids in order of (length, text): posting lists come out sorted by length, and
  // similar entries sit side by side, so the candidates of a query share cache lines.
  const lengthStart = new Uint32Array(maxLen + 2);
  for (let i = 0; i < size; i++) lengthStart[normalized[i]!.length + 1]!++;
  for (let L = 1; L < lengthStart.length; L++) lengthStart[L]! += lengthStart[L - 1]!;
  const cursor = lengthStart.slice();
  const entryOf = new Uint32Array(size);
  for (let i = 0; i < size; i++) entryOf[cursor[normalized[i]!.length]!++] = i;
  for (let L = 0; L <= maxLen; L++) {
    const from = lengthStart[L]!;
    const to = lengthStart[L + 1]!;
    if (to - from > 1) {
      entryOf.subarray(from, to).sort((x, y) => {
        const a = normalized[x]!;
        const b = normalized[y]!;
        return a < b ? -1 : a > b ? 1 : x - y;
      });
    }
  }
  const texts = new Uint16Array(totalChars);
  const textStart = new Uint32Array(size + 1);
  let at = 0;
  for (let id = 0; id < size; id++) {
    textStart[id] = at;
    const text = normalized[entryOf[id]!]!;
    for (let c = 0; c < text.length; c++) texts[at++] = text.charCodeAt(c);
  }
  textStart[size] = at;
  normalized.length = 0;
  const alphabet = buildAlphabet(texts);
  const trigrams = buildGrams(3, Number.MAX_SAFE_INTEGER, texts, textStart, alphabet, size);
  return {
    size,
    entries,
    texts,
    textStart,
    entryOf,
    lengthStart,
    alphabet,
    trigrams,
    bigrams: buildGrams(2, BIGRAM_MAX_LENGTH, texts, textStart, alphabet, size),
    frequent: buildFrequent(trigrams, texts, textStart, alphabet, size),
    histograms: buildHistograms(texts, textStart, alphabet, size),
  };
}
