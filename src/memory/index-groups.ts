// Groups of near-duplicate sources. A newsroom's memory holds the same sentence many times
// over with a figure, a name or a clause changed; the index lists each group once in its
// posting lists (under the union of its members' grams), so a query reads and counts one
// posting where it would read one per version. The filters stay lossless: a member holds no
// gram its group lacks, so every bound computed on the group holds for each member.
//
// Near duplicates are found cheaply: a version made by one edit (a figure, a word, a clause)
// shares its start or its end with the sentence it was made from, so texts are compared only
// with those sharing their first or last characters, and linked when their common prefix and
// suffix leave a short edit. Groups are capped in size and in length span, so a chain of small
// differences cannot grow into a group that matches everything.

import { distance } from 'fastest-levenshtein';

/** Most members in a group. */
export const MAX_GROUP = 16;
/** Largest difference between the longest and the shortest member of a group. */
export const MAX_SPAN = 24;
/** Characters that near duplicates must share at their start or at their end to be compared. */
const KEY = 8;
/** Shorter texts are left alone: a few characters say too little about what a text is. */
const MIN_LINKED = KEY + 2;
/** Buckets up to this size compare every pair; larger ones only neighbours in sorted order. */
const SMALL_BUCKET = 16;
/**
 * How many neighbours in sorted order a text of a large bucket is compared with. Measured at a
 * million segments: 2 left 271,471 groups, 8 left 243,690 and answered 454 against 436 q/s (the
 * same process, each building its own index); 16 gained nothing more. The real memory: no change.
 */
const NEIGHBOURS = 8;

/** Largest one-region edit that links two texts, by the length of the longer one. */
export function linkLimit(longer: number): number {
  return Math.max(3, Math.min(12, Math.floor(longer / 3)));
}

/** Lengths of the common prefix of `a` and `b` and of their common suffix (not overlapping it). */
function commonEnds(a: string, b: string): [number, number] {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

/**
 * Upper bound of the edit distance of `a` and `b` from their common prefix and suffix: the
 * rest of the longer one, rewritten in place (exact when they differ in one region).
 */
export function oneRegionBound(a: string, b: string): number {
  const [prefix, suffix] = commonEnds(a, b);
  return Math.max(a.length, b.length) - prefix - suffix;
}

/** Compares two texts read from their last character back. */
function compareBackwards(a: string, b: string): number {
  let i = a.length - 1;
  let j = b.length - 1;
  while (i >= 0 && j >= 0) {
    const d = a.charCodeAt(i--) - b.charCodeAt(j--);
    if (d !== 0) return d;
  }
  return i - j;
}

/**
 * The three characters after the first (or last) KEY of a text as one number, ordered as the
 * strings are (a missing character first): 17 bits each, a character's code plus one.
 */
function afterKey(text: string, fromEnd: boolean): number {
  let key = 0;
  for (let c = KEY; c < KEY + 3; c++) {
    const at = fromEnd ? text.length - 1 - c : c;
    key = key * 0x20000 + (at >= 0 && at < text.length ? text.charCodeAt(at) + 1 : 0);
  }
  return key;
}

/** Stored for a member whose distance to its representative does not fit: it bounds nothing. */
export const FAR = 0xffff;

export interface Grouping {
  /** Groups of text numbers, shortest member (the representative) first; groups by its length. */
  groups: number[][];
  /** Per text number: its edit distance to its group's representative (FAR if that is too large to store). */
  repDistance: Uint16Array;
}

/** The span classes: a group's class is the first whose limit its length span does not exceed. */
export const SPAN_CLASSES = [0, 4, 12, MAX_SPAN] as const;

export function spanClass(span: number): number {
  let c = 0;
  while (SPAN_CLASSES[c]! < span) c++;
  return c;
}

/** Groups distinct texts into near-duplicate groups (deterministic for a given input). */
export function groupTexts(texts: readonly string[]): Grouping {
  const n = texts.length;
  const parent = new Int32Array(n);
  const size = new Uint16Array(n).fill(1);
  const minLength = new Uint32Array(n);
  const maxLength = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    minLength[i] = maxLength[i] = texts[i]!.length;
  }
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const link = (x: number, y: number): void => {
    const a = texts[x]!;
    const b = texts[y]!;
    const longer = Math.max(a.length, b.length);
    if (Math.abs(a.length - b.length) > linkLimit(longer) || oneRegionBound(a, b) > linkLimit(longer)) return;
    const rx = root(x);
    const ry = root(y);
    if (rx === ry || size[rx]! + size[ry]! > MAX_GROUP) return;
    const lo = Math.min(minLength[rx]!, minLength[ry]!);
    const hi = Math.max(maxLength[rx]!, maxLength[ry]!);
    if (hi - lo > MAX_SPAN) return;
    const [big, small] = size[rx]! >= size[ry]! ? [rx, ry] : [ry, rx];
    parent[small] = big;
    size[big]! += size[small]!;
    minLength[big] = lo;
    maxLength[big] = hi;
  };
  // Texts that share their first (or last) KEY characters are compared: every pair in a small
  // bucket, neighbours in text order (read backwards for suffixes) in a large one.
  // Buckets by a hash of the key, as (hash, text number) packed in one sortable number.
  const idBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(32, 53 - idBits);
  const packed = new Float64Array(n);
  const nextKey = new Float64Array(n);
  const bucket: number[] = [];
  for (const fromEnd of [false, true]) {
    let count = 0;
    for (let i = 0; i < n; i++) {
      const text = texts[i]!;
      if (text.length < MIN_LINKED) continue;
      let hash = 0x811c9dc5;
      for (let c = 0; c < KEY; c++) hash = Math.imul(hash ^ text.charCodeAt(fromEnd ? text.length - 1 - c : c), 0x01000193);
      packed[count++] = (hash >>> (32 - hashBits)) * 2 ** idBits + i;
    }
    const sorted = packed.subarray(0, count).sort();
    for (let at = 0; at < count; ) {
      const hash = Math.floor(sorted[at]! / 2 ** idBits);
      bucket.length = 0;
      for (; at < count && Math.floor(sorted[at]! / 2 ** idBits) === hash; at++) bucket.push(sorted[at]! - hash * 2 ** idBits);
      if (bucket.length < 2) continue;
      if (bucket.length <= SMALL_BUCKET) {
        for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) link(bucket[x]!, bucket[y]!);
        continue;
      }
      // The characters after the shared key, as a number, order most pairs without comparing the strings.
      for (const i of bucket) nextKey[i] = afterKey(texts[i]!, fromEnd);
      bucket.sort(
        fromEnd
          ? (x, y) => nextKey[x]! - nextKey[y]! || compareBackwards(texts[x]!, texts[y]!)
          : (x, y) => nextKey[x]! - nextKey[y]! || (texts[x]! < texts[y]! ? -1 : 1),
      );
      for (let i = 1; i < bucket.length; i++) {
        for (let back = 1; back <= NEIGHBOURS && back <= i; back++) link(bucket[i - back]!, bucket[i]!);
      }
    }
  }

  // Members of a group: the representative (shortest, then first in text order) leads.
  const byText = (x: number, y: number): number => {
    const a = texts[x]!;
    const b = texts[y]!;
    return a.length - b.length || (a < b ? -1 : a > b ? 1 : x - y);
  };
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const groups = [...members.values()];
  for (const list of groups) if (list.length > 1) list.sort(byText);
  // By representative length (a stable sort: the order is the texts' order otherwise).
  groups.sort((x, y) => texts[x[0]!]!.length - texts[y[0]!]!.length);

  const repDistance = new Uint16Array(n);
  for (const list of groups) {
    const rep = texts[list[0]!]!;
    for (let at = 1; at < list.length; at++) {
      // A common prefix and suffix do not change the distance: only the middles are compared.
      const text = texts[list[at]!]!;
      const [prefix, suffix] = commonEnds(rep, text);
      const d = distance(rep.slice(prefix, rep.length - suffix), text.slice(prefix, text.length - suffix));
      repDistance[list[at]!] = Math.min(FAR, d);
    }
  }
  return { groups, repDistance };
}
