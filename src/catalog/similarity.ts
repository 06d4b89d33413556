// How alike two versions of a sentence are, from 0 (nothing shared) to 1 (same text).
//
// The score is the better of two views, because edits come in two shapes:
// - character similarity, 1 − Levenshtein / longer length: a typo fix or a figure update
//   changes a few characters, so it scores close to 1;
// - word overlap, the Dice coefficient of the word multisets 2·|A∩B| / (|A| + |B|): rewording,
//   re-ordering, and the halves of a split (or a merge) keep most words. The larger half of a
//   split sentence always scores at least 2/3, so it keeps the ID.

import { distance } from 'fastest-levenshtein';
import { normalizeText } from './text.js';

/**
 * Minimum similarity for an edited sentence to keep its ID when it stands where the old one
 * stood: between the same unchanged neighbours (a changed region of the document).
 */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * Minimum similarity for an edited sentence to keep its ID when it is found anywhere else in the
 * document (edited and moved): higher, since position no longer vouches for it.
 */
export const MOVED_SIMILARITY_THRESHOLD = 0.75;

/** A sentence prepared for repeated comparisons. */
export interface TextProfile {
  /** Lower-cased normalized text. */
  chars: string;
  /** Word counts (accents removed). */
  words: Map<string, number>;
  wordCount: number;
  /** Character bigrams of `chars` as sorted codes, for a cheap bound before Levenshtein. */
  bigrams: Uint32Array;
}

/** Prepare `text` for `similarityOf`. */
export function profileOf(text: string): TextProfile {
  const chars = normalizeText(text).toLowerCase();
  const words = new Map<string, number>();
  let wordCount = 0;
  // Words compare without accents: fixing "etait" into "était" is not a rewrite.
  for (const [word] of chars.normalize('NFD').replace(/\p{Mn}/gu, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    words.set(word, (words.get(word) ?? 0) + 1);
    wordCount++;
  }
  const bigrams = new Uint32Array(Math.max(0, chars.length - 1));
  for (let k = 0; k + 1 < chars.length; k++) bigrams[k] = chars.charCodeAt(k) * 0x10000 + chars.charCodeAt(k + 1);
  bigrams.sort();
  return { chars, words, wordCount, bigrams };
}

/**
 * Similarity of two prepared texts, or 0 when it cannot reach `atLeast` (checked from lengths
 * first, so unrelated sentences of very different sizes cost nothing).
 */
export function similarityOf(a: TextProfile, b: TextProfile, atLeast = 0): number {
  const longer = Math.max(a.chars.length, b.chars.length);
  if (longer === 0) return 1;
  const charBound = Math.min(a.chars.length, b.chars.length) / longer;
  const wordTotal = a.wordCount + b.wordCount;
  const wordBound = wordTotal === 0 ? 0 : (2 * Math.min(a.wordCount, b.wordCount)) / wordTotal;
  if (charBound < atLeast && wordBound < atLeast) return 0;

  const words = wordTotal === 0 ? 0 : (2 * sharedWords(a.words, b.words)) / wordTotal;
  if (charBound < atLeast || words >= charBound) return words >= atLeast ? words : 0;
  // Each edit breaks at most two bigrams of the longer text, so d ≥ (longer − 1 − shared) / 2.
  const bigramBound = (longer + 1 + sharedBigrams(a.bigrams, b.bigrams)) / (2 * longer);
  if (bigramBound < atLeast || words >= bigramBound) return words >= atLeast ? words : 0;
  const chars = 1 - distance(a.chars, b.chars) / longer;
  const score = Math.max(chars, words);
  return score >= atLeast ? score : 0;
}

/** Similarity of two sentences (see the module comment). */
export function similarity(a: string, b: string): number {
  return similarityOf(profileOf(a), profileOf(b));
}

/** Size of the intersection of two word multisets. */
function sharedWords(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return shared;
}

/** Size of the intersection of two sorted multisets. */
function sharedBigrams(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, k = 0; i < a.length && k < b.length; ) {
    if (a[i] === b[k]) {
      shared++;
      i++;
      k++;
    } else if (a[i]! < b[k]!) {
      i++;
    } else {
      k++;
    }
  }
  return shared;
}
