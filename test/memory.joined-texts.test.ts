// Texts kept end to end for repeated phrase searches: chunking at any size finds exactly what a
// scan of the texts finds, and never a phrase across two texts.
import { describe, expect, it } from 'vitest';
import { joinTexts, textsContaining, type TextChunk } from '../src/memory/joined-texts.js';
import { prng } from './support/prng.js';

const scan = (texts: string[], wanted: string): Array<[number, string]> => texts.flatMap((t, i): Array<[number, string]> => (t.includes(wanted) ? [[i, t]] : []));

/** What textsContaining finds as (number, text), after checking that the place it gives is the text's first occurrence. */
function found(chunks: TextChunk[], wanted: string): Array<[number, string]> {
  return [...textsContaining(chunks, wanted)].map(([i, text, start, end, at]): [number, string] => {
    const own = text.slice(start, end);
    expect(at - start).toBe(own.indexOf(wanted));
    return [i, own];
  });
}

describe('joined texts', () => {
  const texts = ['x', 'x', 'ab x', '', 'x\u0000x', 'abcdef', 'الموصل', 'y'];
  const cases: Array<{ wanted: string; found: number[] }> = [
    { wanted: 'x', found: [0, 1, 2, 4] },
    // Across the NUL after one text and into the next: only the text that holds it.
    { wanted: 'x\u0000x', found: [4] },
    { wanted: '\u0000', found: [4] },
    { wanted: 'cde', found: [5] },
    { wanted: 'الموصل', found: [6] },
    { wanted: 'fالموصل', found: [] },
    { wanted: 'y', found: [7] },
    { wanted: 'z', found: [] },
  ];
  for (const limit of [1, 3, 6, 10, 1 << 26]) {
    for (const { wanted, found: expected } of cases) {
      it(`finds ${JSON.stringify(wanted)} in chunks of ${limit} characters`, () => {
        const chunks = joinTexts(texts, limit);
        expect(found(chunks, wanted)).toEqual(expected.map((i) => [i, texts[i]]));
      });
    }
  }

  it('cuts chunks at the limit, a longer text alone, and numbers texts across them', () => {
    const chunks = joinTexts(['ab', 'cd', 'efghij', 'k'], 6);
    expect(chunks.map((c) => [c.text, Array.from(c.starts), c.first])).toEqual([
      ['ab\u0000cd\u0000', [0, 3, 6], 0],
      ['efghij\u0000', [0, 7], 2],
      ['k\u0000', [0, 2], 3],
    ]);
    expect(joinTexts([], 6)).toEqual([]);
  });

  it('finds what a scan finds, for random texts, phrases and chunk sizes (property)', () => {
    const random = prng(5);
    const pieces = ['a', 'b', 'ab', ' ', '\u0000', 'é', 'ل', '🙂'];
    const make = (n: number): string => Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: Math.floor(random() * 30) }, () => make(Math.floor(random() * 6)));
      const chunks = joinTexts(list, 1 + Math.floor(random() * 40));
      for (let q = 0; q < 10; q++) {
        const wanted = make(1 + Math.floor(random() * 3));
        expect(found(chunks, wanted), JSON.stringify({ list, wanted })).toEqual(scan(list, wanted));
      }
    }
  });
});
