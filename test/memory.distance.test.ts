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

  it('computes only the band of blocks the cut-off allows, and is exact within it, on long near-duplicates', () => {
    const random = prng(2024);
    const table = new Uint16Array(65536);
    const letters = 'abcdefgh ';
    const make = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    // Edits scattered over a long text, so that distances fall on both sides of the cut-off.
    const edit = (text: string, edits: number): string => {
      let out = text;
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (out.length + 1));
        const kind = Math.floor(random() * 3);
        out = kind === 0 ? out.slice(0, at) + make(1) + out.slice(at) : kind === 1 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + make(1) + out.slice(at + 1);
      }
      return out;
    };
    let within = 0;
    for (let t = 0; t < 600; t++) {
      const a = make(1 + Math.floor(random() * 400));
      const b = random() < 0.8 ? edit(a, Math.floor(random() * (a.length / 3))) : make(1 + Math.floor(random() * 400));
      const p = preparePattern(a);
      fillSlots(p, table);
      const text = Uint16Array.from(b, (c) => c.charCodeAt(0));
      const exact = distance(a, b);
      for (const max of [exact - 1, exact, exact + 1, Math.floor(exact / 2), exact + 40, Math.floor(Math.max(a.length, b.length) / 4)]) {
        if (max < 0) continue;
        const d = patternDistance(p, table, text, 0, text.length, max);
        if (exact <= max) {
          expect(d, `${a.length}/${b.length} max ${max}`).toBe(exact);
          within++;
        } else expect(d, `${a.length}/${b.length} max ${max}`).toBeGreaterThan(max);
      }
      table.fill(0);
    }
    expect(within).toBeGreaterThan(1000);
  });
});
