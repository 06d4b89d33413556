// TMX units ↔ memory entries, and harvesting approved translations into the project memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';
import { entriesFromTmx, harvestEntries, mergeEntries, tmxFromEntries } from '../src/memory/index.js';
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
});
