// Plain-text right-to-left editions isolate Latin runs with LRI … PDI (the HTML edition uses
// <bdi>): table of texts, then the Markdown and i18next outputs of an Arabic edition.
import { describe, expect, it } from 'vitest';
import { buildEdition, isolateLatinText } from '../src/build/index.js';
import { segmentsOf } from './support/naive-segments.js';

const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';
const LRE = '\u202A';
const PDF = '\u202C';

describe('isolateLatinText', () => {
  it.each<[string, string, string]>([
    ['a name and its abbreviation', 'وفقاً لمنظمة Amnesty International (AI)، قُتل 426 مدنياً.', `وفقاً لمنظمة ${LRI}Amnesty International (AI)${PDI}، قُتل 426 مدنياً.`],
    ['a name in a tag, the tag outside', 'قال <1>Lynn Maalouf</1>.', `قال <1>${LRI}Lynn Maalouf${PDI}</1>.`],
    ['a URL, the sentence’s full stop outside', 'انظر https://www.amnesty.org/fr/.', `انظر ${LRI}https://www.amnesty.org/fr/${PDI}.`],
    ['digit groups split by plain spaces', 'قُتل 1 500 مدني.', `قُتل ${LRI}1 500${PDI} مدني.`],
    ['a run the translator isolated stays as it is', `وفقاً لمنظمة ${FSI}Amnesty International${PDI} و BBC.`, `وفقاً لمنظمة ${FSI}Amnesty International${PDI} و ${LRI}BBC${PDI}.`],
    ['so does an embedded one', `نحو ${LRE}Amnesty${PDF} اليوم`, `نحو ${LRE}Amnesty${PDF} اليوم`],
    ['Arabic with a bare number: nothing to do', 'نص عربي فقط، 2017.', 'نص عربي فقط، 2017.'],
  ])('%s', (_name, text, expected) => {
    expect(isolateLatinText(text).text).toBe(expected);
  });

  it('carries open isolates across the pieces of a paragraph', () => {
    expect(isolateLatinText(`${FSI}Amnesty و`)).toEqual({ text: `${FSI}Amnesty و`, depth: 1 });
    expect(isolateLatinText(`International${PDI} و BBC`, 1)).toEqual({ text: `International${PDI} و ${LRI}BBC${PDI}`, depth: 0 });
  });
});

const MARKDOWN = `---
date: 2017-07
lang: fr
---

Selon *Amnesty International* (AI), voir [le rapport](https://www.amnesty.org/fr/). Au moins 426 civils.

\`\`\`
Amnesty International
\`\`\`
`;


describe('plain-text editions', () => {
  const segments = segmentsOf(MARKDOWN);
  const ar = new Map([
    ['s-a', 'وفقاً لمنظمة <1>Amnesty International</1> (AI)، انظر <2>التقرير</2>.'],
    ['s-b', 'قُتل ما لا يقل عن 426 مدنياً.'],
  ]);
  const build = (lang: string, translations: Map<string, string>, allowIncomplete = false) =>
    buildEdition({ doc: 'a', lang, sourceLang: 'fr', markdown: MARKDOWN, segments, translations, allowIncomplete });

  it('segments of the test document are as expected', () => {
    expect(segments.map((s) => s.text)).toEqual(['Selon <1>Amnesty International</1> (AI), voir <2>le rapport</2>.', 'Au moins 426 civils.']);
  });

  it('the Arabic Markdown isolates Latin runs in prose, not in code, URLs or front matter', () => {
    const { markdown } = build('ar', ar);
    expect(markdown).toContain(`وفقاً لمنظمة *${LRI}Amnesty International${PDI}* ${LRI}(AI)${PDI}، انظر [التقرير](https://www.amnesty.org/fr/).`);
    expect(markdown).toContain('```\nAmnesty International\n```');
    expect(markdown).toMatch(/^---\ndate: 2017-07\nlang: ar\n/);
    expect(markdown.split(LRI)).toHaveLength(3);
  });

  it("the front matter's title and summary are isolated too, in the Markdown and in the page title", () => {
    const markdown = MARKDOWN.replace('lang: fr\n', 'lang: fr\ntitle: Un Airbus A320 transporte 200 passagers\nauthor: Desk AFP\n');
    const withTitle = segmentsOf(markdown);
    const translations = new Map([...withTitle].map((s, i) => [s.id, i === 0 ? 'تقل الطائرة Airbus A320 200 راكب' : ar.get(`s-${'ab'[i - 1]}`)!]));
    const edition = buildEdition({ doc: 'a', lang: 'ar', sourceLang: 'fr', markdown, segments: withTitle, translations });
    expect(edition.markdown).toContain(`title: تقل الطائرة ${LRI}Airbus A320${PDI} 200 راكب\nauthor: Desk AFP\n`);
    // A <title> cannot hold <bdi>: the controls.
    expect(edition.html).toContain(`<title>تقل الطائرة ${LRI}Airbus A320${PDI} 200 راكب</title>`);
    expect(edition.html).toContain('<bdi>Amnesty International</bdi>');
    // The English edition has no controls anywhere.
    const english = buildEdition({ doc: 'a', lang: 'en', sourceLang: 'fr', markdown, segments: withTitle, translations: new Map(withTitle.map((s) => [s.id, 'An Airbus A320 carries 200'])) });
    expect(english.markdown).not.toContain(LRI);
  });

  it('the Arabic i18next values are isolated the same way, tags kept', () => {
    expect(build('ar', ar).bundle['s-a']).toBe(`وفقاً لمنظمة <1>${LRI}Amnesty International${PDI}</1> ${LRI}(AI)${PDI}، انظر <2>التقرير</2>.`);
  });

  it('the HTML body uses <bdi>, not the controls', () => {
    const { html } = build('ar', ar);
    expect(html).toContain('<bdi>Amnesty International</bdi>');
    expect(html).not.toContain(LRI);
  });

  it('a passage left in French keeps its own direction, not isolates', () => {
    const { markdown } = build('ar', new Map([['s-a', ar.get('s-a')!]]), true);
    expect(markdown).toContain('<span lang="fr" dir="ltr">Au moins 426 civils.</span>');
  });

  it('left-to-right editions are left alone', () => {
    const en = new Map([
      ['s-a', 'According to <1>Amnesty International</1> (AI), see <2>the report</2>.'],
      ['s-b', 'At least 426 civilians.'],
    ]);
    const edition = build('en', en);
    expect(edition.markdown).not.toContain(LRI);
    expect(edition.bundle['s-a']).toBe(en.get('s-a'));
  });
});
