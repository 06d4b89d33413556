// A translator's save changes one entry and nothing else: the pure saveSegment of `tessera serve`.

import { describe, expect, it } from 'vitest';
import { alignSegments, parsePo, updateTranslations, type PoTranslationFile } from '../src/catalog/index.js';
import { HttpError } from '../src/serve/http-error.js';
import { saveSegment } from '../src/serve/save-segment.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const A = 'Les pluies ont fait douze morts dans le Gard, selon la préfecture.';
const B = "Plus de 3 000 foyers étaient toujours privés d'électricité mercredi.";
const C = "Le maire de Nîmes a demandé l'état de catastrophe naturelle.";
const GONE = 'Une phrase supprimée depuis.';

const old = alignSegments([], segmentsOf([[A, B], [GONE]]));
const current = alignSegments(old.entries, segmentsOf([[A, B], [C]]));
const catalog = current.entries;
const [idA, idB, idC] = catalog.map((e) => e.id) as [string, string, string];

/** The English PO of a translator: A translated with a comment, B fuzzy with its previous source, C empty, one obsolete entry. */
function po(): PoTranslationFile {
  const file = updateTranslations(current, catalog, updateTranslations(old, old.entries, undefined, 'crue', 'en'), 'crue', 'en');
  const set = (id: string, change: object): void => {
    const k = file.entries.findIndex((e) => e.id === id);
    file.entries[k] = { ...file.entries[k]!, ...change };
  };
  set(idA, { target: 'The rain killed twelve people in the Gard.', translatorComments: 'Checked with the wire.' });
  set(idB, { target: 'More than 3,000 homes had no power.', fuzzy: true, previousSource: 'Plus de 2 000 foyers.' });
  set(old.entries[2]!.id, { target: 'A sentence deleted since.' });
  file.headers['Last-Translator'] = 'Jane Doe <jane@example.org>';
  file.headerComments = ['English translation of the flood article.'];
  return file;
}

const saved = (input: Partial<Parameters<typeof saveSegment>[0]>) =>
  parsePo(saveSegment({ doc: 'crue', lang: 'en', catalog, po: po(), sourceFile: 'source-texts/crue.md', id: idC, target: '', fuzzy: false, ...input }), 'crue.po', 'en');

describe('saveSegment', () => {
  it('sets one translation and keeps everything else of the file', () => {
    const before = po();
    const after = saved({ id: idC, target: "Nîmes's mayor asked for a natural disaster declaration." });
    expect(after.entries.find((e) => e.id === idC)).toMatchObject({ target: "Nîmes's mayor asked for a natural disaster declaration.", fuzzy: false });
    const others = (file: PoTranslationFile) => file.entries.filter((e) => e.id !== idC).map(({ line: _line, ...e }) => e);
    expect(others(after)).toEqual(others(before));
    expect(after.headers['Last-Translator']).toBe('Jane Doe <jane@example.org>');
    expect(after.headerComments).toEqual(['English translation of the flood article.']);
  });

  it.each([
    { fuzzy: false, expected: { fuzzy: false, previousSource: undefined } },
    { fuzzy: true, expected: { fuzzy: true, previousSource: 'Plus de 2 000 foyers.' } },
  ])('saving a fuzzy entry with fuzzy=$fuzzy gives $expected', ({ fuzzy, expected }) => {
    const entry = saved({ id: idB, target: 'More than 3,000 homes were still without power on Wednesday.', fuzzy }).entries.find((e) => e.id === idB)!;
    expect({ fuzzy: entry.fuzzy, previousSource: entry.previousSource }).toEqual(expected);
  });

  it.each([
    { target: 'The rain killed twelve people in the Gard.', flags: ['reviewed', 'no-wrap'] },
    { target: 'Rain killed twelve people in the Gard department.', flags: ['no-wrap'] },
  ])('keeps a reviewed flag only while the translation is unchanged: $flags', ({ target, flags }) => {
    const file = po();
    file.entries = file.entries.map((e) => (e.id === idA ? { ...e, flags: ['reviewed', 'no-wrap'] } : e));
    const text = saveSegment({ doc: 'crue', lang: 'en', catalog, po: file, sourceFile: 'source-texts/crue.md', id: idA, target, fuzzy: false });
    expect(parsePo(text, 'crue.po', 'en').entries.find((e) => e.id === idA)!.flags).toEqual(flags);
  });

  it('adds the entry of a catalogued segment the PO file lacks, in catalog order', () => {
    const file = po();
    file.entries = file.entries.filter((e) => e.id !== idB);
    const text = saveSegment({ doc: 'crue', lang: 'en', catalog, po: file, sourceFile: 'source-texts/crue.md', id: idB, target: 'More than 3,000 homes.', fuzzy: false });
    const after = parsePo(text, 'crue.po', 'en');
    expect(after.entries.filter((e) => !e.obsolete).map((e) => e.id)).toEqual([idA, idB, idC]);
    expect(after.entries.find((e) => e.id === idB)).toMatchObject({ source: B, target: 'More than 3,000 homes.' });
  });

  it('refuses an ID the catalog does not have (a sentence added since the last extract)', () => {
    expect(() => saved({ id: 's-notyet', target: 'x' })).toThrow(HttpError);
    expect(() => saved({ id: 's-notyet', target: 'x' })).toThrow(/not in the catalog yet/);
  });
});
