// The matching form of a segment: what fuzzy matching and concordance compare.
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../src/memory/index.js';
import { prng } from './support/prng.js';

/** The definition, step by step (normalize.ts): the fast path for plain text must agree with it. */
function byDefinition(text: string): string {
  return text
    .replace(/<\/?\d+\/?>/g, '')
    .normalize('NFC')
    .replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/gu, '')
    .replace(/[\s\u00A0\u202F\u2007\u2009]+/g, ' ')
    .trim()
    .replace(/[\u2019\u02BC\u2018]/g, "'")
    .toLowerCase();
}

describe('normalizeForMatching', () => {
  it.each([
    ['Le Conseil de sécurité', 'le conseil de sécurité'],
    ['  Deux\u00a0 espaces\t', 'deux espaces'],
    ['L’armée <1>irakienne</1>', "l'armée irakienne"],
    ['sou\u00adligné', 'souligné'],
    ['re\u0301union', 'réunion'],
    ['a < b', 'a < b'],
    ['«\u202fGuillemets\u202f»', '« guillemets »'],
    ['ÇA VA ?', 'ça va ?'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForMatching(text)).toBe(expected);
  });

  it('agrees with its definition on texts of every kind (plain text takes a shorter path)', () => {
    const pieces = ['a', 'Z', 'é', 'É', 'e\u0301', ' ', '  ', '\t', '\n', '\u00a0', '\u00ad', '<1>', '</1>', '<2/>', '<', '>', "'", '’', 'ß', 'ÿ', 'İ', 'Σ', '«', '»', '×', '9', ';', '=', '~', '\u007f', '\u0085', '\u200b', 'ال'];
    const random = prng(5);
    let plain = 0;
    for (let i = 0; i < 20000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      if (/^[!-;=-~\u00A1-\u00AC\u00AE-\u00FF]+(?: [!-;=-~\u00A1-\u00AC\u00AE-\u00FF]+)*$/.test(text)) plain++;
      expect(normalizeForMatching(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
    expect(plain).toBeGreaterThan(500);
  });
});
