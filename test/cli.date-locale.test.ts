// The dateline follows the house style: "dateLocale" in the config picks the locale of each
// edition's date (en-GB: day first), and a value that is not a locale of that language is refused.
import { describe, expect, it } from 'vitest';
import { projectWith, read, tessera, write } from './support/cli.js';

const ARTICLE = '---\ndate: 2024-03-06\nlang: fr\n---\n\nLes secours sont arrivés.\n';

const project = (config: string) =>
  projectWith({
    'tessera.config.json': config,
    'source-texts/brief.md': ARTICLE,
  });

describe('dateLocale', () => {
  it.each<[string, string, string]>([
    ['the edition language by default (en: US order)', '{"sourceLang": "fr", "targetLangs": ["en"]}', 'March 6, 2024'],
    ['en-GB: day first', '{"sourceLang": "fr", "targetLangs": ["en"], "dateLocale": {"en": "en-GB"}}', '6 March 2024'],
  ])('%s', async (_name, config, dateline) => {
    const dir = project(config);
    expect((await tessera(['extract'], dir)).code).toBe(0);
    write(dir, 'locales/en/brief.po', read(dir, 'locales/en/brief.po').replace(/(msgid "Les secours sont arrivés\."\n)msgstr ""/, '$1msgstr "Help has arrived."'));
    const built = await tessera(['build'], dir);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(read(dir, 'dist/en/brief.html')).toContain(`<time datetime="2024-03-06">${dateline}</time>`);
  });

  it.each<[string, string, RegExp]>([
    ['another language’s locale', '{"sourceLang": "fr",\n "targetLangs": ["en"],\n "dateLocale": {"en": "fr-FR"}}', /tessera\.config\.json:3: "dateLocale" has "fr-FR" for "en": a locale of another language/],
    ['not a locale', '{"sourceLang": "fr",\n "targetLangs": ["en"],\n "dateLocale": {"en": 5}}', /tessera\.config\.json:3: "dateLocale" has "5" for "en": not a locale with date formats/],
    ['not a map', '{"sourceLang": "fr",\n "targetLangs": ["en"],\n "dateLocale": "en-GB"}', /tessera\.config\.json:3: "dateLocale" must map edition languages to locales such as \{"en": "en-GB"\}/],
  ])('refuses %s with its line, exit 2', async (_name, config, message) => {
    const { code, stderr } = await tessera(['status'], project(config));
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });
});
