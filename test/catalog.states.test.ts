import { describe, expect, it } from 'vitest';
import { alignedStates, alignSegments, driftFindings, RULES, segmentStates, summarize, type StateRow } from '../src/catalog/index.js';
import type { SegmentState, TranslationEntry, TranslationFile } from '../src/types.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const A = 'Les pluies ont fait douze morts dans le Gard, selon la préfecture.';
const B = "Plus de 3 000 foyers étaient toujours privés d'électricité mercredi.";
const C = "Le maire de Nîmes a demandé l'état de catastrophe naturelle.";
const NEW = 'Météo-France maintient la vigilance orange pour jeudi.';
const A2 = A.replace('douze', 'quatorze');

const catalog = alignSegments([], segmentsOf([[A, B], [C]])).entries;
const [idA, idB, idC] = catalog.map((e) => e.id) as [string, string, string];

const translatedEntry = (id: string, source: string, extra: Partial<TranslationEntry> = {}): TranslationEntry => ({
  id,
  source,
  target: `EN: ${source}`,
  fuzzy: false,
  obsolete: false,
  line: 10,
  ...extra,
});
const poOf = (...entries: TranslationEntry[]): TranslationFile => ({ doc: 'crue', lang: 'en', headers: {}, entries });
const COMPLETE = poOf(translatedEntry(idA, A, { line: 5 }), translatedEntry(idB, B, { line: 10 }), translatedEntry(idC, C, { line: 15 }));

interface Case {
  name: string;
  current: string[][] | undefined;
  po: TranslationFile | undefined;
  /** [id, state] per row, in order (`new` for the ID a new sentence will get). */
  states: [string, SegmentState][];
}

const CASES: Case[] = [
  { name: 'everything translated', current: [[A, B], [C]], po: COMPLETE, states: [[idA, 'translated'], [idB, 'translated'], [idC, 'translated']] },
  { name: 'no current source given: the catalog stands for it', current: undefined, po: COMPLETE, states: [[idA, 'translated'], [idB, 'translated'], [idC, 'translated']] },
  {
    name: 'fuzzy and untranslated entries',
    current: [[A, B], [C]],
    po: poOf(translatedEntry(idA, A, { fuzzy: true }), translatedEntry(idB, B, { target: '' }), translatedEntry(idC, C)),
    states: [[idA, 'fuzzy'], [idB, 'untranslated'], [idC, 'translated']],
  },
  {
    name: 'source edited since the last extract (catalog and PO both older)',
    current: [[A2, B], [C]],
    po: COMPLETE,
    states: [[idA, 'stale'], [idB, 'translated'], [idC, 'translated']],
  },
  {
    name: 'a fuzzy or untranslated entry whose source changed is stale first',
    current: [[A2, B.replace('3 000', '2 500')], [C]],
    po: poOf(translatedEntry(idA, A, { fuzzy: true }), translatedEntry(idB, B, { target: '' }), translatedEntry(idC, C)),
    states: [[idA, 'stale'], [idB, 'stale'], [idC, 'translated']],
  },
  {
    name: 'PO older than the catalog',
    current: [[A, B], [C]],
    po: poOf(translatedEntry(idA, A2), translatedEntry(idB, B), translatedEntry(idC, C)),
    states: [[idA, 'stale'], [idB, 'translated'], [idC, 'translated']],
  },
  {
    name: 'catalog older than the source, PO already matching it',
    current: [[A2, B], [C]],
    po: poOf(translatedEntry(idA, A2), translatedEntry(idB, B), translatedEntry(idC, C)),
    states: [[idA, 'stale'], [idB, 'translated'], [idC, 'translated']],
  },
  {
    name: 'a sentence added since the last extract',
    current: [[A, NEW, B], [C]],
    po: COMPLETE,
    states: [[idA, 'translated'], ['new', 'missing'], [idB, 'translated'], [idC, 'translated']],
  },
  {
    name: 'a catalog segment without PO entry',
    current: [[A, B], [C]],
    po: poOf(translatedEntry(idA, A), translatedEntry(idC, C)),
    states: [[idA, 'translated'], [idB, 'missing'], [idC, 'translated']],
  },
  { name: 'no PO file yet', current: [[A, B], [C]], po: undefined, states: [[idA, 'missing'], [idB, 'missing'], [idC, 'missing']] },
  {
    name: 'a sentence deleted since the last extract, and an old obsolete entry',
    current: [[A, B]],
    po: poOf(...COMPLETE.entries, translatedEntry('s-older1', 'Vieille phrase.', { obsolete: true, line: 20 })),
    states: [[idA, 'translated'], [idB, 'translated'], [idC, 'obsolete'], ['s-older1', 'obsolete']],
  },
  {
    name: 'an obsolete entry whose sentence is back: missing until extract revives it',
    current: [[A, B], [C]],
    po: poOf(translatedEntry(idA, A), translatedEntry(idB, B), translatedEntry(idC, C, { obsolete: true })),
    states: [[idA, 'translated'], [idB, 'translated'], [idC, 'missing']],
  },
];

describe('segmentStates', () => {
  it.each(CASES)('$name', ({ current, po, states }) => {
    const rows = segmentStates(catalog, current && segmentsOf(current), po);
    const ids = new Set([...catalog.map((e) => e.id), ...(po?.entries.map((e) => e.id) ?? [])]);
    expect(rows.map((row) => [ids.has(row.id) ? row.id : 'new', row.state])).toEqual(states);
  });

  it.each(CASES.filter((c) => c.current !== undefined))('is the same from an alignment made once: $name', ({ current, po }) => {
    const segments = segmentsOf(current!);
    expect(alignedStates(catalog, alignSegments(catalog, segments).entries, po)).toEqual(segmentStates(catalog, segments, po));
  });

  it('gives the ID the next extract will mint to a sentence not in the catalog yet', () => {
    const current = segmentsOf([[A, NEW, B], [C]]);
    const rows = segmentStates(catalog, current, COMPLETE);
    expect(rows[1]!.id).toBe(alignSegments(catalog, current).entries[1]!.id);
  });

  it('reports the PO line, the source line, the current source, the translation, and for drift the source the PO has', () => {
    const rows = segmentStates(catalog, segmentsOf([[A2, B]]), COMPLETE);
    expect(rows).toEqual<StateRow[]>([
      { id: idA, state: 'stale', line: 5, sourceLine: 1, source: A2, target: `EN: ${A}`, poSource: A },
      { id: idB, state: 'translated', line: 10, sourceLine: 1, source: B, target: `EN: ${B}` },
      { id: idC, state: 'obsolete', line: 15, source: C, target: `EN: ${C}` },
    ]);
  });
});

describe('summarize', () => {
  it('counts each state; percent is of live segments, rounded down', () => {
    const rows = segmentStates(catalog, segmentsOf([[A, B, NEW]]), poOf(translatedEntry(idA, A), translatedEntry(idB, B, { fuzzy: true }), translatedEntry(idC, C)));
    expect(summarize(rows)).toEqual({ translated: 1, fuzzy: 1, untranslated: 0, stale: 0, missing: 1, obsolete: 1, total: 3, percent: 33.3 });
  });

  it('calls an empty document complete', () => {
    expect(summarize([])).toMatchObject({ total: 0, percent: 100 });
  });
});

describe('driftFindings', () => {
  const findings = driftFindings({
    doc: 'crue',
    lang: 'en',
    poFile: 'locales/en/crue.po',
    catalog,
    current: segmentsOf([[A2, NEW], [C]]),
    po: poOf(translatedEntry(idA, A, { line: 5 }), translatedEntry(idB, B, { line: 10 }), translatedEntry(idC, C, { line: 15, fuzzy: true })),
  });

  it('reports every segment that is not publishable, on the PO file and line', () => {
    expect(findings.map(({ rule, severity, id, line, file, doc, lang }) => ({ rule, severity, id, line, file, doc, lang }))).toEqual([
      { rule: 'stale', severity: 'error', id: idA, line: 5, file: 'locales/en/crue.po', doc: 'crue', lang: 'en' },
      { rule: 'missing', severity: 'error', id: findings[1]!.id, line: undefined, file: 'locales/en/crue.po', doc: 'crue', lang: 'en' },
      { rule: 'fuzzy', severity: 'error', id: idC, line: 15, file: 'locales/en/crue.po', doc: 'crue', lang: 'en' },
      { rule: 'obsolete', severity: 'warning', id: idB, line: 10, file: 'locales/en/crue.po', doc: 'crue', lang: 'en' },
    ]);
    expect(findings[1]).not.toHaveProperty('line');
  });

  it('names the segment and says what to do', () => {
    expect(findings[0]!.message).toBe(
      `Segment ${idA} "Les pluies ont fait quatorze morts dans le Gard, selon la p…": the French changed since it was translated (was "Les pluies ont fait douze morts dans le Gard, selon la préf…"); run tessera extract, then review the translation.`,
    );
    expect(findings[1]!.message).toMatch(/is new in the source and not in the catalog yet; run tessera extract/);
    expect(findings[2]!.message).toMatch(/is marked fuzzy; review the translation and remove the fuzzy flag/);
    expect(findings[3]!.message).toMatch(/no longer in the source; run tessera extract to keep its translation as obsolete/);
  });

  it('has one rule per state that needs work, and nothing for a complete translation', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual(['fuzzy', 'missing', 'obsolete', 'stale', 'untranslated']);
    for (const finding of findings) expect(RULES.find((rule) => rule.id === finding.rule)?.severity).toBe(finding.severity);
    expect(driftFindings({ doc: 'crue', lang: 'en', poFile: 'x.po', catalog, current: segmentsOf([[A, B], [C]]), po: COMPLETE })).toEqual([]);
  });

  it('works before the first extract: no catalog, no PO', () => {
    const before = driftFindings({ doc: 'crue', lang: 'ar', poFile: 'locales/ar/crue.po', catalog: [], current: segmentsOf([[A]]), po: undefined });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ rule: 'missing', severity: 'error', lang: 'ar' });
  });
});
