// Gram signatures of groups: every gram of every member is in its group's signature, the cover
// of the grams a signature lacks counts windows as the search's bounds do, and long queries
// (which test signatures) still find exactly what brute force finds, at the limit of the edits.
import { describe, expect, it } from 'vitest';
import { bruteForceSearch } from '../src/memory/brute-force.js';
import { searchIndex } from '../src/memory/index-search.js';
import { absentCover, COVER_SCALE, gramHash, queryGramHashes, signatureShift } from '../src/memory/index-signatures.js';
import { buildIndex, normalizeForMatching } from '../src/memory/index.js';
import { prng } from './support/prng.js';

const codesOf = (text: string): Uint16Array => Uint16Array.from(text, (c) => c.charCodeAt(0));

/** Whether the signature of group g has the bit of a gram hash. */
function has(words: Uint32Array, start: Uint32Array, g: number, hash: number): boolean {
  const bit = hash >>> signatureShift(start[g + 1]! - start[g]!);
  return ((words[start[g]! + (bit >>> 5)]! >>> (bit & 31)) & 1) === 1;
}

describe('buildSignatures', () => {
  it('sets the bit of every bigram and trigram of every member of a group', () => {
    const sources = [
      'le bilan de la frappe sur le marché de la vieille ville',
      'le bilan de la frappe sur le marché de la ville',
      'le bilan de la frappe sur le marché de la vieille ville 426',
      'un tout autre texte, sans rapport',
      'ab',
      'x',
      '',
    ];
    const index = buildIndex(sources.map((source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })));
    const { start, words } = index.signatures;
    expect(start.length).toBe(index.groups.count + 1);
    for (let g = 0; g < index.groups.count; g++) {
      const size = start[g + 1]! - start[g]!;
      expect(size & (size - 1)).toBe(0); // a power of two
      for (let member = index.groups.start[g]!; member < index.groups.start[g + 1]!; member++) {
        const codes = index.texts.subarray(index.textStart[member]!, index.textStart[member + 1]!);
        const [two, three] = queryGramHashes(codes, index.alphabet);
        for (const hash of [...two, ...three]) expect(has(words, start, g, hash)).toBe(true);
      }
    }
  });

  it('tells a bigram from the trigram with the same key', () => {
    expect(gramHash(0x0102, 2)).not.toBe(gramHash(0x0102, 3));
  });
});

describe('absentCover', () => {
  // A signature of 4 words holding exactly the grams of `present`, so that the others are absent.
  const alphabet = Uint8Array.from({ length: 65536 }, (_, c) => (c < 255 ? c + 1 : 0));
  function signatureOf(present: string): Uint32Array {
    const words = new Uint32Array(4);
    const [two, three] = queryGramHashes(codesOf(present), alphabet);
    for (const hash of [...two, ...three]) {
      const bit = hash >>> signatureShift(4);
      words[bit >>> 5]! |= 1 << (bit & 31);
    }
    return words;
  }
  const query = 'abcdefghijklmnop';

  it.each([
    // [label, text whose grams are present, q, full windows, short windows]
    ['all present', query, 2, 0, 0],
    ['all present (trigrams)', query, 3, 0, 0],
    ['one substitution: two bigrams, one window', 'abcdefgXijklmnop', 2, 1, 2],
    ['one substitution: three trigrams, one window', 'abcdefgXijklmnop', 3, 1, 2],
    // Positions 1–6 absent: two windows of three, or three of two.
    ['two substitutions three apart', 'abcXefXhijklmnop', 3, 2, 3],
    ['two substitutions four apart: windows 1–3 and 5–7', 'abcXefgXijklmnop', 3, 2, 4],
  ])('%s', (_label, present, q, full, short) => {
    const words = signatureOf(present);
    // No collision in so small a test: each gram absent from `present` is absent from the signature.
    const [two, three] = queryGramHashes(codesOf(query), alphabet);
    const packed = absentCover(q === 2 ? two : three, q, words, 0, signatureShift(4), 100, 100);
    expect([Math.floor(packed / COVER_SCALE), packed % COVER_SCALE]).toEqual([full, short]);
  });

  it('gives up as soon as either count is over its limit', () => {
    const words = signatureOf('abcXefXhijklmnop');
    const [, three] = queryGramHashes(codesOf(query), alphabet);
    expect(absentCover(three, 3, words, 0, signatureShift(4), 1, 100)).toBe(-1);
    expect(absentCover(three, 3, words, 0, signatureShift(4), 100, 2)).toBe(-1);
    expect(absentCover(three, 3, words, 0, signatureShift(4), 2, 3)).toBe(2 * COVER_SCALE + 3);
  });

  it('counts windows across the 32-position words of its bit mask', () => {
    const long = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    // Substitutions at 30 and 33: trigram windows 28–30 and 31–33, on both sides of position 32.
    const present = `${long.slice(0, 30)}#${long.slice(31, 33)}#${long.slice(34)}`;
    const [, three] = queryGramHashes(codesOf(long), alphabet);
    const words = new Uint32Array(64);
    for (const hash of queryGramHashes(codesOf(present), alphabet)[1]) {
      const bit = hash >>> signatureShift(64);
      words[bit >>> 5]! |= 1 << (bit & 31);
    }
    const packed = absentCover(three, 3, words, 0, signatureShift(64), 100, 100);
    expect(Math.floor(packed / COVER_SCALE)).toBe(2);
  });
});

describe('long queries, which test signatures', () => {
  it('find exactly what brute force finds, with edits spread to the limit', () => {
    const random = prng(99);
    const letters = 'abcdefghijklmnopqrstuvwxyzéèàç';
    const word = () => Array.from({ length: 2 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * letters.length)]).join('');
    // 88 distinct characters: no gram occurs twice, so each one an edit destroys is absent.
    const distinct = (from: number, n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(from + i)).join('');
    const base = `abcdefghijklmnopqrstuvwxyz0123456789${distinct(0x430, 32)}${distinct(0x3b1, 20)}`;
    /** `n` substitutions `gap` apart from `from`: with gap 3 they reach the limit of full windows, with gap 4 that of short ones too. */
    const spaced = (n: number, gap: number, from: number) => {
      const chars = [...base];
      for (let e = 0; e < n; e++) chars[from + gap * e] = '#';
      return chars.join('');
    };
    const k = Math.floor(base.length / 4);
    const memory = [
      ...Array.from({ length: 1500 }, () => Array.from({ length: 14 }, word).join(' ')),
      spaced(k, 3, 2),
      spaced(k + 1, 3, 2),
      spaced(k, 4, 2),
      spaced(k + 1, 4, 1),
      `${base}${distinct(0x5d0, 20)}`,
    ];
    const index = buildIndex(memory.map((source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })));
    const plain = memory.map(normalizeForMatching);
    expect(base.length).toBe(88);
    const key = (hits: Array<{ entry: number; distance: number }>) => hits.map((h) => `${h.entry}:${h.distance}`).sort();
    for (const query of [base, spaced(3, 5, 10), `${base}${base}`, base.slice(0, 84), memory[7]!]) {
      for (const min of [75, 70, 85]) {
        expect(key(searchIndex(index, normalizeForMatching(query), min))).toEqual(key(bruteForceSearch(plain, normalizeForMatching(query), min)));
      }
    }
    const found = searchIndex(index, base, 75).map((h) => h.entry - 1500);
    expect(found.sort()).toEqual([0, 2, 4]);
  });
});
