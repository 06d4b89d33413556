// A site generator's front matter (Hugo, Jekyll, Eleventy) through the whole pipeline: its title
// and description are segments, translated like any sentence, and the editions keep the other
// keys, with their comments, for the site to publish. So is the tooltip of inline HTML.
import { describe, expect, it } from 'vitest';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { schemaErrors } from './fixtures/xliff/validate.js';
import { projectWith, read, tessera, write } from './support/cli.js';

const SOURCE = `---
title: "Séisme au Maroc : le bilan"
description: Plus de 2 900 morts dans le Haut Atlas.
author: Rédaction # le desk
tags: [Maroc, séisme]
date: 2023-09-09
---

# Le bilan s'alourdit

Le séisme a frappé le Haut Atlas. L'<abbr title="Organisation des Nations unies">ONU</abbr> est sur place.
`;

const TRANSLATIONS = {
  en: {
    'Séisme au Maroc : le bilan': 'Earthquake in Morocco: the toll',
    'Plus de 2 900 morts dans le Haut Atlas.': 'More than 2,900 dead in the High Atlas.',
    "Le bilan s'alourdit": 'The toll rises',
    'Le séisme a frappé le Haut Atlas.': 'The earthquake struck the High Atlas.',
    "L'<1/>ONU<2/> est sur place.": 'The <1/>UN<2/> is on site.',
    'Organisation des Nations unies': 'United Nations',
  },
  ar: {
    'Séisme au Maroc : le bilan': 'زلزال المغرب: الحصيلة',
    'Plus de 2 900 morts dans le Haut Atlas.': 'أكثر من 2900 قتيل في الأطلس الكبير.',
    "Le bilan s'alourdit": 'الحصيلة ترتفع',
    'Le séisme a frappé le Haut Atlas.': 'ضرب الزلزال الأطلس الكبير.',
    "L'<1/>ONU<2/> est sur place.": 'و<1/>الأمم المتحدة<2/> في المكان.',
    'Organisation des Nations unies': 'منظمة الأمم المتحدة',
  },
} as const;

const escapePo = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

describe('front matter', () => {
  it('translates the title, the description and an HTML tooltip; the editions keep the other keys and comments', async () => {
    const dir = projectWith({
      'tessera.config.json': '{"sourceLang": "fr", "targetLangs": ["en", "ar"]}\n',
      'source-texts/seisme.md': SOURCE,
    });
    expect((await tessera(['extract'], dir)).code).toBe(0);
    const pot = read(dir, 'locales/seisme.pot');
    expect(pot).toContain('#. type: front-matter-title\n#. block: 0\n#: source-texts/seisme.md:2\n');
    expect(pot).toContain('#. type: front-matter-description\n#. block: 1\n#: source-texts/seisme.md:3\n');

    // The XLIFF for a CAT tool carries them as units of their own kind.
    const exported = await tessera(['export', '--to', 'en'], dir);
    expect(exported.stdout).toContain('<unit id="b0" type="tessera:front-matter-title">');
    expect(exported.stdout).toContain('type="tessera:html-title"');
    expect(await schemaErrors(exported.stdout)).toEqual([]);

    for (const [lang, table] of Object.entries(TRANSLATIONS)) {
      let po = read(dir, `locales/${lang}/seisme.po`);
      for (const [fr, target] of Object.entries(table)) {
        po = po.replace(`msgid "${escapePo(fr)}"\nmsgstr ""`, `msgid "${escapePo(fr)}"\nmsgstr "${escapePo(target)}"`);
      }
      write(dir, `locales/${lang}/seisme.po`, po);
      if (HAS_MSGFMT) expect(msgfmtCheck(po)).toEqual({ status: 0, stderr: '' });
    }
    const checked = await tessera(['check'], dir);
    expect(checked.code, checked.stdout).toBe(0);
    expect((await tessera(['build'], dir)).code).toBe(0);

    expect(read(dir, 'dist/en/seisme.md')).toMatch(
      /^---\ntitle: "Earthquake in Morocco: the toll"\ndescription: More than 2,900 dead in the High Atlas\.\nauthor: Rédaction # le desk\ntags: \[ Maroc, séisme \]\ndate: 2023-09-09\nlang: en\nsource: seisme\.md\nsourceLang: fr\n---\n\n# The toll rises\n/,
    );
    expect(read(dir, 'dist/ar/seisme.md')).toMatch(/^---\ntitle: "زلزال المغرب: الحصيلة"\ndescription: أكثر من 2900 قتيل في الأطلس الكبير\.\nauthor: Rédaction # le desk\n/);
    expect(read(dir, 'dist/en/seisme.md')).toContain('The earthquake struck the High Atlas. The <abbr title="United Nations">UN</abbr> is on site.');
    expect(read(dir, 'dist/ar/seisme.html')).toContain('<abbr title="منظمة الأمم المتحدة">الأمم المتحدة</abbr>');
    expect(read(dir, 'dist/en/seisme.html')).toContain('<title>Earthquake in Morocco: the toll</title>');
    expect(read(dir, 'dist/ar/seisme.html')).toContain('<title>زلزال المغرب: الحصيلة</title>');
    const bundle = JSON.parse(read(dir, 'dist/i18n/en/seisme.json')) as Record<string, string>;
    expect(Object.values(bundle)).toEqual(expect.arrayContaining(['Earthquake in Morocco: the toll', 'More than 2,900 dead in the High Atlas.']));
  });
});
