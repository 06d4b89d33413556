// Golden editions: test/fixtures/build/article.md with its catalog segments and the en/ar
// translations is built into Markdown and HTML and compared with test/fixtures/build/expected/
// (regenerated when missing or with UPDATE=1).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildEdition, type EditionInput } from '../src/build/index.js';
import type { CatalogEntry } from '../src/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'build');
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
const markdown = read('article.md');
const segments = JSON.parse(read('article.segments.json')) as CatalogEntry[];
const translations = (lang: string): Map<string, string> =>
  new Map(Object.entries(JSON.parse(read(`article.${lang}.json`)) as Record<string, string>));

const editions: Array<{ name: string; input: Partial<EditionInput> & { lang: string } }> = [
  { name: 'en', input: { lang: 'en' } },
  { name: 'ar', input: { lang: 'ar' } },
  { name: 'ar-arab-digits', input: { lang: 'ar', numberingSystem: 'arab' } },
  {
    name: 'ar-incomplete',
    input: {
      lang: 'ar',
      allowIncomplete: true,
      translations: new Map([...translations('ar')].filter(([id]) => id !== 's-2b5t8w' && id !== 's-6w1n6j')),
    },
  },
];

describe.each(editions)('golden edition $name', ({ name, input }) => {
  const edition = buildEdition({
    doc: 'article',
    sourceLang: 'fr',
    markdown,
    segments,
    translations: translations(input.lang),
    ...input,
  });

  it.each(['md', 'html'] as const)('matches expected/article.%s', (ext) => {
    const goldenPath = path.join(dir, 'expected', `article.${name}.${ext}`);
    const actual = ext === 'md' ? edition.markdown : edition.html;
    if (process.env.UPDATE === '1' || !existsSync(goldenPath)) {
      mkdirSync(path.dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, actual);
    }
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
