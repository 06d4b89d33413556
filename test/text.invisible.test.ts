// The quality checks and the memory's matching drop the same invisible characters: a word
// joiner or a bidi mark a translator cannot see must not make a number differ in QA, nor a
// sentence differ in the memory.
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../src/memory/index.js';
import { prepare } from '../src/qa/text/fold.js';

const INVISIBLES: Array<[string, string]> = [
  ['soft hyphen', '\u00AD'],
  ['zero-width space', '\u200B'],
  ['zero-width non-joiner', '\u200C'],
  ['zero-width joiner', '\u200D'],
  ['LRM', '\u200E'],
  ['RLM', '\u200F'],
  ['ALM', '\u061C'],
  ['LRE', '\u202A'],
  ['RLO', '\u202E'],
  ['word joiner', '\u2060'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
  ['byte order mark', '\uFEFF'],
];

describe('invisible characters', () => {
  it.each(INVISIBLES)('%s is dropped by both', (_name, char) => {
    expect(normalizeForMatching(`Mos${char}soul 1${char}500`)).toBe('mossoul 1500');
    expect(prepare(`Mos${char}soul 1${char}500`).text).toBe('Mossoul 1500');
  });

  it('keeps what a reader sees', () => {
    expect(prepare('a\u00A0b').text).toBe('a\u00A0b');
    expect(normalizeForMatching('A\u00A0b')).toBe('a b');
  });
});
