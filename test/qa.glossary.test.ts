import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { parseGlossary } from '../src/qa/index.js';

describe('parseGlossary', () => {
  it('reads rows, variants and notes with their line numbers', () => {
    const csv = '\uFEFFfr,en,ar,note\r\nMossoul,Mosul,الموصل,city\r\n\r\n"armée irakienne","Iraqi army | Iraqi forces",الجيش العراقي,\r\n"Lynn\r\nMaalouf",Lynn Maalouf,لين معلوف,"director, research"\r\n';
    const glossary = parseGlossary(csv, 'locales/glossary.csv');
    expect(glossary.file).toBe('locales/glossary.csv');
    expect(glossary.langs).toEqual(['fr', 'en', 'ar']);
    expect(glossary.entries).toEqual([
      { terms: { fr: ['Mossoul'], en: ['Mosul'], ar: ['الموصل'] }, note: 'city', line: 2 },
      { terms: { fr: ['armée irakienne'], en: ['Iraqi army', 'Iraqi forces'], ar: ['الجيش العراقي'] }, note: '', line: 4 },
      { terms: { fr: ['Lynn\nMaalouf'], en: ['Lynn Maalouf'], ar: ['لين معلوف'] }, note: 'director, research', line: 5 },
    ]);
  });

  it('leaves out the languages a row has no form for, and rows with none', () => {
    const glossary = parseGlossary('fr,en,ar,note\nTigre,,دجلة,river\n,,,only a note\n', 'g.csv');
    expect(glossary.entries).toEqual([{ terms: { fr: ['Tigre'], ar: ['دجلة'] }, note: 'river', line: 2 }]);
  });

  it('accepts any language columns and no note', () => {
    expect(parseGlossary('fr,de\nMossoul,Mossul\n', 'g.csv').entries[0]?.terms).toEqual({ fr: ['Mossoul'], de: ['Mossul'] });
    expect(parseGlossary('fr,en,ar,note\n', 'g.csv').entries).toEqual([]);
  });

  const bad: Array<{ name: string; csv: string; line: number; message: RegExp }> = [
    { name: 'a row with a missing cell', csv: 'fr,en,ar,note\nMossoul,Mosul,الموصل,city\nTigre,Tigris\n', line: 3, message: /expected 4 cells \(fr,en,ar,note\), found 2/ },
    { name: 'a row with an extra cell', csv: 'fr,en,ar,note\nMossoul,Mosul,الموصل,city,extra\n', line: 2, message: /found 5/ },
    { name: 'an unclosed quote', csv: 'fr,en,ar,note\nMossoul,Mosul,الموصل,city\n"Tigre,Tigris,دجلة,\n', line: 3, message: /malformed CSV: Quote Not Closed/ },
    { name: 'a stray quote', csv: 'fr,en,ar,note\nMos"soul,Mosul,الموصل,city\n', line: 2, message: /malformed CSV/ },
    { name: 'an unknown column', csv: 'fr,english,ar,note\n', line: 1, message: /unknown glossary column "english"/ },
    { name: 'a duplicate column', csv: 'fr,en,en,note\n', line: 1, message: /duplicate glossary column "en"/ },
    { name: 'a single language', csv: 'fr,note\nMossoul,city\n', line: 1, message: /at least two language columns/ },
    { name: 'an empty file', csv: '', line: 1, message: /empty glossary/ },
  ];
  it.each(bad)('rejects $name with file and line', ({ csv, line, message }) => {
    let error: unknown;
    try {
      parseGlossary(csv, 'locales/glossary.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('locales/glossary.csv');
    expect((error as InputError).line).toBe(line);
    expect((error as InputError).message).toMatch(message);
  });
});
