import { describe, expect, it } from 'vitest';
import { alignSegments, ID_PATTERN, similarity } from '../src/catalog/index.js';
import type { CatalogEntry } from '../src/types.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const S1 = 'Les pluies torrentielles ont fait douze morts dans le Gard, selon un bilan de la préfecture publié mardi soir.';
const S2 = "Plus de 3 000 foyers étaient toujours privés d'électricité mercredi matin.";
const S3 = "Le maire de Nîmes a demandé la reconnaissance de l'état de catastrophe naturelle.";
const S4 = "« Nous n'avions jamais vu une telle montée des eaux », a confié une habitante du quartier Richelieu.";
const S5 = 'Météo-France maintient la vigilance orange pour la journée de jeudi.';
const S6 = "Les écoles de la ville resteront fermées jusqu'à nouvel ordre.";
const S7 = "Une cellule d'aide psychologique a été ouverte à la mairie.";
const NEW = 'Le préfet a annoncé la réouverture des routes départementales.';
const NEW2 = 'Les assureurs promettent des indemnisations rapides aux sinistrés.';

const ARTICLE = [[S1, S2], [S3, S4], [S5, S6, S7]];

interface Case {
  name: string;
  before: string[][];
  after: string[][];
  /** For each sentence of `after`: the sentence of `before` whose ID it keeps (its text, or its
   * index in document order when texts repeat), or null for a new ID. */
  keeps: (string | number | null)[];
  /** Previous texts of the edited sentences that kept their ID. */
  changed?: string[];
  /** Texts of the removed sentences. */
  removed?: string[];
}

const CASES: Case[] = [
  { name: 'nothing changed', before: ARTICLE, after: ARTICLE, keeps: [S1, S2, S3, S4, S5, S6, S7] },
  {
    name: 'typo fix',
    before: ARTICLE,
    after: [[S1, S2], [S3.replace('reconnaissance', 'reconnaisance'), S4], [S5, S6, S7]],
    keeps: [S1, S2, S3, S4, S5, S6, S7],
    changed: [S3],
  },
  {
    name: 'figure update',
    before: ARTICLE,
    after: [[S1.replace('douze', 'quatorze'), S2.replace('3 000', '2 500')], [S3, S4], [S5, S6, S7]],
    keeps: [S1, S2, S3, S4, S5, S6, S7],
    changed: [S1, S2],
  },
  {
    name: 'whitespace-only edit keeps the ID and is not a change',
    before: ARTICLE,
    after: [[S1.replace('douze morts', 'douze  morts'), S2], [S3, S4], [S5, S6, S7]],
    keeps: [S1, S2, S3, S4, S5, S6, S7],
  },
  {
    name: 'sentence added inside a paragraph',
    before: ARTICLE,
    after: [[S1, NEW, S2], [S3, S4], [S5, S6, S7]],
    keeps: [S1, null, S2, S3, S4, S5, S6, S7],
  },
  {
    name: 'sentence deleted',
    before: ARTICLE,
    after: [[S1, S2], [S3], [S5, S6, S7]],
    keeps: [S1, S2, S3, S5, S6, S7],
    removed: [S4],
  },
  {
    name: 'paragraph moved to the top',
    before: ARTICLE,
    after: [[S5, S6, S7], [S1, S2], [S3, S4]],
    keeps: [S5, S6, S7, S1, S2, S3, S4],
  },
  {
    name: 'paragraph moved and one of its sentences edited',
    before: ARTICLE,
    after: [[S5, S6.replace('fermées', 'closes'), S7], [S1, S2], [S3, S4]],
    keeps: [S5, S6, S7, S1, S2, S3, S4],
    changed: [S6],
  },
  {
    name: 'sentence moved away and a near copy written in its place: the identical one keeps the ID',
    before: ARTICLE,
    after: [[S1, S2], [S3, S4.replace('jamais', 'encore jamais')], [S5, S6, S7, S4]],
    keeps: [S1, S2, S3, null, S5, S6, S7, S4],
  },
  {
    name: 'paragraph inserted',
    before: ARTICLE,
    after: [[S1, S2], [NEW, NEW2], [S3, S4], [S5, S6, S7]],
    keeps: [S1, S2, null, null, S3, S4, S5, S6, S7],
  },
  {
    name: 'paragraph deleted',
    before: ARTICLE,
    after: [[S1, S2], [S5, S6, S7]],
    keeps: [S1, S2, S5, S6, S7],
    removed: [S3, S4],
  },
  {
    name: 'sentence split: the most similar half keeps the ID',
    before: ARTICLE,
    after: [
      ['Les pluies torrentielles ont fait douze morts dans le Gard.', "C'est le bilan publié mardi soir par la préfecture.", S2],
      [S3, S4],
      [S5, S6, S7],
    ],
    keeps: [S1, null, S2, S3, S4, S5, S6, S7],
    changed: [S1],
  },
  {
    name: 'sentences merged: the merged one keeps the ID of its most similar source',
    before: ARTICLE,
    after: [[S1, `${S2.slice(0, -1)}, et le maire de Nîmes a demandé la reconnaissance de l'état de catastrophe naturelle.`, S4], [S5, S6, S7]],
    keeps: [S1, S3, S4, S5, S6, S7],
    changed: [S3],
    removed: [S2],
  },
  {
    name: 'sentence rewritten beyond recognition: new ID',
    before: ARTICLE,
    after: [[S1, S2], [S3, S4], [S5, NEW, S7]],
    keeps: [S1, S2, S3, S4, S5, null, S7],
    removed: [S6],
  },
  {
    name: 'repeated identical sentences stay distinct, in order',
    before: [['Oui.', S1], ['Oui.', S2]],
    after: [['Oui.', S1], [NEW, 'Oui.', S2]],
    keeps: [0, 1, null, 2, 3],
  },
  {
    name: 'one of two repeated sentences deleted: the one between the same neighbours stays',
    before: [['Oui.', S1], ['Oui.', S2]],
    after: [[S1], ['Oui.', S2]],
    keeps: [1, 2, 3],
    removed: ['Oui.'],
  },
  {
    name: 'everything new',
    before: ARTICLE,
    after: [[NEW, NEW2]],
    keeps: [null, null],
    removed: [S1, S2, S3, S4, S5, S6, S7],
  },
  { name: 'first extract', before: [], after: ARTICLE, keeps: [null, null, null, null, null, null, null] },
  { name: 'source emptied', before: ARTICLE, after: [], keeps: [], removed: [S1, S2, S3, S4, S5, S6, S7] },
];

/** A catalog with distinct, recognizable IDs. */
function catalogOf(paragraphs: string[][]): CatalogEntry[] {
  return segmentsOf(paragraphs).map((segment, k) => ({ ...segment, id: `s-old${k}` }));
}

describe('alignSegments', () => {
  it.each(CASES)('$name', ({ before, after, keeps, changed = [], removed = [] }) => {
    const previous = catalogOf(before);
    const current = segmentsOf(after);
    const alignment = alignSegments(previous, current);
    const idOf = (ref: string | number): string => {
      const entry = typeof ref === 'number' ? previous[ref] : previous.find((e) => e.text === ref);
      if (!entry) throw new Error(`no sentence ${ref} before`);
      return entry.id;
    };

    expect(alignment.entries.map((e) => e.text)).toEqual(current.map((s) => s.text));
    alignment.entries.forEach((entry, k) => {
      const ref = keeps[k];
      if (ref === null || ref === undefined) {
        expect(entry.id, `"${entry.text}" should be new`).not.toMatch(/^s-old/);
      } else {
        expect(entry.id, `"${entry.text}"`).toBe(idOf(ref));
      }
    });
    expect(alignment.added).toEqual(alignment.entries.filter((_, k) => keeps[k] === null).map((e) => e.id));
    expect(alignment.changed).toEqual(changed.map((text) => ({ id: idOf(text), previousSource: text })));
    expect(alignment.removed.map((e) => e.text)).toEqual(removed);
  });

  it('gives unique, well-formed IDs and keeps the current segments as they are', () => {
    const current = segmentsOf([['Oui.', 'Oui.', 'Oui.'], [S1, S1]]);
    current[3]!.tags = [{ n: 1, kind: 'emphasis', paired: true, description: 'emphasis' }];
    const { entries } = alignSegments([], current);
    expect(new Set(entries.map((e) => e.id)).size).toBe(5);
    for (const entry of entries) expect(entry.id).toMatch(ID_PATTERN);
    expect(entries.map(({ id, ...segment }) => segment)).toEqual(current);
  });

  it('is deterministic: the same inputs give the same IDs', () => {
    const first = alignSegments([], segmentsOf(ARTICLE));
    const again = alignSegments([], segmentsOf(ARTICLE));
    expect(again).toEqual(first);
    const revised = [[S1, NEW], [S3]];
    expect(alignSegments(first.entries, segmentsOf(revised))).toEqual(alignSegments(again.entries, segmentsOf(revised)));
  });

  it('lets a sentence deleted in one revision and restored in a later one get its ID back', () => {
    const first = alignSegments([], segmentsOf(ARTICLE)).entries;
    const without = alignSegments(first, segmentsOf([[S1, S2], [S3], [S5, S6, S7]])).entries;
    const restored = alignSegments(without, segmentsOf(ARTICLE)).entries;
    expect(restored.map((e) => e.id)).toEqual(first.map((e) => e.id));
  });

  it('documents the similarity the split and merge cases rely on', () => {
    expect(similarity(S1, 'Les pluies torrentielles ont fait douze morts dans le Gard.')).toBeGreaterThan(
      similarity(S1, "C'est le bilan publié mardi soir par la préfecture."),
    );
    expect(similarity(S1, S1.replace('douze', 'quatorze'))).toBeGreaterThan(0.9);
    expect(similarity(S6, NEW)).toBeLessThan(0.5);
  });
});
