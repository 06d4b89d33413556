// Exact, in-context and fuzzy matches, penalties, adaptation of figures, ordering and options.
import { describe, expect, it } from 'vitest';
import { adaptTarget, buildIndex, lookup, lookupBruteForce, type MemoryEntry } from '../src/memory/index.js';
import { entry } from './support/memory-entry.js';

const memory: MemoryEntry[] = [
  entry('426 civils ont été tués le 3 mars.', '426 civilians were killed on 3 March.'),
  entry('426 civils ont été tués le 3 mars.', 'قُتل ٤٢٦ مدنياً في ٣ آذار.', { targetLang: 'ar' }),
  entry('Le président a reçu <1>les ministres</1>.', 'The president received <1>the ministers</1>.', {
    tuid: 's-4k2m9q',
    doc: 'gaza',
    prev: 'Le conseil s’est réuni.',
    next: 'Il a parlé.',
  }),
  entry('Le président a reçu <1>les ministres</1>.', 'The president welcomed <1>the ministers</1>.', { changed: '20240101T000000Z' }),
  entry('Le bilan s’élève à 1 500 morts.', 'The toll stands at 1,500 dead.'),
  entry('Le bilan s’élève à 1 500 morts.', 'بلغت الحصيلة ١٬٥٠٠ قتيل.', { targetLang: 'ar' }),
  entry('Les écoles restent fermées', 'Schools remain closed'),
  entry('Une phrase sans rapport avec la requête.', 'Unrelated.'),
  entry('Les deux soldats ont été blessés à Gaza.', 'The two soldiers were wounded in Gaza.'),
  entry('Un soldat a été blessé à Rafah hier soir.', 'A soldier was wounded in Rafah last night.'),
];
const index = buildIndex(memory);

describe('lookup', () => {
  it('finds exact matches at 100, newest first, and only in the asked language', () => {
    const matches = lookup(index, { text: 'Le président a reçu <1>les ministres</1>.' }, { targetLang: 'en' });
    expect(matches.map((m) => [m.score, m.kind, m.entry.target])).toEqual([
      [100, 'exact', 'The president welcomed <1>the ministers</1>.'],
      [100, 'exact', 'The president received <1>the ministers</1>.'],
    ]);
  });

  it.each([
    ['the same segment ID', { id: 's-4k2m9q' }],
    ['the same ID in the same document', { id: 's-4k2m9q', doc: 'gaza' }],
    ['the same neighbours', { prev: 'Le conseil s’est réuni.', next: 'Il a parlé.' }],
    ['the same neighbours, spacing aside', { prev: ' Le conseil  s’est réuni.', next: 'Il a parlé. ' }],
  ])('scores 101 in context with %s', (_label, context) => {
    const [best] = lookup(index, { text: 'Le président a reçu <1>les ministres</1>.', ...context });
    expect([best!.score, best!.kind, best!.entry.tuid]).toEqual([101, 'in-context', 's-4k2m9q']);
  });

  it.each([
    ['another document', { id: 's-4k2m9q', doc: 'other' }],
    ['other neighbours', { prev: 'Autre chose.', next: 'Il a parlé.' }],
  ])('is only exact with the ID in %s', (_label, context) => {
    const [best] = lookup(index, { text: 'Le président a reçu <1>les ministres</1>.', ...context });
    expect(best!.score).toBe(100);
  });

  it.each([
    ['case only', 'le président a reçu <1>les ministres</1>.', 99, ['case']],
    ['tags missing', 'Le président a reçu les ministres.', 98, ['tags']],
    ['punctuation', 'Le président a reçu <1>les ministres</1> !', 93, ['punctuation']],
    ['a number', '427 civils ont été tués le 3 mars.', 94, ['numbers']],
    ['a word', 'Le président a salué <1>les ministres</1>.', 88, []],
    ['a number in words', 'Les trois soldats ont été blessés à Gaza.', 84, ['numbers']],
    ['a number in words grown into a compound', 'Les vingt-deux soldats ont été blessés à Gaza.', 82, ['numbers', 'punctuation']],
    ['not an article taken for one', 'Le soldat a été blessé à Rafah hier soir.', 95, []],
  ])('penalizes %s', (_label, text, score, penalties) => {
    const [best] = lookup(index, { text }, { targetLang: 'en' });
    expect(best!.kind).toBe('fuzzy');
    expect(best!.penalties).toEqual(penalties);
    expect(best!.score).toBe(score);
  });

  it('adapts figures: 426 civils found for 450 civils gives 450 civilians, flagged fuzzy', () => {
    const [en] = lookup(index, { text: '450 civils ont été tués le 3 mars.' }, { targetLang: 'en' });
    expect(en).toMatchObject({ kind: 'fuzzy', adapted: '450 civilians were killed on 3 March.', penalties: ['numbers'] });
    expect(en!.score).toBeLessThan(100);
    expect(en!.diff).toEqual([
      { op: 'delete', text: '426' },
      { op: 'insert', text: '450' },
      { op: 'equal', text: ' civils ont été tués le 3 mars.' },
    ]);
  });

  it('adapts into Arabic-Indic digits and the same month names', () => {
    const [ar] = lookup(index, { text: '450 civils ont été tués le 12 avril.' }, { targetLang: 'ar', min: 70 });
    expect(ar!.adapted).toBe('قُتل ٤٥٠ مدنياً في ١٢ نيسان.');
    const [toll] = lookup(index, { text: 'Le bilan s’élève à 2 500 morts.' }, { targetLang: 'ar' });
    expect(toll!.adapted).toBe('بلغت الحصيلة ٢٬٥٠٠ قتيل.');
    // 2 750 counts with an accusative singular (قتيلاً), 1 500 with a genitive: the noun would have to change.
    const [grown] = lookup(index, { text: 'Le bilan s’élève à 2 750 morts.' }, { targetLang: 'ar' });
    expect(grown!.penalties).toEqual(['numbers']);
    expect(grown!.adapted).toBeUndefined();
    const [tollEn] = lookup(index, { text: 'Le bilan s’élève à 2 750 morts.' }, { targetLang: 'en' });
    expect(tollEn!.adapted).toBe('The toll stands at 2,750 dead.');
  });

  it.each([
    ['words differ too', 'Environ 450 civils ont été tués le 3 mars.', '426 civils ont été tués le 3 mars.', '426 civilians were killed on 3 March.'],
    ['the number is not in the target', '450 civils ont été tués.', '426 civils ont été tués.', 'Hundreds of civilians were killed.'],
    ['nothing differs', '426 civils.', '426 civils.', '426 civilians.'],
  ])('does not adapt when %s', (_label, query, source, target) => {
    expect(adaptTarget(query, source, target, 'fr', 'en')).toBeUndefined();
  });

  it('keeps to the threshold and the limit', () => {
    // 64 before penalties: below the default 75, above 60.
    expect(lookup(index, { text: 'Les écoles restent ouvertes demain' }, { targetLang: 'en' })).toEqual([]);
    expect(lookup(index, { text: 'Les écoles restent ouvertes demain' }, { targetLang: 'en', min: 60 }).map((m) => m.score)).toEqual([64]);
    expect(lookup(index, { text: 'Le président a reçu <1>les ministres</1>.' }, { limit: 1 })).toHaveLength(1);
    expect(lookup(index, { text: 'Le président a reçu <1>les ministres</1>.' }, { limit: 0 })).toEqual([]);
  });

  it('gives the same matches as brute force', () => {
    for (const text of ['450 civils ont été tués le 3 mars.', 'Le président a reçu les ministres', 'Les écoles restent fermées.', 'xyz']) {
      for (const limit of [1, 10, Infinity]) {
        const strip = (ms: ReturnType<typeof lookup>) => ms.map((m) => [m.score, m.kind, m.entry.target, m.adapted]);
        expect(strip(lookup(index, { text }, { limit }))).toEqual(strip(lookupBruteForce(memory, { text }, { limit })));
      }
    }
  });
});

describe('one suggestion, listed once', () => {
  const convoy = 'Le convoi est arrivé à Mossoul hier soir.';
  const copies = [
    entry(convoy, 'The convoy reached Mosul last night.', { origin: 'locales/en/memory.tmx', tuid: 's-1' }),
    entry(convoy, 'The convoy reached Mosul yesterday evening.', { origin: 'locales/en/memory.tmx', tuid: 's-2' }),
  ];
  const imported = [
    entry(convoy, 'The convoy reached Mosul last night.', { origin: 'locales/en/agency.tmx', tuid: 'a-9' }),
    entry(convoy, 'The convoy reached Mosul last night.', { origin: 'locales/en/agency.tmx', tuid: 'a-10' }),
    entry('Le convoi est arrivé à Bagdad hier soir.', 'The convoy reached Baghdad last night.', { origin: 'locales/en/agency.tmx' }),
  ];
  const memories = [buildIndex(copies), buildIndex(imported)];
  const shown = (matches: ReturnType<typeof lookup>) =>
    matches.map((m) => [m.score, m.entry.target, m.entry.tuid, (m.alsoIn ?? []).map((e) => `${e.origin} ${e.tuid}`)]);

  it('the same source and translation in several places is one match, with where else it is', () => {
    expect(shown(lookup(memories, { text: convoy }))).toEqual([
      [100, 'The convoy reached Mosul last night.', 's-1', ['locales/en/agency.tmx a-9', 'locales/en/agency.tmx a-10']],
      [100, 'The convoy reached Mosul yesterday evening.', 's-2', []],
      [expect.any(Number), 'The convoy reached Baghdad last night.', undefined, []],
    ]);
  });

  it('the limit counts suggestions: copies do not crowd out another translation or a fuzzy match', () => {
    // Three exact entries, two of them copies: the search at 100 alone does not fill a limit of 3.
    expect(shown(lookup(memories, { text: convoy }, { limit: 3 })).map(([, target]) => target)).toEqual([
      'The convoy reached Mosul last night.',
      'The convoy reached Mosul yesterday evening.',
      'The convoy reached Baghdad last night.',
    ]);
    expect(shown(lookup(memories, { text: convoy }, { limit: 1 }))).toEqual([[100, 'The convoy reached Mosul last night.', 's-1', ['locales/en/agency.tmx a-9', 'locales/en/agency.tmx a-10']]]);
  });

  it('brute force lists them the same way', () => {
    const all = [...copies, ...imported];
    for (const limit of [1, 2, 3, 10]) expect(shown(lookupBruteForce(all, { text: convoy }, { limit }))).toEqual(shown(lookup(buildIndex(all), { text: convoy }, { limit })));
  });
});

describe('scoring entries that share a source', () => {
  it('works out the source once, and the context, language and penalties still per entry', () => {
    const source = 'Le convoi est arrivé à Mossoul.';
    const entries = [
      entry(source, 'The convoy reached Mosul.', { tuid: 's-1' }),
      entry(source, 'The convoy arrived in Mosul.', { tuid: 's-2', targetLang: 'en-GB' }),
      entry(source, 'وصلت القافلة إلى الموصل.', { tuid: 's-3', targetLang: 'ar' }),
      ...Array.from({ length: 200 }, (_, i) => entry(source, `Copy ${i}.`, { tuid: `c-${i}`, targetLang: i % 2 ? 'ar' : 'en' })),
    ];
    const index = buildIndex(entries);
    const shown = (matches: ReturnType<typeof lookup>) => matches.map((m) => [m.score, m.kind, m.entry.tuid, m.penalties]);
    expect(shown(lookup(index, { text: source, id: 's-2' }, { targetLang: 'en', limit: 3 }))).toEqual([
      [101, 'in-context', 's-2', []],
      [100, 'exact', 's-1', []],
      [100, 'exact', 'c-0', []],
    ]);
    // Fuzzy: the same penalty for every entry of the source, each with its own list.
    const fuzzy = lookup(index, { text: 'Le convoi est arrivé à Mossoul' }, { targetLang: 'ar', limit: 102 });
    expect(fuzzy).toHaveLength(101);
    expect(new Set(fuzzy.map((m) => `${m.score} ${m.penalties.join()}`))).toEqual(new Set(['95 punctuation']));
    fuzzy[0]!.penalties.push('case');
    expect(fuzzy[1]!.penalties).toEqual(['punctuation']);
    expect(shown(lookup(index, { text: 'Le convoi est arrivé à Mossoul' }, { targetLang: 'ar', limit: 102 }))).toEqual(
      shown(lookupBruteForce(entries, { text: 'Le convoi est arrivé à Mossoul' }, { targetLang: 'ar', limit: 102 })),
    );
  });
});

describe('other translations of an exact match', () => {
  const source = 'Le bilan s’est encore alourdi.';
  const memories = buildIndex([
    entry(source, 'The toll rose again.', { tuid: 's-1', doc: 'a', changed: '20240101T000000Z' }),
    entry(source, 'The death toll rose further.', { tuid: 's-2', doc: 'b', changed: '20230101T000000Z' }),
    entry(source, 'The toll rose again.', { tuid: 's-3', doc: 'c' }),
    entry(source, 'Toll up (draft).', { tuid: 's-4', notApproved: 'approved: no' }),
    entry('Le bilan s’est encore alourdi hier.', 'The toll rose again yesterday.'),
  ]);
  const shown = (matches: ReturnType<typeof lookup>) => matches.map((m) => [m.score, m.entry.target, m.otherTranslations]);

  it('counts the approved translations of the sentence beside each exact match, listed or not', () => {
    expect(shown(lookup(memories, { text: source }, { limit: 1 }))).toEqual([[100, 'The toll rose again.', 1]]);
    expect(shown(lookup(memories, { text: source }))).toEqual([
      [100, 'The toll rose again.', 1],
      [100, 'The death toll rose further.', 1],
      [100, 'Toll up (draft).', 2],
      [expect.any(Number), 'The toll rose again yesterday.', undefined],
    ]);
    // In context, the same count: the caller decides what context settles.
    expect(shown(lookup(memories, { text: source, id: 's-2', doc: 'b' }, { limit: 1 }))).toEqual([[101, 'The death toll rose further.', 1]]);
  });

  it('takes translations that differ only in spacing for one', () => {
    const spaced = buildIndex([entry(source, 'The toll rose again.', { tuid: 'a' }), entry(source, 'The toll rose\u00a0again. ', { tuid: 'b' })]);
    expect(lookup(spaced, { text: source }).map((m) => [m.entry.tuid, m.otherTranslations, m.alsoIn?.map((e) => e.tuid)])).toEqual([['a', undefined, ['b']]]);
  });

  it('says nothing when every copy has the same translation, or the others are drafts', () => {
    const single = buildIndex([entry(source, 'The toll rose again.'), entry(source, 'The toll rose again.'), entry(source, 'Toll up (draft).', { notApproved: 'approved: no' })]);
    expect(shown(lookup(single, { text: source }))).toEqual([
      [100, 'The toll rose again.', undefined],
      [100, 'Toll up (draft).', 1],
    ]);
  });
});
