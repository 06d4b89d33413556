// fold() takes a short way through ASCII and remembers what it made of other characters; both
// must give what the full per-character folding gives, for every combination of options.
import { describe, expect, it } from 'vitest';
import { fold, foldKey, type FoldOptions } from '../src/qa/text/fold.js';

const NAMES = ['digits', 'arabic', 'latin', 'lower', 'tags', 'invisible'] as const;
const COMBINATIONS: FoldOptions[] = Array.from({ length: 1 << NAMES.length }, (_, bits) =>
  Object.fromEntries(NAMES.map((name, k) => [name, (bits & (1 << k)) !== 0])),
);
const label = (options: FoldOptions): string => NAMES.filter((name) => options[name]).join('+') || 'none';

/** Every ASCII character but `<`, by the options' definitions (FoldOptions). */
function expectedAscii(char: string, options: FoldOptions): string {
  if (options.latin && char === '`') return "'";
  return options.lower ? char.toLowerCase() : char;
}

describe('fold', () => {
  const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter((c) => c !== '<');

  it.each(COMBINATIONS.map((options) => [label(options), options] as const))('folds each ASCII character by its definition (%s)', (_label, options) => {
    const out = fold(ascii.join(''), options);
    expect(out.text).toBe(ascii.map((c) => expectedAscii(c, options)).join(''));
    // Each output character maps back to its own input character.
    expect(out.starts).toEqual(ascii.map((_, i) => i));
    expect(out.ends).toEqual(ascii.map((_, i) => i + 1));
  });

  it.each([
    // [text, options, folded]: each character once with each option, in an order that would
    // expose an answer remembered under the wrong options.
    ['É', { latin: true }, 'E'],
    ['É', { lower: true }, 'é'],
    ['É', { latin: true, lower: true }, 'e'],
    ['É', {}, 'É'],
    ['’', { latin: true }, "'"],
    ['’', {}, '’'],
    ['`', { latin: true }, "'"],
    ['`', {}, '`'],
    ['١٢', { digits: true }, '12'],
    ['١٢', {}, '١٢'],
    ['أ', { arabic: true }, 'ا'],
    ['أ', {}, 'أ'],
    ['œ', { latin: true }, 'oe'],
    ['Œ', { latin: true, lower: true }, 'oe'],
    ['a<1>b</1><2/>c', { tags: true }, 'ab c'],
    ['a<1>b', {}, 'a<1>b'],
    ['x\u200By', { invisible: true }, 'xy'],
    ['x\u200By', {}, 'x\u200By'],
  ] as Array<[string, FoldOptions, string]>)('folds %j with %j to %j', (text, options, expected) => {
    expect(fold(text, options).text).toBe(expected);
  });

  it('folds language data keys as before: hyphens as spaces, lower case, no diacritics', () => {
    expect(foldKey('Quatre-Vingt-Dix')).toBe('quatre vingt dix');
    expect(foldKey('Première')).toBe('premiere');
  });
});
