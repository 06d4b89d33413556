import { describe, expect, it } from 'vitest';
import { alignSegments, parsePo, serializePo, updateTranslations, type PoTranslationFile } from '../src/catalog/index.js';
import type { CatalogEntry, TranslationEntry } from '../src/types.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { prng, Reviser, textsOf } from './fixtures/catalog/random-docs.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const A = 'Les pluies ont fait douze morts dans le Gard, selon la préfecture.';
const B = "Plus de 3 000 foyers étaient toujours privés d'électricité mercredi.";
const C = "Le maire de Nîmes a demandé l'état de catastrophe naturelle.";
const D = 'Météo-France maintient la vigilance orange pour jeudi.';

const first = alignSegments([], segmentsOf([[A, B], [C]]));
const [idA, idB, idC] = first.entries.map((e) => e.id) as [string, string, string];

/** The English PO after a first extract, with A and C translated and a translator comment on C. */
function translated(): PoTranslationFile {
  const po = updateTranslations(first, first.entries, undefined, 'crue', 'en');
  po.entries[0]!.target = 'The rain killed twelve people in the Gard, according to the prefecture.';
  po.entries[2]!.target = 'The mayor of Nîmes asked for a natural disaster declaration.';
  po.entries[2]!.translatorComments = 'Checked with the AFP wire.';
  po.headers['Last-Translator'] = 'Jane Doe <jane@example.org>';
  po.headerComments = ['English translation of the flood article.'];
  return po;
}

/** The PO after the source becomes `paragraphs`, as extract computes it. */
function revise(po: PoTranslationFile, catalog: readonly CatalogEntry[], paragraphs: string[][]) {
  const alignment = alignSegments(catalog, segmentsOf(paragraphs));
  return { alignment, po: updateTranslations(alignment, alignment.entries, po, 'crue', 'en') };
}

const entry = (po: PoTranslationFile, id: string): TranslationEntry | undefined => po.entries.find((e) => e.id === id);

describe('updateTranslations', () => {
  it('creates an empty entry per segment for a new language', () => {
    const po = updateTranslations(first, first.entries, undefined, 'crue', 'ar');
    expect(po).toEqual({
      doc: 'crue',
      lang: 'ar',
      headers: {},
      entries: first.entries.map((e) => ({ id: e.id, source: e.text, target: '', fuzzy: false, obsolete: false })),
    });
  });

  it('leaves a PO whose source did not change as it was, comments and headers included', () => {
    const po = translated();
    const { po: next } = revise(po, first.entries, [[A, B], [C]]);
    expect(next).toEqual(po);
  });

  it('marks an edited, translated sentence fuzzy and keeps the text it was translated from', () => {
    const edited = A.replace('douze', 'quatorze');
    const { alignment, po } = revise(translated(), first.entries, [[edited, B], [C]]);
    expect(alignment.changed).toEqual([{ id: idA, previousSource: A }]);
    expect(entry(po, idA)).toEqual({
      id: idA,
      source: edited,
      target: 'The rain killed twelve people in the Gard, according to the prefecture.',
      fuzzy: true,
      previousSource: A,
      obsolete: false,
    });
  });

  it('only updates the source of an edited sentence that had no translation', () => {
    const edited = B.replace('3 000', '2 500');
    const { po } = revise(translated(), first.entries, [[A, edited], [C]]);
    expect(entry(po, idB)).toEqual({ id: idB, source: edited, target: '', fuzzy: false, obsolete: false });
  });

  it('keeps the text the translation was made from across two edits, and clears fuzzy when the edit is undone', () => {
    const once = revise(translated(), first.entries, [[A.replace('douze', 'treize'), B], [C]]);
    const twice = revise(once.po, once.alignment.entries, [[A.replace('douze', 'quatorze'), B], [C]]);
    expect(entry(twice.po, idA)).toMatchObject({ fuzzy: true, previousSource: A });
    const undone = revise(twice.po, twice.alignment.entries, [[A, B], [C]]);
    expect(entry(undone.po, idA)).toMatchObject({ source: A, fuzzy: false });
    expect(entry(undone.po, idA)).not.toHaveProperty('previousSource');
  });

  it('takes a whitespace-only edit without making the translation fuzzy', () => {
    const { po } = revise(translated(), first.entries, [[A.replace(' morts', '  morts'), B], [C]]);
    expect(entry(po, idA)).toMatchObject({ source: A.replace(' morts', '  morts'), fuzzy: false });
  });

  it('keeps the translation of a deleted sentence as an obsolete entry, after the older obsolete ones', () => {
    const po = translated();
    po.entries.push({ id: 's-older1', source: 'Ancienne phrase.', target: 'Old sentence.', fuzzy: false, obsolete: true });
    const { po: next } = revise(po, first.entries, [[A, B, D]]);
    expect(next.entries.filter((e) => e.obsolete)).toEqual([
      { id: 's-older1', source: 'Ancienne phrase.', target: 'Old sentence.', fuzzy: false, obsolete: true },
      { id: idC, source: C, target: 'The mayor of Nîmes asked for a natural disaster declaration.', fuzzy: false, obsolete: true, translatorComments: 'Checked with the AFP wire.' },
    ]);
    expect(next.entries.filter((e) => !e.obsolete).map((e) => e.source)).toEqual([A, B, D]);
  });

  it('revives an obsolete entry when its segment comes back', () => {
    const removed = revise(translated(), first.entries, [[A, B]]);
    const restored = revise(removed.po, removed.alignment.entries, [[A, B], [C]]);
    expect(restored.alignment.entries.map((e) => e.id)).toEqual([idA, idB, idC]);
    expect(restored.po.entries).toEqual(translated().entries);
  });

  it('gives a new sentence an empty entry in document order', () => {
    const { alignment, po } = revise(translated(), first.entries, [[A, D, B], [C]]);
    expect(po.entries.map((e) => e.id)).toEqual(alignment.entries.map((e) => e.id));
    expect(entry(po, alignment.added[0]!)).toEqual({ id: alignment.added[0], source: D, target: '', fuzzy: false, obsolete: false });
  });

  it('makes a live entry the catalog no longer has obsolete, even when the PO missed earlier extracts', () => {
    const po = translated();
    po.entries.push({ id: 's-stray1', source: 'Phrase égarée.', target: 'Stray sentence.', fuzzy: true, obsolete: false });
    const { po: next } = revise(po, first.entries, [[A, B], [C]]);
    expect(entry(next, 's-stray1')).toMatchObject({ obsolete: true, target: 'Stray sentence.', fuzzy: true });
  });

  it.skipIf(!HAS_MSGFMT)('produces files that msgfmt --check accepts at every step', () => {
    let catalog = first.entries;
    let po = translated();
    for (const paragraphs of [[[A.replace('douze', 'treize'), B], [C]], [[D], [C]], [[A, B], [C, D]]]) {
      const next = revise(po, catalog, paragraphs);
      ({ po } = next);
      catalog = next.alignment.entries;
      const text = serializePo(po, catalog);
      expect(msgfmtCheck(text)).toEqual({ status: 0, stderr: '' });
    }
  });
});

describe('updateTranslations under random revisions', () => {
  it('never loses a translation: every msgstr written stays, live or obsolete (100 seeded histories)', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const reviser = new Reviser(prng(seed));
      let doc = reviser.document();
      let catalog: CatalogEntry[] = [];
      let po: PoTranslationFile | undefined;
      const written = new Map<string, string>();
      for (let round = 0; round < 4; round++) {
        const alignment = alignSegments(catalog, segmentsOf(textsOf(doc)));
        catalog = alignment.entries;
        const updated = updateTranslations(alignment, catalog, po, 'doc', 'en');
        // Through the file, as the CLI does.
        po = parsePo(serializePo(updated, catalog), 'locales/en/doc.po', 'en');
        for (const [id, target] of written) {
          expect(po.entries.find((e) => e.id === id)?.target, `seed ${seed} round ${round}: ${id}`).toBe(target);
        }
        expect(po.entries.filter((e) => !e.obsolete).map((e) => e.id), `seed ${seed}`).toEqual(catalog.map((e) => e.id));
        // A translator works on some entries.
        for (const e of po.entries) {
          if (!e.obsolete && reviser.random() < 0.5) {
            e.target = `EN ${e.source.slice(0, 20)} ${seed}.${round}`;
            e.fuzzy = false;
            delete e.previousSource;
            written.set(e.id, e.target);
          }
        }
        doc = reviser.revise(doc, 1 + reviser.int(4));
      }
    }
  });
});
