import { describe, expect, it } from 'vitest';
import { buildEdition, formatDateline, IncompleteEditionError, StaleCatalogError, type EditionInput } from '../src/build/index.js';
import { InputError } from '../src/errors.js';
import { segmentsOf } from './support/naive-segments.js';
import type { CatalogEntry } from '../src/types.js';

const MARKDOWN = `---
date: 2017-07
lang: fr
---

# Mossoul libérée

Première phrase avec *Amnesty International*. Deuxième phrase. Troisième phrase.

![Une carte](carte.png)
`;


const SEGMENTS = segmentsOf(MARKDOWN);
const EN = new Map([
  ['s-a', 'Mosul freed'],
  ['s-b', 'First sentence with <1>Amnesty International</1>.'],
  ['s-c', 'Second sentence.'],
  ['s-d', 'Third sentence.'],
  ['s-e', 'A map'],
]);
const input = (over: Partial<EditionInput> = {}): EditionInput => ({
  doc: 'mossoul-2017',
  lang: 'en',
  sourceLang: 'fr',
  markdown: MARKDOWN,
  segments: SEGMENTS,
  translations: EN,
  ...over,
});
const without = (...ids: string[]): Map<string, string> => new Map([...EN].filter(([id]) => !ids.includes(id)));

describe('buildEdition', () => {
  it('segments of the test document are as expected', () => {
    expect(SEGMENTS.map((s) => [s.id, s.block, s.text])).toEqual([
      ['s-a', 0, 'Mossoul libérée'],
      ['s-b', 1, 'Première phrase avec <1>Amnesty International</1>.'],
      ['s-c', 1, 'Deuxième phrase.'],
      ['s-d', 1, 'Troisième phrase.'],
      ['s-e', 2, 'Une carte'],
    ]);
  });

  it('builds a complete edition: blocks are their segments joined by a space', () => {
    const edition = buildEdition(input());
    expect(edition.markdown).toBe(`---
date: 2017-07
lang: en
source: mossoul-2017.md
sourceLang: fr
---

# Mosul freed

First sentence with *Amnesty International*. Second sentence. Third sentence.

![A map](carte.png)
`);
    expect(edition.fallbackIds).toEqual([]);
    expect(edition.bundle).toEqual(Object.fromEntries(EN));
  });

  const incomplete: Array<{ name: string; translations: Map<string, string>; ids: string[] }> = [
    { name: 'one missing', translations: without('s-c'), ids: ['s-c'] },
    { name: 'several missing, in document order', translations: without('s-e', 's-a', 's-d'), ids: ['s-a', 's-d', 's-e'] },
    { name: 'an empty translation counts as missing', translations: new Map([...EN, ['s-b', '  ']]), ids: ['s-b'] },
    { name: 'nothing translated', translations: new Map(), ids: ['s-a', 's-b', 's-c', 's-d', 's-e'] },
  ];
  it.each(incomplete)('refuses an incomplete edition: $name', ({ translations, ids }) => {
    let error: unknown;
    try {
      buildEdition(input({ translations }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IncompleteEditionError);
    expect((error as IncompleteEditionError).ids).toEqual(ids);
    expect((error as IncompleteEditionError).message).toContain(ids.join(', '));
  });

  const fallbacks: Array<{ name: string; missing: string[]; paragraph: string; alt?: string }> = [
    {
      name: 'one sentence',
      missing: ['s-c'],
      paragraph: 'First sentence with *Amnesty International*. <span lang="fr" dir="ltr">Deuxième phrase.</span> Third sentence.',
    },
    {
      name: 'adjacent sentences share one span',
      missing: ['s-c', 's-d'],
      paragraph: 'First sentence with *Amnesty International*. <span lang="fr" dir="ltr">Deuxième phrase. Troisième phrase.</span>',
    },
    {
      name: 'a sentence with inline markup',
      missing: ['s-b'],
      paragraph: '<span lang="fr" dir="ltr">Première phrase avec *Amnesty International*.</span> Second sentence. Third sentence.',
    },
    {
      name: 'alt text falls back as plain text',
      missing: ['s-e'],
      paragraph: 'First sentence with *Amnesty International*. Second sentence. Third sentence.',
      alt: '![Une carte](carte.png)',
    },
  ];
  it.each(fallbacks)('allowIncomplete falls back to French marked lang="fr": $name', ({ missing, paragraph, alt }) => {
    const edition = buildEdition(input({ translations: without(...missing), allowIncomplete: true }));
    expect(edition.fallbackIds).toEqual(missing);
    expect(edition.markdown).toContain(`\n\n${paragraph}\n\n`);
    if (alt) expect(edition.markdown).toContain(alt);
    // Only translations are published in the bundle; i18next falls back to the source bundle.
    expect(Object.keys(edition.bundle)).toEqual([...without(...missing).keys()]);
    const spans = paragraph.includes('<span') ? 1 : 0;
    expect(edition.html.match(/<span lang="fr" dir="ltr">/g)?.length ?? 0).toBe(spans);
  });

  it('writes the source front matter with the edition language, the source file and language', () => {
    expect(buildEdition(input({ lang: 'ar' })).markdown.startsWith('---\ndate: 2017-07\nlang: ar\nsource: mossoul-2017.md\nsourceLang: fr\n---\n')).toBe(true);
    const noDate = buildEdition(input({ markdown: MARKDOWN.replace('date: 2017-07\n', '') }));
    expect(noDate.markdown.startsWith('---\nlang: en\nsource: mossoul-2017.md\nsourceLang: fr\n---\n')).toBe(true);
    expect(noDate.html).not.toContain('<time');
    const bare = buildEdition(input({ markdown: MARKDOWN.replace(/^---[\s\S]*?---\n/, '') }));
    expect(bare.markdown.startsWith('---\nlang: en\nsource: mossoul-2017.md\nsourceLang: fr\n---\n')).toBe(true);
  });

  it("translates a site generator's title and description, and keeps its other keys and comments", () => {
    const markdown = MARKDOWN.replace(
      'lang: fr\n',
      'lang: fr\ntitle: "Mossoul : la fin de la bataille"\ndescription: La ville est libérée.\nauthor: Rédaction\ntags: [Irak, Mossoul]\nsource: AFP # agence\n',
    );
    const english: Record<string, string> = {
      'Mossoul : la fin de la bataille': 'Mosul: the end of the battle',
      'La ville est libérée.': 'The city is free.',
      'Mossoul libérée': 'Mosul freed',
      'Première phrase avec <1>Amnesty International</1>.': 'First sentence with <1>Amnesty International</1>.',
      'Deuxième phrase.': 'Second sentence.',
      'Troisième phrase.': 'Third sentence.',
      'Une carte': 'A map',
    };
    const segments = segmentsOf(markdown);
    expect(segments.slice(0, 2).map((s) => [s.kind, s.text])).toEqual([
      ['front-matter-title', 'Mossoul : la fin de la bataille'],
      ['front-matter-description', 'La ville est libérée.'],
    ]);
    const edition = buildEdition(input({ markdown, segments, translations: new Map(segments.map((s) => [s.id, english[s.text]!])) }));
    expect(edition.markdown.startsWith(
      '---\ndate: 2017-07\nlang: en\ntitle: "Mosul: the end of the battle"\ndescription: The city is free.\nauthor: Rédaction\ntags: [ Irak, Mossoul ]\nsource: AFP # agence\nsourceLang: fr\n---\n',
    )).toBe(true);
    // The page title is the front matter's; the bundle has both values under their IDs.
    expect(edition.html).toContain('<title>Mosul: the end of the battle</title>');
    expect(Object.values(edition.bundle)).toEqual(expect.arrayContaining(['Mosul: the end of the battle', 'The city is free.']));
  });

  const datelines: Array<{ lang: string; date?: string; numberingSystem?: string; dateLocale?: string; text: string; datetime: string }> = [
    { lang: 'en', text: 'July 2017', datetime: '2017-07' },
    { lang: 'ar', text: 'يوليو 2017', datetime: '2017-07' },
    { lang: 'ar', numberingSystem: 'arab', text: 'يوليو ٢٠١٧', datetime: '2017-07' },
    { lang: 'fr', text: 'juillet 2017', datetime: '2017-07' },
    { lang: 'en', date: '2017-07-15', text: 'July 15, 2017', datetime: '2017-07-15' },
    { lang: 'ar', date: '2017-07-15', numberingSystem: 'arab', text: '١٥ يوليو ٢٠١٧', datetime: '2017-07-15' },
    { lang: 'en', date: '2017', text: '2017', datetime: '2017' },
    { lang: 'en', date: '2017-07-15', dateLocale: 'en-GB', text: '15 July 2017', datetime: '2017-07-15' },
    { lang: 'ar', dateLocale: 'ar-SY', text: 'تموز 2017', datetime: '2017-07', numberingSystem: 'latn' },
    { lang: 'ar', date: '2017-07-15', dateLocale: 'ar-MA', text: '15 يوليوز 2017', datetime: '2017-07-15', numberingSystem: 'latn' },
  ];
  it.each(datelines)('dateline $lang $date $numberingSystem $dateLocale → $text', ({ lang, date, numberingSystem, dateLocale, text, datetime }) => {
    const markdown = date ? MARKDOWN.replace('2017-07', date) : MARKDOWN;
    const html = buildEdition(input({ lang, markdown, numberingSystem, ...(dateLocale ? { dateLocale } : {}) })).html;
    expect(html).toContain(`<p class="dateline"><time datetime="${datetime}">${text}</time></p>`);
  });

  it.each(['2017-13', '2017-02-30', 'July 2017', '17-07'])('a bad date "%s" is an InputError at its line', (date) => {
    expect(() => buildEdition(input({ markdown: MARKDOWN.replace('2017-07', date) }))).toThrow(
      expect.objectContaining({ name: 'InputError', file: 'mossoul-2017.md', line: 2 }),
    );
  });

  it.each([
    ['an unsupported numbering system', { numberingSystem: 'zzzz' }, /numbering system "zzzz"/],
    ['a malformed numbering system', { numberingSystem: 'a' }, /numbering system "a"/],
    ['a language without date data', { lang: 'xx' }, /language "xx"/],
  ])('%s is an InputError, not a silent fallback', (_, over, message) => {
    expect(() => buildEdition(input(over))).toThrow(InputError);
    expect(() => buildEdition(input(over))).toThrow(message);
  });

  it('formatDateline accepts YAML timestamps and numbers, and nothing for no date', () => {
    expect(formatDateline(new Date(Date.UTC(2017, 6, 15)), 'en')).toEqual({ datetime: '2017-07-15', text: 'July 15, 2017' });
    expect(formatDateline(2017, 'fr')).toEqual({ datetime: '2017', text: '2017' });
    expect(formatDateline(undefined, 'en')).toBeUndefined();
  });

  it('a tag spanning a translated and a fallback sentence stays balanced', () => {
    const markdown = 'Une **phrase. Deux phrases.** Fin.\n';
    const segments: CatalogEntry[] = [
      { id: 's-a', block: 0, index: 0, kind: 'paragraph', text: 'Une <1>phrase.', line: 1, tags: [] },
      { id: 's-b', block: 0, index: 1, kind: 'paragraph', text: 'Deux phrases.</1>', line: 1, tags: [] },
      { id: 's-c', block: 0, index: 2, kind: 'paragraph', text: 'Fin.', line: 1, tags: [] },
    ];
    const edition = buildEdition(input({ markdown, segments, translations: new Map([['s-a', 'One <1>sentence.'], ['s-c', 'End.']]), allowIncomplete: true }));
    expect(edition.markdown).toContain('One **sentence. <span lang="fr" dir="ltr">Deux phrases.</span>** End.');
  });

  it('refuses a catalog that no longer matches the source', () => {
    const edited = MARKDOWN.replace('Deuxième phrase.', 'Deuxième phrase modifiée.');
    let error: unknown;
    try {
      buildEdition(input({ markdown: edited }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StaleCatalogError);
    expect((error as StaleCatalogError).blocks).toEqual([{ index: 1, line: 8 }]);
  });

  it('refuses segments of a block that is gone', () => {
    const extra: CatalogEntry = { ...SEGMENTS[0]!, id: 's-z', block: 7 };
    expect(() => buildEdition(input({ segments: [...SEGMENTS, extra] }))).toThrow(StaleCatalogError);
  });

  it('an invalid language tag is an InputError', () => {
    expect(() => buildEdition(input({ lang: 'not a tag' }))).toThrow(InputError);
  });
});
