// The i18next bundle of an edition, loaded the way an application would: files in the
// dist/i18n/<lang>/<doc>.json layout, read by a real i18next@26 with i18next-fs-backend.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n } from 'i18next';
import Backend, { type FsBackendOptions } from 'i18next-fs-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, editionBundle, sourceBundle, type I18nextBundle } from '../src/build/index.js';
import { InputError } from '../src/errors.js';
import type { CatalogEntry } from '../src/types.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'build');
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');
const segments = JSON.parse(read('article.segments.json')) as CatalogEntry[];
const translations = (lang: string): Map<string, string> =>
  new Map(Object.entries(JSON.parse(read(`article.${lang}.json`)) as Record<string, string>));
const MISSING_IN_AR = 's-2b5t8w';

function build(lang: string, drop?: string): I18nextBundle {
  const tr = translations(lang);
  if (drop) tr.delete(drop);
  return buildEdition({ doc: 'article', lang, sourceLang: 'fr', markdown: read('article.md'), segments, translations: tr, allowIncomplete: true }).bundle;
}

describe('i18next bundle', () => {
  let root: string;
  let instance: i18n;
  const bundles: Record<string, I18nextBundle> = {};

  beforeAll(async () => {
    bundles.en = build('en');
    bundles.ar = build('ar', MISSING_IN_AR);
    bundles.fr = sourceBundle(segments);
    root = mkdtempSync(path.join(os.tmpdir(), 'tessera-i18n-'));
    for (const [lang, bundle] of Object.entries(bundles)) {
      mkdirSync(path.join(root, 'dist', 'i18n', lang), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'i18n', lang, 'article.json'), `${JSON.stringify(bundle, null, 2)}\n`);
    }
    instance = i18next.createInstance();
    await instance.use(Backend).init<FsBackendOptions>({
      lng: 'ar',
      fallbackLng: 'fr',
      supportedLngs: ['fr', 'en', 'ar'],
      preload: ['en', 'ar', 'fr'],
      ns: ['article'],
      defaultNS: 'article',
      keySeparator: false,
      nsSeparator: false,
      // {{lng}} and {{ns}} must survive as written: a path, never a URL's percent-encoded pathname.
      backend: { loadPath: path.join(root, 'dist', 'i18n', '{{lng}}', '{{ns}}.json') },
    });
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is flat: segment IDs as keys, tagged text as values, nothing else', () => {
    expect(Object.keys(bundles.en!)).toEqual(segments.map((s) => s.id));
    for (const key of Object.keys(bundles.en!)) expect(key).toMatch(/^s-[a-z0-9]+$/);
    expect(bundles.en!['s-1m9x4c']).toBe(
      'According to the non-governmental organisation <1>Amnesty International</1> (AI), thousands of civilians fell victim to the operation.',
    );
  });

  it.each(['en', 'ar'])('every %s key reads back from i18next unchanged', (lang) => {
    const bundle = bundles[lang]!;
    expect(Object.keys(bundle).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(bundle)) {
      expect(instance.exists(key, { lng: lang })).toBe(true);
      expect(instance.t(key, { lng: lang })).toBe(value);
    }
  });

  it('Arabic values carry the build\'s isolates around Latin runs, and i18next gives them back as they are', () => {
    const value = bundles.ar!['s-1m9x4c']!;
    expect(value).toContain('\u2066Amnesty International (AI)\u2069');
    expect(instance.t('s-1m9x4c', { lng: 'ar' })).toBe(value);
  });

  it('a segment left out of an edition resolves through fallbackLng to the source bundle', () => {
    expect(bundles.ar).not.toHaveProperty(MISSING_IN_AR);
    expect(instance.t(MISSING_IN_AR, { lng: 'ar' })).toBe('Au moins 426 civils ont été tués.');
  });

  it('refuses IDs that would need i18next separators', () => {
    const bad = { ...segments[0]!, id: 'art.s-1' };
    expect(() => editionBundle([bad], new Map([['art.s-1', 'x']]))).toThrow(InputError);
    expect(() => sourceBundle([{ ...bad, id: 'ns:key' }])).toThrow(InputError);
  });
});
