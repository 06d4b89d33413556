// Pre-translation of new entries: segments without words are copied from the source (no
// lookup); the others take the memory's best match.
import { describe, expect, it } from 'vitest';
import { pretranslate } from '../src/memory/pretranslate.js';
import type { LookupQuery, Match } from '../src/memory/index.js';
import type { TranslationEntry, TranslationFile } from '../src/types.js';

const po = (entries: Array<Partial<TranslationEntry>>): TranslationFile => ({
  doc: 'brief',
  lang: 'ar',
  headers: {},
  entries: entries.map((e, i) => ({ id: `s-${i}`, source: '', target: '', fuzzy: false, obsolete: false, ...e })),
});

describe('pretranslate: segments without words', () => {
  it.each<[string, string]>([
    ['a table cell', '9'],
    ['a year', '2024'],
    ['a figure with its tags', '<1>45</1> %'],
    ['an escaped ampersand and a dash', '&amp; –'],
  ])('%s is copied, without a lookup', (_name, source) => {
    const asked: LookupQuery[] = [];
    const { po: out, filled } = pretranslate(po([{ source }]), (query) => (asked.push(query), undefined), { exactAsTranslated: true });
    expect(asked).toEqual([]);
    expect(out.entries[0]).toMatchObject({ target: source, fuzzy: false, translatorComments: 'tm: no words to translate: copied from the source' });
    expect(filled).toEqual([{ id: 's-0', score: 100, kind: 'copy', origin: undefined, fuzzy: false }]);
  });

  it('is fuzzy when exact matches are not taken as translated', () => {
    expect(pretranslate(po([{ source: '9' }]), () => undefined, { exactAsTranslated: false }).po.entries[0]).toMatchObject({ target: '9', fuzzy: true });
  });

  it('leaves words to the memory, and translated or obsolete entries alone', () => {
    const asked: string[] = [];
    const { po: out, filled } = pretranslate(
      po([{ source: '12 h 30' }, { source: '9', target: '٩' }, { source: '3', obsolete: true }]),
      (query) => (asked.push(query.text), undefined as Match | undefined),
      { exactAsTranslated: true },
    );
    expect(asked).toEqual(['12 h 30']);
    expect(filled).toEqual([]);
    expect(out.entries.map((e) => e.target)).toEqual(['', '٩', '']);
  });
});

describe('pretranslate: the match origin comment', () => {
  const match = (extra: Partial<Match>): Match => ({
    score: 90,
    kind: 'fuzzy',
    entry: { source: '12 soldats ont été blessés.', target: 'أصيب 12 جنديا.', sourceLang: 'fr', targetLang: 'ar', tuid: 's-1', origin: 'locales/ar/memory.tmx', props: [] },
    diff: [],
    penalties: ['numbers'],
    ...extra,
  });

  it.each<[string, Partial<Match>, string, string]>([
    ['adapted figures', { adapted: 'أصيب 13 جنديا.' }, 'أصيب 13 جنديا.', 'tm: fuzzy match 90% from locales/ar/memory.tmx (s-1), figures adapted'],
    [
      'figures that could not be adapted, and why',
      { notAdapted: 'the word after 12 in the target may have to change for 9' },
      'أصيب 12 جنديا.',
      'tm: fuzzy match 90% from locales/ar/memory.tmx (s-1); figures not adapted: the word after 12 in the target may have to change for 9',
    ],
  ])('names %s', (_label, extra, target, comment) => {
    const { po: out } = pretranslate(po([{ source: '9 soldats ont été blessés.' }]), () => match(extra), { exactAsTranslated: true });
    expect(out.entries[0]).toMatchObject({ target, fuzzy: true, translatorComments: comment });
  });
});
