// TMX units ↔ memory entries, and harvesting approved translations into the project memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';
import type { TranslationUnit } from '../src/formats/tmx/index.js';
import { entriesFromTmx, entriesFromUnit, harvestEntries, mergeEntries, mergeKey, planMerge, tmxFromEntries, unitFromEntry, type MemoryEntry } from '../src/memory/index.js';
import type { TranslationEntry } from '../src/types.js';

const golden = parseTmx(readFileSync(new URL('fixtures/tmx/golden.tmx', import.meta.url), 'utf8'));

describe('entries from TMX', () => {
  it('gives one entry per target variant, with document, neighbours, props, dates and codes', () => {
    const entries = entriesFromTmx(golden, { origin: 'golden.tmx' });
    expect(entries.filter((e) => e.tuid === 's-4k2m9q').map((e) => e.targetLang)).toEqual(['en', 'ar']);
    const [en] = entries;
    expect(en).toMatchObject({
      source: 'Selon <1>le ministère</1>, <2>426 civils</2> ont été tués.<3/>',
      target: '<2>426 civilians</2> were killed, according to <1>the ministry</1>.<3/>',
      sourceLang: 'fr',
      targetLang: 'en',
      tuid: 's-4k2m9q',
      doc: 'gaza-2024-03',
      prev: '',
      next: "Le bilan s'alourdit.",
      props: [],
      created: '20240315T102030Z',
      changed: '20240316T080000Z',
      origin: 'golden.tmx',
    });
    expect(en!.sourceCodes!.map((c) => c.open.element)).toEqual(['bpt', 'hi', 'ph']);
    // A unit with only the source language gives no entry.
    expect(entries.some((e) => e.source === 'Sans traduction.')).toBe(false);
  });

  it('filters on the target language and matches language tags loosely', () => {
    expect(entriesFromTmx(golden, { targetLang: 'AR' }).map((e) => e.targetLang)).toEqual(['ar']);
    const lisa = parseTmx(readFileSync(new URL('fixtures/tmx/lisa-compkit_ExportTest2A_en-us_fr-ca_inline.tmx', import.meta.url), 'utf8'));
    expect(entriesFromTmx(lisa, { sourceLang: 'en', targetLang: 'fr' })).toHaveLength(6);
  });

  it('writes entries back to the same units', () => {
    const entries = entriesFromTmx(golden, { targetLang: 'en' });
    const again = entriesFromTmx(parseTmx(serializeTmx(tmxFromEntries(entries))));
    expect(again).toEqual(entries);
    const xml = serializeTmx(tmxFromEntries(entries));
    expect(xml).toContain('<bpt i="1" x="1" type="link">[</bpt>le ministère<ept i="1">](https://example.org/?a=1&amp;b=2)</ept>');
    expect(xml).toContain('<prop type="x-doc">gaza-2024-03</prop>');
  });
});

describe('what a unit holds beyond the entry', () => {
  const okapi = parseTmx(readFileSync(new URL('fixtures/tmx/okapi-rainbow_potest_en_fr.tmx', import.meta.url), 'utf8'));
  // A date on the target variant only, a prop with attributes of its own, a note on each level.
  const extra = parseTmx(
    '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/><body>' +
      '<tu tuid="d" lastusagedate="20240101T000000Z"><note>unit</note><prop type="x-client" xml:lang="fr">Agence</prop>' +
      '<tuv xml:lang="fr"><note>source</note><seg>Bonjour.</seg></tuv>' +
      '<tuv xml:lang="en" creationdate="20230101T000000Z" creationid="okapi"><prop type="approved">no</prop><seg>Hello.</seg></tuv></tu>' +
      // The same date on the unit and on its target: both stay.
      '<tu tuid="both" creationdate="20230101T000000Z"><tuv xml:lang="fr"><seg>Oui.</seg></tuv><tuv xml:lang="en" creationdate="20230101T000000Z"><seg>Yes.</seg></tuv></tu>' +
      '</body></tmx>',
  );
  const cases = [
    { name: 'golden.tmx', units: golden.units, sourceLang: 'fr' },
    { name: 'Okapi Rainbow', units: okapi.units, sourceLang: 'en' },
    { name: 'dates on a variant, a prop with attributes', units: extra.units, sourceLang: 'fr' },
  ];
  it.each(cases)('$name: every unit comes back whole from its entries (one per target)', ({ units, sourceLang }) => {
    let checked = 0;
    for (const { line: _line, ...unit } of units as TranslationUnit[]) {
      const source = unit.variants.find((v) => v.lang.toLowerCase().startsWith(sourceLang))!;
      for (const entry of entriesFromUnit(unit, { sourceLang })) {
        const target = unit.variants.find((v) => v !== source && v.lang === entry.targetLang)!;
        expect(unitFromEntry(entry)).toEqual({ ...unit, variants: [source, target] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("keeps Okapi's approval and a target's own date where the file had it", () => {
    const [entry] = entriesFromUnit(extra.units[0]!, { sourceLang: 'fr' });
    expect(entry!.created).toBe('20230101T000000Z');
    expect(entry!.tmx?.target?.props).toEqual([{ type: 'approved', value: 'no' }]);
    const xml = serializeTmx(tmxFromEntries([entry!]));
    expect(xml).toContain('<tu tuid="d" lastusagedate="20240101T000000Z">');
    expect(xml).toContain('<tuv xml:lang="en" creationdate="20230101T000000Z" creationid="okapi">');
    // Without extras (an index for lookups): the same entry, without `tmx`.
    const { tmx: _tmx, ...plain } = entry!;
    expect(entriesFromUnit(extra.units[0]!, { sourceLang: 'fr', extras: false })).toEqual([plain]);
    // A plain unit's entry carries nothing more.
    expect(entriesFromTmx(golden, { targetLang: 'en' }).find((e) => e.tuid === 'isolated')!.tmx).toBeUndefined();
  });
});

const po = (id: string, source: string, target: string, extra: Partial<TranslationEntry> = {}): TranslationEntry => ({
  id,
  source,
  target,
  fuzzy: false,
  obsolete: false,
  ...extra,
});

describe('harvest and merge', () => {
  const file = [
    po('s-1', 'Titre.', 'Title.'),
    po('s-2', 'Deux.', 'Two.', { fuzzy: true }),
    po('s-3', 'Trois.', ''),
    po('s-9', 'Ancien.', 'Old.', { obsolete: true }),
    po('s-4', 'Quatre.', 'Four.'),
  ];

  it('harvests translated, non-fuzzy, live entries with their neighbours', () => {
    const harvested = harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: file, date: '20240401T000000Z' });
    expect(harvested.map((e) => [e.tuid, e.prev, e.next])).toEqual([
      ['s-1', '', 'Deux.'],
      ['s-4', 'Trois.', ''],
    ]);
    expect(harvested[0]).toMatchObject({ doc: 'art', created: '20240401T000000Z', changed: '20240401T000000Z' });
  });

  it('merges idempotently and dates only real changes', () => {
    const first = harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: file, date: '20240401T000000Z' });
    const once = mergeEntries([], first);
    expect([once.added, once.changed]).toEqual([2, 0]);
    const twice = mergeEntries(once.entries, harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: file, date: '20240502T000000Z' }));
    expect([twice.added, twice.changed]).toEqual([0, 0]);
    expect(twice.entries).toEqual(once.entries);
    const edited = file.map((e) => (e.id === 's-4' ? { ...e, target: 'Four!' } : e));
    const third = mergeEntries(twice.entries, harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: edited, date: '20240603T000000Z' }));
    expect([third.added, third.changed]).toEqual([0, 1]);
    expect(third.entries[1]).toMatchObject({ target: 'Four!', created: '20240401T000000Z', changed: '20240603T000000Z' });
  });

  it('keeps entries of other documents and languages apart', () => {
    const en = harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: file });
    const ar = harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'ar', entries: file });
    const other = harvestEntries({ doc: 'other', sourceLang: 'fr', targetLang: 'en', entries: file });
    expect(mergeEntries(mergeEntries(en, ar).entries, other).entries).toHaveLength(6);
  });

  it("a replaced entry keeps its unit's notes and attributes", () => {
    const old: MemoryEntry = { ...harvestEntries({ doc: 'art', sourceLang: 'fr', targetLang: 'en', entries: file })[0]!, tmx: { notes: [{ text: 'checked' }], attrs: { usagecount: '4' } } };
    const update = { ...old, target: 'Changed.', tmx: undefined };
    const { entries, changed } = mergeEntries([old], [update]);
    expect(changed).toBe(1);
    expect(entries[0]).toMatchObject({ target: 'Changed.', tmx: { notes: [{ text: 'checked' }], attrs: { usagecount: '4' } } });
  });

  describe('planMerge: the merge as changes to a memory read in place', () => {
    const at = (tuid: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
      source: `Phrase ${tuid}.`,
      target,
      sourceLang: 'fr',
      targetLang: 'en',
      tuid,
      doc: 'art',
      props: [],
      created: '20240101T000000Z',
      ...extra,
    });
    const cases: Array<{ name: string; memory: MemoryEntry[]; updates: MemoryEntry[]; replace: Array<[number, string]>; append: string[]; counts: [number, number] }> = [
      { name: 'nothing new', memory: [at('a', 'A')], updates: [at('a', 'A', { created: '20250101T000000Z' })], replace: [], append: [], counts: [0, 0] },
      { name: 'an edit in place', memory: [at('a', 'A'), at('b', 'B')], updates: [at('b', 'B2')], replace: [[1, 'B2']], append: [], counts: [0, 1] },
      { name: 'a new entry goes last', memory: [at('a', 'A')], updates: [at('c', 'C')], replace: [], append: ['C'], counts: [1, 0] },
      // A key twice in the memory (a file edited by hand): the later one is merged, as mergeEntries did.
      { name: 'a key twice in the memory', memory: [at('a', 'A1'), at('b', 'B'), at('a', 'A2')], updates: [at('a', 'A3')], replace: [[2, 'A3']], append: [], counts: [0, 1] },
      { name: 'the same key twice in the updates', memory: [at('a', 'A')], updates: [at('a', 'A2'), at('a', 'A3'), at('d', 'D1'), at('d', 'D2')], replace: [[0, 'A3']], append: ['D2'], counts: [1, 3] },
      { name: 'the neighbours are content', memory: [at('a', 'A', { prev: 'x' })], updates: [at('a', 'A', { prev: 'y' })], replace: [[0, 'A']], append: [], counts: [0, 1] },
    ];
    it.each(cases)('$name', ({ memory, updates, replace, append, counts }) => {
      const lastAt = new Map<string, number>();
      memory.forEach((e, i) => lastAt.set(mergeKey(e), i));
      const plan = planMerge((i) => memory[i]!, (key) => lastAt.get(key), updates);
      expect([...plan.replace].map(([i, e]) => [i, e.target])).toEqual(replace);
      expect(plan.append.map((e) => e.target)).toEqual(append);
      expect([plan.added, plan.changed]).toEqual(counts);
      // A replaced entry keeps its creation date.
      for (const e of plan.replace.values()) expect(e.created).toBe('20240101T000000Z');
      // mergeEntries is the plan applied to an array.
      expect(mergeEntries(memory, updates).entries).toEqual([...memory.map((e, i) => plan.replace.get(i) ?? e), ...plan.append]);
    });
  });
});
