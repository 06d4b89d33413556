// The bit-parallel edit distance equals fastest-levenshtein's on random strings (seeded).
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../src/memory/index.js';
import { fillSlots, patternDistance, preparePattern } from '../src/memory/myers.js';
import { prng } from './support/prng.js';

const ALPHABETS = {
  binary: 'ab',
  french: 'abcdeéèàçô ,.\'',
  arabic: 'ابتثجحخ ٤٢٦،',
  mixed: 'aé٤\u{1F600}<1>/ ',
};

describe('bit-parallel edit distance', () => {
  it.each(Object.entries(ALPHABETS))('matches fastest-levenshtein on random %s strings (1 to 5 blocks)', (_name, alphabet) => {
    const random = prng(alphabet.length * 7919);
    const chars = Array.from(alphabet);
    const make = (n: number) => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
    for (let t = 0; t < 1500; t++) {
      const a = make(Math.floor(random() * 160));
      const b = random() < 0.3 ? a.slice(0, Math.floor(random() * a.length)) + make(3) : make(Math.floor(random() * 160));
      expect(editDistance(a, b)).toBe(distance(a, b));
    }
  });

  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['426 civils', '450 civils', 2],
    ['a'.repeat(32), 'a'.repeat(33), 1],
    ['x'.repeat(64), 'y'.repeat(64), 64],
  ])('%j vs %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early above the cut-off but never reports a distance within it wrongly', () => {
    const random = prng(42);
    const table = new Uint16Array(65536);
    for (let t = 0; t < 500; t++) {
      const a = Array.from({ length: 1 + Math.floor(random() * 70) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
      const b = Array.from({ length: 1 + Math.floor(random() * 70) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
      const p = preparePattern(a);
      fillSlots(p, table);
      const text = Uint16Array.from(b, (c) => c.charCodeAt(0));
      const max = Math.floor(random() * 30);
      const d = patternDistance(p, table, text, 0, text.length, max);
      const exact = distance(a, b);
      if (exact <= max) expect(d).toBe(exact);
      else expect(d).toBeGreaterThan(max);
      table.fill(0);
    }
  });
});
