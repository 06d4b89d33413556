import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePo, pluralForms, serializePo, type PoTranslationFile } from '../src/catalog/index.js';
import type { TranslationEntry } from '../src/types.js';
import { HAS_MSGCAT, HAS_MSGFMT, msgcat, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { SAMPLE_CATALOG } from './fixtures/catalog/sample-catalog.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/catalog/${name}`, import.meta.url), 'utf8');
const POEDIT = fixture('tools/poedit.po');
const WEBLATE = fixture('tools/weblate.po');

/** The 1-based line of `msgctxt "id"` (live or obsolete), found independently of the parser. */
function lineOf(text: string, id: string): number {
  return text.split(/\r?\n/u).findIndex((line) => new RegExp(`^(#~ )?msgctxt "${id}"$`, 'u').test(line)) + 1;
}

function withoutLines(po: PoTranslationFile): PoTranslationFile {
  return { ...po, entries: po.entries.map(({ line, ...entry }) => entry) };
}

const POEDIT_ENTRIES: TranslationEntry[] = [
  { id: 's-0hd9a2', source: "Crue du Gard : le bilan s'alourdit", target: 'فيضان غارد: ارتفاع الحصيلة', fuzzy: false, obsolete: false },
  {
    id: 's-4k2m9q',
    source: SAMPLE_CATALOG[1]!.text,
    target:
      'أودت الأمطار الغزيرة بحياة <1>اثني عشر شخصاً</1> في منطقة غارد، بحسب حصيلة نشرتها المحافظة مساء الثلاثاء، ولا يزال أكثر من 3000 منزل محروماً من الكهرباء.',
    fuzzy: false,
    obsolete: false,
    translatorComments: ' Vérifier le chiffre avec la préfecture.\n   (indenté à dessein)',
  },
  { id: 's-b81xz0', source: SAMPLE_CATALOG[2]!.text, target: 'التقرير الكامل <2>متاح على الإنترنت</2><3/>.', fuzzy: true, obsolete: false },
  { id: 's-q2v7ke', source: SAMPLE_CATALOG[3]!.text, target: '', fuzzy: false, obsolete: false },
];

const WEBLATE_ENTRIES: TranslationEntry[] = [
  POEDIT_ENTRIES[0]!,
  {
    id: 's-4k2m9q',
    source: SAMPLE_CATALOG[1]!.text,
    target:
      'أودت الأمطار الغزيرة بحياة <1>أحد عشر شخصاً</1> في منطقة غارد، بحسب حصيلة نشرتها المحافظة مساء الثلاثاء، ولا يزال أكثر من 3000 منزل محروماً من الكهرباء.',
    fuzzy: true,
    previousSource: SAMPLE_CATALOG[1]!.text.replace('douze', 'onze'),
    obsolete: false,
  },
  { id: 's-q2v7ke', source: SAMPLE_CATALOG[3]!.text, target: '«لم نرَ شيئاً كهذا من قبل»، قالت إحدى الساكنات.', fuzzy: false, obsolete: false },
  {
    id: 's-old001',
    source: "« C'est une catastrophe sans précédent », a dit le maire.",
    target: '«إنها كارثة»، قال رئيس البلدية.',
    fuzzy: true,
    previousSource: "« C'est une catastrophe », a dit le maire.",
    obsolete: true,
    translatorComments: 'Ancienne citation, à garder.',
  },
];

const TOOLS = [
  { tool: 'Poedit', text: POEDIT, entries: POEDIT_ENTRIES, golden: 'golden/crue.ar.from-poedit.po' },
  { tool: 'Weblate', text: WEBLATE, entries: WEBLATE_ENTRIES, golden: 'golden/crue.ar.from-weblate.po' },
];

describe('parsePo', () => {
  it.each(TOOLS)('reads what $tool writes without losing anything', ({ text, entries }) => {
    const po = parsePo(text, 'locales/ar/crue.po', 'ar');
    expect(po.doc).toBe('crue');
    expect(po.lang).toBe('ar');
    expect(withoutLines(po).entries).toEqual(entries);
  });

  it.each(TOOLS)('gives each entry written by $tool the line of its msgctxt', ({ text }) => {
    for (const entry of parsePo(text, 'locales/ar/crue.po', 'ar').entries) {
      expect(entry.line, entry.id).toBe(lineOf(text, entry.id));
    }
  });

  it('keeps the header fields and the comments above the header', () => {
    const poedit = parsePo(POEDIT, 'locales/ar/crue.po', 'ar');
    expect(poedit.headers['Last-Translator']).toBe('Leila Haddad <leila@example.org>');
    expect(poedit.headers['X-Poedit-SourceCharset']).toBe('UTF-8');
    expect(poedit.headerComments).toEqual(['Arabic translation of the article "crue".', 'Leila Haddad <leila@example.org>, 2024.', '']);
    const weblate = parsePo(WEBLATE, 'locales/ar/crue.po', 'ar');
    expect(weblate.headers['Language-Team']).toBe('Arabic <https://hosted.weblate.org/projects/tessera/crue/ar/>');
  });

  it('reads Windows line endings, a byte-order mark and bytes the same way', () => {
    const expected = parsePo(WEBLATE, 'crue.po', 'ar');
    expect(parsePo(WEBLATE.replace(/\n/gu, '\r\n'), 'crue.po', 'ar')).toEqual(expected);
    expect(parsePo(`\uFEFF${WEBLATE}`, 'crue.po', 'ar')).toEqual(expected);
    expect(parsePo(new TextEncoder().encode(WEBLATE), 'crue.po', 'ar')).toEqual(expected);
  });

  it('reads a file without header or entries', () => {
    expect(parsePo('', 'locales/en/a.po', 'en')).toEqual({ doc: 'a', lang: 'en', headers: {}, entries: [] });
  });
});

describe('serializePo', () => {
  it.each(TOOLS)('rewrites the file $tool wrote in canonical form (set UPDATE=1 to rewrite the golden file)', ({ text, golden }) => {
    const canonical = serializePo(parsePo(text, 'locales/ar/crue.po', 'ar'), SAMPLE_CATALOG);
    if (process.env.UPDATE) writeFileSync(new URL(`./fixtures/catalog/${golden}`, import.meta.url), canonical);
    expect(canonical).toBe(fixture(golden));
  });

  it.each(TOOLS)('reads back what it wrote from $tool, and rewrites it identically', ({ text }) => {
    const po = parsePo(text, 'locales/ar/crue.po', 'ar');
    const canonical = serializePo(po, SAMPLE_CATALOG);
    const again = parsePo(canonical, 'locales/ar/crue.po', 'ar');
    expect(withoutLines(again).entries).toEqual(withoutLines(po).entries);
    expect(again.headerComments).toEqual(po.headerComments);
    expect(serializePo(again, SAMPLE_CATALOG)).toBe(canonical);
  });

  it('writes the header: our fields in a fixed order, the translator’s fields kept', () => {
    const canonical = serializePo(parsePo(WEBLATE, 'locales/ar/crue.po', 'ar'), SAMPLE_CATALOG);
    const header = canonical.slice(0, canonical.indexOf('\n\n'));
    expect(header).toContain('"Last-Translator: Karim Nasser <karim@example.org>\\n"');
    expect(header).toContain('"X-Generator: tessera\\n"');
    expect(header).toContain('"Plural-Forms: nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 "');
    const english = serializePo({ doc: 'crue', lang: 'en', headers: {}, entries: [] }, SAMPLE_CATALOG);
    expect(english).toBe(
      [
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: crue\\n"',
        '"PO-Revision-Date: \\n"',
        '"Last-Translator: \\n"',
        '"Language-Team: \\n"',
        '"Language: en\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=utf-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
        '"X-Generator: tessera\\n"',
        '',
      ].join('\n'),
    );
  });

  it('puts live entries in catalog order, entries unknown to the catalog after them, obsolete entries last', () => {
    const entry = (id: string, obsolete = false): TranslationEntry => ({ id, source: id, target: `T ${id}`, fuzzy: false, obsolete });
    const po: PoTranslationFile = {
      doc: 'crue',
      lang: 'en',
      headers: {},
      entries: [entry('s-gone01', true), entry('s-stray1'), entry(SAMPLE_CATALOG[3]!.id), entry(SAMPLE_CATALOG[0]!.id)],
    };
    const order = parsePo(serializePo(po, SAMPLE_CATALOG), 'crue.po', 'en').entries.map((e) => e.id);
    expect(order).toEqual([SAMPLE_CATALOG[0]!.id, SAMPLE_CATALOG[3]!.id, 's-stray1', 's-gone01']);
  });

  it('refuses to write a segment ID twice, since the file could not be read back', () => {
    const entry: TranslationEntry = { id: 's-aaaaaa', source: 'a', target: '', fuzzy: false, obsolete: false };
    expect(() => serializePo({ doc: 'a', lang: 'en', headers: {}, entries: [entry, { ...entry, obsolete: true }] }, [])).toThrow(/twice/);
  });

  it.skipIf(!HAS_MSGFMT).each(TOOLS)('writes a file from $tool that msgfmt --check accepts without a warning', ({ text }) => {
    const { status, stderr } = msgfmtCheck(serializePo(parsePo(text, 'crue.po', 'ar'), SAMPLE_CATALOG));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.skipIf(!HAS_MSGCAT).each(TOOLS)('writes a file from $tool in the form GNU msgcat writes', ({ text }) => {
    const canonical = serializePo(parsePo(text, 'crue.po', 'ar'), SAMPLE_CATALOG);
    expect(msgcat(canonical)).toBe(canonical);
  });

  it.skipIf(!HAS_MSGCAT).each([['--width=30'], ['--no-wrap'], ['--sort-output']])(
    'reads the same data back after msgcat %s rewrote the file',
    (option) => {
      const canonical = serializePo(parsePo(POEDIT, 'crue.po', 'ar'), SAMPLE_CATALOG);
      const rewritten = msgcat(canonical, [option]);
      expect(rewritten).not.toBe(canonical);
      const byId = (po: PoTranslationFile) => new Map(withoutLines(po).entries.map((e) => [e.id, e]));
      expect(byId(parsePo(rewritten, 'crue.po', 'ar'))).toEqual(byId(parsePo(canonical, 'crue.po', 'ar')));
      expect(serializePo(parsePo(rewritten, 'crue.po', 'ar'), SAMPLE_CATALOG)).toBe(canonical);
    },
  );
});

describe('Plural-Forms', () => {
  it('knows the rule of a language whatever its region', () => {
    expect(pluralForms('ar_SY')).toBe('nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);');
    expect(pluralForms('en-GB')).toBe('nplurals=2; plural=(n != 1);');
    expect(pluralForms('fr')).toBe('nplurals=2; plural=(n > 1);');
    expect(pluralForms('tlh')).toBeUndefined();
  });

  it('keeps the header of a language it does not know', () => {
    const po: PoTranslationFile = { doc: 'crue', lang: 'tlh', headers: { 'Plural-Forms': 'nplurals=1; plural=0;' }, entries: [] };
    expect(serializePo(po, [])).toContain('"Plural-Forms: nplurals=1; plural=0;\\n"');
    expect(serializePo({ ...po, headers: {} }, [])).not.toContain('Plural-Forms');
  });
});
