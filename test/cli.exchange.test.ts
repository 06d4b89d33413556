// Exchange with translators' tools at the command line: `tessera export` (XLIFF 2.0, PO) and
// `tessera import` (XLIFF 2.0 and 1.2, PO from Poedit and Weblate) on temp copies of the sample
// project, with the edits a translator's tool makes; and the i18next bundles of `tessera build`
// loaded the way a website loads them.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import Backend, { type FsBackendOptions } from 'i18next-fs-backend';
import { po as gettext } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { parsePo, parsePot, serializePo } from '../src/catalog/index.js';
import type { CatalogEntry, TranslationEntry } from '../src/types.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { schemaErrors } from './fixtures/xliff/validate.js';
import { expectGolden } from './support/golden.js';
import { projectWith, read, sampleProject, snapshot, tessera, write } from './support/cli.js';

const DOC = 'mossoul-2017';
const LANGS = ['en', 'ar'] as const;
type Lang = (typeof LANGS)[number];

// ─── helpers ───────────────────────────────────────────────────────────────

const catalogOf = (dir: string, doc = DOC): CatalogEntry[] => parsePot(read(dir, `locales/${doc}.pot`), `${doc}.pot`);

/** The entries of a PO file of the project, without their lines. */
function poEntries(dir: string, lang: string, doc = DOC): TranslationEntry[] {
  return parsePo(read(dir, `locales/${lang}/${doc}.po`), `${doc}.po`, lang).entries.map(({ line, ...entry }) => entry);
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const k = text.split('\n').findIndex((line) => line.includes(needle));
  if (k < 0) throw new Error(`${needle} not found`);
  return k + 1;
}

/** Applies `edit` to the one `<segment id="id">…</segment>` of an XLIFF 2.0 document. */
function editSegment(xml: string, id: string, edit: (segment: string) => string): string {
  const pattern = new RegExp(`<segment id="${id}"[^>]*>[\\s\\S]*?</segment>`);
  const match = xml.match(pattern);
  if (!match) throw new Error(`segment ${id} not found`);
  return xml.replace(pattern, () => edit(match[0]));
}

/** What a CAT tool does when the translator changes a segment's status. */
const withState = (segment: string, state: string): string =>
  segment.replace(/^<segment id="([^"]+)"[^>]*>/, `<segment id="$1" state="${state}">`);

const withTarget = (segment: string, xml: string): string => segment.replace(/<target>[\s\S]*?<\/target>/, `<target>${xml}</target>`);

const targetOf = (entries: readonly TranslationEntry[], id: string): string => entries.find((e) => e.id === id)?.target ?? '';

async function exportTo(dir: string, lang: string, file: string, extra: string[] = []): Promise<string> {
  const result = await tessera(['export', '--to', lang, '--out', file, ...extra], dir);
  expect(result.code, result.stderr).toBe(0);
  return read(dir, file);
}

/** A second article with inline markup (emphasis, a link, strong), extracted and translated. */
const BRIEF: Record<string, { en: string; ar: string }> = {
  "Mossoul : le rapport d'<1>Amnesty International</1>": {
    en: 'Mosul: the <1>Amnesty International</1> report',
    ar: 'الموصل: تقرير <1>منظمة العفو الدولية</1>',
  },
  "Le rapport est publié sur <1>le site d'AI</1> et relayé par <2>la presse</2>.": {
    en: "The report is published on <1>AI's website</1> and picked up by <2>the press</2>.",
    ar: 'نُشر التقرير على <1>موقع منظمة العفو الدولية</1> وتناقلته <2>الصحافة</2>.',
  },
  'Il recense 45 frappes.': { en: 'It lists 45 strikes.', ar: 'ويحصي التقرير 45 غارة.' },
};

async function addBrief(dir: string): Promise<CatalogEntry[]> {
  write(
    dir,
    'source-texts/breve.md',
    "---\ndate: 2017-07\nlang: fr\n---\n\n# Mossoul : le rapport d'*Amnesty International*\n\n" +
      "Le rapport est publié sur [le site d'AI](https://www.amnesty.org/fr/) et relayé par **la presse**. Il recense 45 frappes.\n",
  );
  expect((await tessera(['extract', 'breve'], dir)).code).toBe(0);
  const catalog = catalogOf(dir, 'breve');
  expect(catalog.map((e) => e.text)).toEqual(Object.keys(BRIEF));
  for (const lang of LANGS) {
    const po = parsePo(read(dir, `locales/${lang}/breve.po`), 'breve.po', lang);
    po.entries = po.entries.map((e) => ({ ...e, target: BRIEF[e.source]?.[lang] ?? '' }));
    write(dir, `locales/${lang}/breve.po`, serializePo(po, catalog, { sourceFile: 'source-texts/breve.md' }));
  }
  return catalog;
}

interface ImportReport {
  summary: { errors: number; warnings: number };
  issues: Array<{ rule: string; severity: string; doc: string; lang: string; id: string; message: string; file: string; line: number }>;
  import: { format: string; lang: string; dryRun: boolean; documents: Array<{ doc: string; file: string; merged: string[]; unchanged: number }>; accepted: number; refused: number; untranslated: number };
}

// ─── export ────────────────────────────────────────────────────────────────

describe('tessera export', () => {
  it.each(LANGS)('exports the sample for %s as valid XLIFF 2.0 (golden file)', async (lang) => {
    const dir = sampleProject();
    const { code, stdout, stderr } = await tessera(['export', '--to', lang, '--format', 'xliff'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectGolden(new URL(`./fixtures/exchange/${DOC}.${lang}.xlf`, import.meta.url), stdout);
    expect(await schemaErrors(stdout)).toEqual([]);
    expect(stdout).toContain(`trgLang="${lang}"`);
    expect(stdout).toContain(`trgDir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
    expect(stdout.match(/<segment id="s-[a-z0-9]+" state="translated">/g)).toHaveLength(14);
  });

  it('writes --out atomically, the same XLIFF as standard output, and says what it wrote', async () => {
    const dir = sampleProject();
    const out = await tessera(['export', '--to', 'ar', '--out', 'work/ar.xlf'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('exported 14 segment(s) of mossoul-2017 for ar (14 translated) to work/ar.xlf\n');
    expect(read(dir, 'work/ar.xlf')).toBe((await tessera(['export', '--to', 'ar'], dir)).stdout);
    expect(readdirSync(join(dir, 'work'))).toEqual(['ar.xlf']);
  });

  it('exports the PO file as it is, canonical, and msgfmt accepts it', async () => {
    const dir = sampleProject();
    for (const lang of LANGS) {
      const { code, stdout } = await tessera(['export', '--to', lang, '--format', 'po'], dir);
      expect(code).toBe(0);
      expect(stdout).toBe(read(dir, `locales/${lang}/${DOC}.po`));
      if (HAS_MSGFMT) expect(msgfmtCheck(stdout)).toEqual({ status: 0, stderr: '' });
    }
  });

  it('exports a language without translations yet as a complete empty PO file', async () => {
    const dir = sampleProject();
    rmSync(join(dir, 'locales/ar', `${DOC}.po`));
    const { code, stdout } = await tessera(['export', '--to', 'ar', '--format', 'po'], dir);
    expect(code).toBe(0);
    const po = parsePo(stdout, `${DOC}.po`, 'ar');
    expect(po.entries.map((e) => [e.id, e.source, e.target])).toEqual(catalogOf(dir).map((e) => [e.id, e.text, '']));
    if (HAS_MSGFMT) expect(msgfmtCheck(stdout).status).toBe(0);
    const xliff = await tessera(['export', '--to', 'ar'], dir);
    expect(xliff.stdout).not.toContain('<target>');
    expect(await schemaErrors(xliff.stdout)).toEqual([]);
  });

  it('exports several documents: one <file> each in XLIFF; PO files only into a folder', async () => {
    const dir = sampleProject();
    await addBrief(dir);
    const xliff = await tessera(['export', '--to', 'en'], dir);
    expect(xliff.stdout.match(/<file id="([^"]+)"/g)).toEqual(['<file id="breve"', `<file id="${DOC}"`]);
    expect(await schemaErrors(xliff.stdout)).toEqual([]);
    expect((await tessera(['export', '--to', 'en', DOC], dir)).stdout).not.toContain('breve');

    const before = snapshot(dir);
    const refused = await tessera(['export', '--to', 'ar', '--format', 'po'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2 documents give 2 PO files: name one DOC, or give --out FOLDER');
    write(dir, 'work/ar.po', 'a file');
    const onFile = await tessera(['export', '--to', 'ar', '--format', 'po', '--out', 'work/ar.po'], dir);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('is a file: give a folder');
    rmSync(join(dir, 'work'), { recursive: true });
    expect(snapshot(dir)).toEqual(before);

    expect((await tessera(['export', '--to', 'ar', '--format', 'po', '--out', 'work/ar'], dir)).code).toBe(0);
    for (const doc of ['breve', DOC]) expect(read(dir, `work/ar/${doc}.po`)).toBe(read(dir, `locales/ar/${doc}.po`));
    expect((await tessera(['export', '--to', 'ar', '--format', 'po', '--out', 'work/one.po', 'breve'], dir)).code).toBe(0);
    expect(read(dir, 'work/one.po')).toBe(read(dir, 'locales/ar/breve.po'));
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown language', ['--to', 'de'], /unknown language "de"; this project translates into en, ar/],
    ['no language', [], /--to L is required/],
    ['an unknown format', ['--to', 'en', '--format', 'tmx'], /--format must be one of xliff, po/],
    ['an unknown document', ['--to', 'en', 'nowhere'], /source-texts\/nowhere\.md: file not found/],
  ])('refuses %s (exit 2), writing nothing', async (_case, args, message) => {
    const dir = sampleProject();
    const before = snapshot(dir);
    const { code, stderr, stdout } = await tessera(['export', ...args, '--out', 'work/x.xlf'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a document without a catalog, naming the catalog file', async () => {
    const dir = sampleProject();
    rmSync(join(dir, 'locales', `${DOC}.pot`));
    const { code, stderr } = await tessera(['export', '--to', 'en'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`locales/${DOC}.pot: no catalog yet: run tessera extract first`);
  });

  it('marks a segment whose source changed since the last extract as stale, and says so', async () => {
    const dir = sampleProject();
    write(dir, `source-texts/${DOC}.md`, read(dir, `source-texts/${DOC}.md`).replace('au moins 426 civils', 'au moins 450 civils'));
    const { code, stdout, stderr } = await tessera(['export', '--to', 'en'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain(`note: source-texts/${DOC}.md changed since the last extract (1 segment(s)); run tessera extract first`);
    expect(stdout.match(/<segment id="s-u6umln"[^>]*>/)?.[0]).toBe('<segment id="s-u6umln" state="initial" subState="tessera:stale">');
    expect(stdout.match(/state="translated"/g)).toHaveLength(13);
  });
});

// ─── import: round trips ───────────────────────────────────────────────────

/** A translator's new wording of the first segment. */
const REWORDED: Record<Lang, [string, string]> = {
  en: ['According to information presented by', 'Based on information presented by'],
  ar: ['وفقاً للمعلومات', 'بحسب المعلومات'],
};

describe.each(LANGS)('round trip through a CAT tool (%s)', (lang) => {
  it('an untouched export imports without changing a byte', async () => {
    const dir = sampleProject();
    await exportTo(dir, lang, 'work/t.xlf');
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['import', 'work/t.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`work/t.xlf: XLIFF 2.0, ${lang}: 14 translation(s) accepted, 0 refused, 0 without a translation`);
    expect(stdout).toContain(`locales/${lang}/${DOC}.po: 0 merged, 14 unchanged\nnothing to update`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('gives the same PO plus the edits: a new wording, reviewed, final, and a draft sent back', async () => {
    const dir = sampleProject();
    const before = poEntries(dir, lang);
    const [reworded, reviewed, final, draft] = catalogOf(dir).map((e) => e.id) as [string, string, string, string];
    const newTarget = targetOf(before, reworded).replace(...REWORDED[lang]);
    expect(newTarget).not.toBe(targetOf(before, reworded));

    let xml = await exportTo(dir, lang, 'work/t.xlf');
    xml = editSegment(xml, reworded, (s) => withTarget(s, escapeXml(newTarget)));
    xml = editSegment(xml, reviewed, (s) => withState(s, 'reviewed'));
    xml = editSegment(xml, final, (s) => withState(s, 'final'));
    xml = editSegment(xml, draft, (s) => withState(s, 'initial'));
    expect(await schemaErrors(xml)).toEqual([]);
    write(dir, 'work/t.xlf', xml);

    const { code, stdout } = await tessera(['import', 'work/t.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`locales/${lang}/${DOC}.po: 4 merged, 10 unchanged`);
    const expected = before.map((e): TranslationEntry => {
      if (e.id === reworded) return { ...e, target: newTarget };
      if (e.id === reviewed) return { ...e, flags: ['reviewed'] };
      if (e.id === final) return { ...e, flags: ['final'] };
      if (e.id === draft) return { ...e, fuzzy: true };
      return e;
    });
    expect(poEntries(dir, lang)).toEqual(expected);

    // Canonical, valid for msgfmt, and a second export carries the new states.
    const text = read(dir, `locales/${lang}/${DOC}.po`);
    expect(serializePo(parsePo(text, `${DOC}.po`, lang), catalogOf(dir))).toBe(text);
    if (HAS_MSGFMT) expect(msgfmtCheck(text)).toEqual({ status: 0, stderr: '' });
    const again = (await tessera(['export', '--to', lang], dir)).stdout;
    for (const [id, state] of [[reviewed, 'state="reviewed"'], [final, 'state="final"'], [draft, 'state="initial" subState="tessera:fuzzy"']] as const) {
      expect(again).toContain(`<segment id="${id}" ${state}>`);
    }
    expect(await schemaErrors(again)).toEqual([]);
  });

  it("brings back the translator's comments: edited or emptied in the tool, kept when a tool drops the note", async () => {
    const dir = sampleProject();
    const [edited, emptied, dropped] = catalogOf(dir).map((e) => e.id) as [string, string, string];
    const po = parsePo(read(dir, `locales/${lang}/${DOC}.po`), `${DOC}.po`, lang);
    po.entries = po.entries.map((e) => ([edited, emptied, dropped].includes(e.id) ? { ...e, translatorComments: 'Vérifier le chiffre.' } : e));
    write(dir, `locales/${lang}/${DOC}.po`, serializePo(po, catalogOf(dir), { sourceFile: `source-texts/${DOC}.md` }));
    const before = poEntries(dir, lang);

    const note = (id: string) => new RegExp(`(<note id="${id}-comment"[^>]*>)[^<]*(</note>)`);
    let xml = await exportTo(dir, lang, 'work/t.xlf');
    for (const id of [edited, emptied, dropped]) expect(xml).toMatch(note(id));
    xml = xml.replace(note(edited), `$1${edited}: Chiffre vérifié auprès de la préfecture.$2`);
    xml = xml.replace(note(emptied), '$1$2');
    xml = xml.replace(new RegExp(`\\s*<note id="${dropped}-comment"[^>]*>[^<]*</note>`), '');
    expect(await schemaErrors(xml)).toEqual([]);
    write(dir, 'work/t.xlf', xml);

    const { code, stdout } = await tessera(['import', 'work/t.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`locales/${lang}/${DOC}.po: 2 merged, 12 unchanged`);
    const { translatorComments: _removed, ...withoutComment } = before.find((e) => e.id === emptied)!;
    expect(poEntries(dir, lang)).toEqual(
      before.map((e) => (e.id === edited ? { ...e, translatorComments: 'Chiffre vérifié auprès de la préfecture.' } : e.id === emptied ? withoutComment : e)),
    );
  });

  it("keeps the notes the translator's tool added as translator comments, once, through export and import again", async () => {
    const dir = sampleProject();
    const [first, second] = catalogOf(dir).filter((e) => e.block === catalogOf(dir)[1]!.block).map((e) => e.id) as [string, string];
    const before = poEntries(dir, lang);
    let xml = await exportTo(dir, lang, 'work/t.xlf');
    // As memoQ and Trados do: a note on the paragraph, and one on a sentence.
    const unitId = xml.slice(0, xml.indexOf(`<segment id="${first}"`)).match(/<unit id="([^"]+)"[^>]*>(?![\s\S]*<unit )/)![1]!;
    xml = xml.replace(new RegExp(`(<unit id="${unitId}"[^>]*>\\s*<notes>)`), `$1<note category="memoQ">Nom du quartier à vérifier</note><note id="${second}-q1">Chiffre de l&apos;ONU ?</note>`);
    expect(await schemaErrors(xml)).toEqual([]);
    write(dir, 'work/t.xlf', xml);

    expect((await tessera(['import', 'work/t.xlf'], dir)).stdout).toContain(`locales/${lang}/${DOC}.po: 2 merged`);
    const comments = (entries: readonly TranslationEntry[]) => Object.fromEntries(entries.map((e) => [e.id, e.translatorComments]));
    const expected = { ...comments(before), [first]: 'note (memoQ): Nom du quartier à vérifier', [second]: "note: Chiffre de l'ONU ?" };
    expect(comments(poEntries(dir, lang))).toEqual(expected);
    const text = read(dir, `locales/${lang}/${DOC}.po`);
    expect(text).toContain('# note (memoQ): Nom du quartier à vérifier\n');
    if (HAS_MSGFMT) expect(msgfmtCheck(text)).toEqual({ status: 0, stderr: '' });

    // The same file again, then a new export (the notes now travel as our comment notes, beside the tool's own).
    expect((await tessera(['import', 'work/t.xlf'], dir)).stdout).toContain(`locales/${lang}/${DOC}.po: 0 merged`);
    let again = await exportTo(dir, lang, 'work/again.xlf');
    again = again.replace(new RegExp(`(<unit id="${unitId}"[^>]*>\\s*<notes>)`), `$1<note category="memoQ">Nom du quartier à vérifier</note>`);
    write(dir, 'work/again.xlf', again);
    expect((await tessera(['import', 'work/again.xlf'], dir)).stdout).toContain(`locales/${lang}/${DOC}.po: 0 merged`);
    expect(comments(poEntries(dir, lang))).toEqual(expected);
  });

  it("keeps the translator's order of inline tags, in the catalog's numbering", async () => {
    const dir = sampleProject();
    const catalog = await addBrief(dir);
    const linked = catalog[1]!;
    let xml = await exportTo(dir, lang, 'work/t.xlf');
    const segment = xml.match(new RegExp(`<segment id="${linked.id}"[\\s\\S]*?</segment>`))![0];
    const opening = (n: number): string => segment.match(new RegExp(`<target>[\\s\\S]*?(<pc id="${n}"[^>]*>)`))![1]!;
    const reordered: Record<Lang, [string, string]> = {
      en: [
        `${opening(2)}The press</pc> picked up the report, published on ${opening(1)}AI&apos;s website</pc>.`,
        "<2>The press</2> picked up the report, published on <1>AI's website</1>.",
      ],
      ar: [
        `تناقلت ${opening(2)}الصحافة</pc> التقرير المنشور على ${opening(1)}موقع منظمة العفو الدولية</pc>.`,
        'تناقلت <2>الصحافة</2> التقرير المنشور على <1>موقع منظمة العفو الدولية</1>.',
      ],
    };
    xml = editSegment(xml, linked.id, (s) => withTarget(s, reordered[lang][0]));
    expect(await schemaErrors(xml)).toEqual([]);
    write(dir, 'work/t.xlf', xml);
    const before = poEntries(dir, lang, 'breve');
    const { code, stdout } = await tessera(['import', 'work/t.xlf'], dir);
    expect(stdout).not.toContain('tag-mismatch');
    expect(code).toBe(0);
    expect(poEntries(dir, lang, 'breve')).toEqual(before.map((e) => (e.id === linked.id ? { ...e, target: reordered[lang][1] } : e)));
  });
});

describe('tessera import refuses what does not fit', () => {
  it('refuses a translation whose source changed since the export, merges the rest, exits 1', async () => {
    const dir = sampleProject();
    let xml = await exportTo(dir, 'ar', 'work/ar.xlf');
    write(dir, `source-texts/${DOC}.md`, read(dir, `source-texts/${DOC}.md`).replace('au moins 426 civils', 'au moins 450 civils'));
    expect((await tessera(['extract'], dir)).code).toBe(0);
    const afterExtract = poEntries(dir, 'ar');
    const stale = afterExtract.find((e) => e.id === 's-u6umln')!;
    expect(stale).toMatchObject({ fuzzy: true });

    const reworded = targetOf(afterExtract, 's-yutcem').replace(...REWORDED.ar);
    xml = editSegment(xml, 's-yutcem', (s) => withTarget(s, reworded));
    xml = editSegment(xml, 's-u6umln', (s) => withTarget(s, `${targetOf(afterExtract, 's-u6umln')} `).replace('مدنياً', 'مدنيًا'));
    write(dir, 'work/ar.xlf', xml);

    const { code, stdout } = await tessera(['import', 'work/ar.xlf'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('13 translation(s) accepted, 1 refused');
    expect(stdout).toContain(`work/ar.xlf:${lineOf(xml, '<segment id="s-u6umln"')}  error  not merged: the French source changed after this file was made`);
    expect(stdout).toMatch(/now: {7}.*au moins 450 civils/);
    expect(stdout).toMatch(/your file: .*au moins 426 civils/);
    expect(stdout).toContain('import-refused');
    expect(poEntries(dir, 'ar')).toEqual(afterExtract.map((e) => (e.id === 's-yutcem' ? { ...e, target: reworded } : e)));
  });

  it('reports what the quality checks find in imported translations, and still merges them', async () => {
    const dir = sampleProject();
    let xml = await exportTo(dir, 'en', 'work/en.xlf');
    xml = editSegment(xml, 's-u6umln', (s) => s.replace('at least 426 civilians', 'at least 425 civilians'));
    write(dir, 'work/en.xlf', xml);
    const line = lineOf(xml, '<segment id="s-u6umln"');

    const json = await tessera(['import', 'work/en.xlf', '--format', 'json', '--dry-run'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as ImportReport;
    expect(report.issues.map((i) => [i.rule, i.severity, i.doc, i.lang, i.id, i.file, i.line])).toEqual([
      ['number-mismatch', 'error', DOC, 'en', 's-u6umln', 'work/en.xlf', line],
    ]);
    expect(report.import).toMatchObject({ format: 'XLIFF 2.0', lang: 'en', dryRun: true, accepted: 14, refused: 0, untranslated: 0 });
    expect(report.import.documents).toEqual([{ doc: DOC, file: `locales/en/${DOC}.po`, merged: ['s-u6umln'], unchanged: 13, keptObsolete: [] }]);
    expect(targetOf(poEntries(dir, 'en'), 's-u6umln')).toContain('426 civilians');

    const text = await tessera(['import', 'work/en.xlf'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`work/en\\.xlf:${line}  error  .*425.*426.*number-mismatch`));
    expect(targetOf(poEntries(dir, 'en'), 's-u6umln')).toContain('425 civilians');
  });

  it('never blanks a translation: emptied or removed targets change nothing', async () => {
    const dir = sampleProject();
    let xml = await exportTo(dir, 'ar', 'work/ar.xlf');
    xml = editSegment(xml, 's-yutcem', (s) => withState(withTarget(s, ''), 'initial'));
    xml = editSegment(xml, 's-lqmsv8', (s) => withState(s.replace(/\s*<target>[\s\S]*?<\/target>/, ''), 'initial'));
    write(dir, 'work/ar.xlf', xml);
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['import', 'work/ar.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('12 translation(s) accepted, 0 refused, 2 without a translation');
    expect(snapshot(dir)).toEqual(before);

    const po = read(dir, `locales/ar/${DOC}.po`);
    write(dir, 'work/ar.po', po.replace(/(msgctxt "s-yutcem"\nmsgid (?:"[^\n]*"\n)+)msgstr (?:"[^\n]*"\n)+/, '$1msgstr ""\n'));
    expect(read(dir, 'work/ar.po')).not.toBe(po);
    expect((await tessera(['import', 'work/ar.po'], dir)).code).toBe(0);
    expect(read(dir, `locales/ar/${DOC}.po`)).toBe(po);
  });

  it('--dry-run reports the merge and writes nothing', async () => {
    const dir = sampleProject();
    const xml = await exportTo(dir, 'en', 'work/en.xlf');
    write(dir, 'work/en.xlf', editSegment(xml, 's-yutcem', (s) => s.replace(...REWORDED.en)));
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['import', '--dry-run', 'work/en.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`locales/en/${DOC}.po: 1 merged, 13 unchanged\ndry run: nothing written`);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each<[string, string, (xml: string) => string, string[], RegExp]>([
    ['a mismatched closing tag', 'bad.xlf', (xml) => xml.replace('</target>', '</targt>'), [], /^tessera import: work\/bad\.xlf:(\d+): /],
    ['a truncated file', 'cut.xlf', (xml) => xml.slice(0, xml.length / 2), [], /^tessera import: work\/cut\.xlf:\d+: /],
    ['not XLIFF', 'other.xml', () => '<?xml version="1.0"?>\n<html/>', [], /work\/other\.xml:2: not an XLIFF document: the root element is <html>/],
    ['another target language', 'ar.xlf', (xml) => xml, ['--lang', 'en'], /work\/ar\.xlf:3: this file translates into ar, not en/],
    ['a language the project lacks', 'de.xlf', (xml) => xml.replace('trgLang="ar"', 'trgLang="de"'), [], /this file translates into de; this project translates into en, ar/],
    ['another source language', 'en.xlf', (xml) => xml.replace('srcLang="fr"', 'srcLang="en"'), [], /this file translates from en; the project's source language is fr/],
    ['a broken PO file', 'ar.po', () => 'msgid ""\nmsgstr ""\n"Language: ar\\n"\n\nmsgctxt "s-yutcem"\nmsgid "x\nmsgstr "y"\n', [], /work\/ar\.po:6: /],
    ['a missing file', 'missing.xlf', () => '', [], /work\/nothing\.xlf: file not found/],
  ])('refuses %s (exit 2) and writes nothing', async (_case, name, damage, args, message) => {
    const dir = sampleProject();
    const xml = await exportTo(dir, 'ar', 'work/ar.xlf');
    write(dir, `work/${name}`, damage(xml));
    const before = snapshot(dir);
    const file = name === 'missing.xlf' ? 'work/nothing.xlf' : `work/${name}`;
    const { code, stdout, stderr } = await tessera(['import', file, ...args], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
    if (name === 'bad.xlf') expect(Number(stderr.match(message)?.[1])).toBe(lineOf(damage(xml), '</targt>'));
  });

  it.each<[string, string[], RegExp]>([
    ['no file', [], /expected one FILE to import/],
    ['two files', ['a.xlf', 'b.xlf'], /expected one FILE to import/],
    ['an unknown language', ['x.xlf', '--lang', 'de'], /unknown language "de"/],
    ['an unknown report format', ['x.xlf', '--format', 'sarif'], /--format must be one of text, json/],
  ])('refuses %s (exit 2)', async (_case, args, message) => {
    const dir = sampleProject();
    write(dir, 'x.xlf', await exportTo(dir, 'en', 'work/en.xlf'));
    const { code, stderr } = await tessera(['import', ...args], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

// ─── XLIFF 1.2 ─────────────────────────────────────────────────────────────

interface Unit12 {
  id: string;
  source: string;
  target?: string;
  attrs?: string;
  targetAttrs?: string;
}

function xliff12(lang: string, units: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">',
    `  <file original="source-texts/${DOC}.md" source-language="fr-FR" target-language="${lang}" datatype="x-markdown" sdl:ref="1">`,
    '    <header><tool tool-id="test" tool-name="A CAT tool"/></header>',
    '    <body>',
    ...units,
    '    </body>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

const transUnit = (u: Unit12): string =>
  `      <trans-unit id="${u.id}"${u.attrs ?? ''}>\n        <source>${u.source}</source>\n` +
  (u.target === undefined ? '' : `        <target${u.targetAttrs ?? ''}>${u.target}</target>\n`) +
  '      </trans-unit>';

describe('XLIFF 1.2 from the big CAT tools', () => {
  it('merges one trans-unit per segment (Okapi style) with 1.2 states and approval', async () => {
    const dir = sampleProject();
    const before = poEntries(dir, 'ar');
    const catalog = catalogOf(dir);
    const [reviewed, approved, needsReview, untouched, empty] = catalog.map((e) => e.id) as [string, string, string, string, string];
    const newTarget = targetOf(before, reviewed).replace(...REWORDED.ar);
    const units = catalog.map((e) => {
      const target = e.id === reviewed ? newTarget : targetOf(before, e.id);
      if (e.id === reviewed) return transUnit({ id: e.id, source: e.text, target, targetAttrs: ' state="signed-off"' });
      if (e.id === approved) return transUnit({ id: e.id, source: e.text, target, attrs: ' approved="yes"' });
      if (e.id === needsReview) return transUnit({ id: e.id, source: e.text, target, targetAttrs: ' state="needs-review-translation" state-qualifier="leveraged-tm"' });
      if (e.id === untouched) return transUnit({ id: e.id, source: e.text, target });
      if (e.id === empty) return transUnit({ id: e.id, source: e.text });
      return transUnit({ id: e.id, source: e.text, target, targetAttrs: ' state="translated"' });
    });
    write(dir, 'work/ar-SA.xlf', xliff12('ar-SA', units));
    const { code, stdout } = await tessera(['import', 'work/ar-SA.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('work/ar-SA.xlf: XLIFF 1.2, ar: 13 translation(s) accepted, 0 refused, 1 without a translation');
    expect(poEntries(dir, 'ar')).toEqual(
      before.map((e): TranslationEntry => {
        if (e.id === reviewed) return { ...e, target: newTarget, flags: ['reviewed'] };
        if (e.id === approved) return { ...e, flags: ['reviewed'] };
        if (e.id === needsReview) return { ...e, fuzzy: true };
        return e;
      }),
    );
  });

  it('merges one trans-unit per block segmented with <mrk mtype="seg"> (Trados, memoQ)', async () => {
    const dir = sampleProject();
    const before = poEntries(dir, 'en');
    const blocks = new Map<number, CatalogEntry[]>();
    for (const e of catalogOf(dir)) blocks.set(e.block, [...(blocks.get(e.block) ?? []), e]);
    const edited = 's-2kyn1d';
    const newTarget = targetOf(before, edited).replace('To that end', 'To do so');
    const units = [...blocks].map(([block, entries]) => {
      const marks = (text: (e: CatalogEntry) => string): string =>
        entries.map((e) => `<mrk mtype="seg" mid="${e.id}">${text(e)}</mrk>`).join(' ');
      return [
        `      <trans-unit id="b${block}">`,
        `        <source>${entries.map((e) => e.text).join(' ')}</source>`,
        `        <seg-source>${marks((e) => e.text)}</seg-source>`,
        `        <target state="translated">${marks((e) => (e.id === edited ? newTarget : targetOf(before, e.id)))}</target>`,
        '      </trans-unit>',
      ].join('\n');
    });
    write(dir, 'work/en.xlf', xliff12('en-GB', units));
    const { code, stdout } = await tessera(['import', 'work/en.xlf'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`locales/en/${DOC}.po: 1 merged, 13 unchanged`);
    expect(poEntries(dir, 'en')).toEqual(before.map((e) => (e.id === edited ? { ...e, target: newTarget } : e)));
  });

  const SAMPLES = new URL('./fixtures/xliff/samples/', import.meta.url);
  const samples = ['xliff-1.2', 'xliff-2.0'].flatMap((v) => readdirSync(new URL(`${v}/`, SAMPLES)).map((f) => `${v}/${f}`));

  it.each(samples)('reads the real-tool sample %s and refuses what belongs to no catalog', async (sample) => {
    const dir = projectWith({ 'tessera.config.json': '{"sourceLang": "en", "targetLangs": ["fr", "ar"]}' });
    cpSync(new URL(sample, SAMPLES), join(dir, 'sample.xlf'));
    const before = snapshot(dir);
    const { code, stdout, stderr } = await tessera(['import', 'sample.xlf', '--format', 'json'], dir);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as ImportReport;
    expect(report.import.accepted).toBe(0);
    expect(report.import.refused + report.import.untranslated).toBeGreaterThan(0);
    expect(report.issues.every((i) => i.rule === 'import-refused' && /no catalog for/.test(i.message))).toBe(true);
    expect(code).toBe(report.import.refused > 0 ? 1 : 0);
    expect(snapshot(dir)).toEqual(before);
  });
});

// ─── PO from Poedit and Weblate ────────────────────────────────────────────

/**
 * What Poedit does to a PO file on save: its own header fields and credits, no line wrapping
 * (gettext-parser's compiler, like Poedit, puts `#:` before `#.`), and the translator's edits.
 */
function likePoedit(text: string, edit: (translations: Record<string, Record<string, { msgstr: string[]; comments?: { flag?: string } }>>) => void): string {
  const parsed = gettext.parse(text);
  parsed.headers = {
    ...parsed.headers,
    'PO-Revision-Date': '2024-03-06 10:12+0100',
    'Last-Translator': 'Leila Haddad <leila@example.org>',
    'X-Generator': 'Poedit 3.4.2',
    'X-Poedit-SourceCharset': 'UTF-8',
  };
  const header = parsed.translations['']?.[''];
  if (header) header.comments = { translator: 'Arabic translation of the Mosul article.\nLeila Haddad <leila@example.org>, 2024.' };
  edit(parsed.translations as never);
  return gettext.compile(parsed, { foldLength: 0 }).toString('utf8');
}

describe('PO files from Poedit and Weblate', () => {
  const editAr = (translations: Record<string, Record<string, { msgstr: string[]; comments?: { flag?: string } }>>): void => {
    const first = Object.values(translations['s-yutcem'] ?? {})[0]!;
    first.msgstr = [first.msgstr[0]!.replace(...REWORDED.ar)];
    const second = Object.values(translations['s-lqmsv8'] ?? {})[0]!;
    second.comments = { ...second.comments, flag: 'fuzzy' };
  };

  it('reads a file Poedit rewrote in place without loss, and extract or import rewrite it canonically', async () => {
    const dir = sampleProject();
    const original = read(dir, `locales/ar/${DOC}.po`);
    const before = poEntries(dir, 'ar');
    const saved = likePoedit(original, editAr);
    expect(saved).toContain('X-Generator: Poedit 3.4.2');
    expect(saved.split('\n').some((line) => line.length > 200)).toBe(true);
    const expected = before.map((e): TranslationEntry => {
      if (e.id === 's-yutcem') return { ...e, target: e.target.replace(...REWORDED.ar) };
      if (e.id === 's-lqmsv8') return { ...e, fuzzy: true };
      return e;
    });

    // The translator opened locales/ar/….po in Poedit and saved it; extract makes it canonical.
    const inPlace = sampleProject();
    write(inPlace, `locales/ar/${DOC}.po`, saved);
    expect((await tessera(['extract'], inPlace)).code).toBe(0);
    const canonical = read(inPlace, `locales/ar/${DOC}.po`);
    expect(poEntries(inPlace, 'ar')).toEqual(expected);
    expect(canonical).toContain('"Last-Translator: Leila Haddad <leila@example.org>\\n"');
    expect(canonical).toContain('"X-Generator: tessera\\n"');
    expect(canonical).toContain('# Leila Haddad <leila@example.org>, 2024.');
    expect(canonical).toMatch(/#\. type: paragraph\n#\. block: 0\n#: source-texts\/mossoul-2017\.md:6\nmsgctxt "s-yutcem"/);
    if (HAS_MSGFMT) expect(msgfmtCheck(canonical)).toEqual({ status: 0, stderr: '' });

    // The translator sent the file back instead: import gives the same canonical file.
    write(dir, 'mail/mossoul-2017.ar.po', saved);
    const imported = await tessera(['import', 'mail/mossoul-2017.ar.po'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`mail/mossoul-2017.ar.po: PO, ar: 14 translation(s) accepted, 0 refused`);
    expect(imported.stdout).toContain(`locales/ar/${DOC}.po: 2 merged, 12 unchanged`);
    expect(read(dir, `locales/ar/${DOC}.po`)).toBe(canonical);
  });

  it('refuses a Poedit entry whose msgid is not the current source', async () => {
    const dir = sampleProject();
    const saved = likePoedit(read(dir, `locales/en/${DOC}.po`), () => undefined).replace('au moins 426 civils', 'au moins 425 civils');
    write(dir, 'mail/en.po', saved);
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['import', 'mail/en.po'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`mail/en.po:${lineOf(saved, 'msgctxt "s-u6umln"')}  error  not merged: the French source changed`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("merges Poedit's then Weblate's file of another project, losing nothing (catalog fixtures)", async () => {
    const fixture = (name: string): string => readFileSync(new URL(`./fixtures/catalog/${name}`, import.meta.url), 'utf8');
    const dir = projectWith({
      'tessera.config.json': '{"sourceLang": "fr", "targetLangs": ["ar"]}',
      'locales/crue.pot': fixture('golden/crue.pot'),
      'from/poedit.po': fixture('tools/poedit.po'),
      'from/weblate.po': fixture('tools/weblate.po'),
    });
    const catalog = catalogOf(dir, 'crue');

    const poedit = await tessera(['import', 'from/poedit.po', '--format', 'json'], dir);
    expect(poedit.code, poedit.stdout).toBe(0);
    expect((JSON.parse(poedit.stdout) as ImportReport).import).toMatchObject({ format: 'PO', lang: 'ar', accepted: 3, refused: 0, untranslated: 1 });
    const afterPoedit = poEntries(dir, 'ar', 'crue');
    expect(afterPoedit.map((e) => e.id)).toEqual(catalog.map((e) => e.id));
    expect(afterPoedit.filter((e) => e.target).map((e) => [e.id, e.fuzzy, e.translatorComments])).toEqual([
      ['s-0hd9a2', false, undefined],
      ['s-4k2m9q', false, ' Vérifier le chiffre avec la préfecture.\n   (indenté à dessein)'],
      ['s-b81xz0', true, undefined],
    ]);
    expect(read(dir, 'locales/ar/crue.po')).toContain('"Last-Translator: Leila Haddad <leila@example.org>\\n"');

    const weblate = await tessera(['import', 'from/weblate.po', '--format', 'json'], dir);
    const report = JSON.parse(weblate.stdout) as ImportReport;
    expect(report.import).toMatchObject({ accepted: 3, refused: 0 });
    const after = poEntries(dir, 'ar', 'crue');
    const byId = new Map(after.map((e) => [e.id, e]));
    expect(byId.get('s-4k2m9q')).toMatchObject({ fuzzy: true, previousSource: catalog[1]!.text.replace('douze', 'onze') });
    expect(byId.get('s-4k2m9q')?.target).toContain('أحد عشر');
    expect(byId.get('s-4k2m9q')).not.toHaveProperty('translatorComments');
    expect(byId.get('s-q2v7ke')?.target).toBe('«لم نرَ شيئاً كهذا من قبل»، قالت إحدى الساكنات.');
    // Not in Weblate's file: Poedit's draft stays.
    expect(byId.get('s-b81xz0')).toEqual(afterPoedit.find((e) => e.id === 's-b81xz0'));
    expect(byId.get('s-old001')).toMatchObject({ obsolete: true, target: '«إنها كارثة»، قال رئيس البلدية.', translatorComments: 'Ancienne citation, à garder.' });
    const text = read(dir, 'locales/ar/crue.po');
    expect(text).toContain('"Last-Translator: Karim Nasser <karim@example.org>\\n"');
    expect(serializePo(parsePo(text, 'crue.po', 'ar'), catalog)).toBe(text);
    if (HAS_MSGFMT) expect(msgfmtCheck(text)).toEqual({ status: 0, stderr: '' });
    // Weblate's translator wrote eleven for douze: merged as the draft it is, and reported.
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.rule, i.id, i.file, i.line])).toEqual([
      ['number-mismatch', 's-4k2m9q', 'from/weblate.po', lineOf(fixture('tools/weblate.po'), 'msgctxt "s-4k2m9q"')],
    ]);
    expect(weblate.code).toBe(1);
  });
});

describe('msgfmt', () => {
  it.skipIf(!HAS_MSGFMT)('accepts every PO file that export and import write', async () => {
    const dir = sampleProject();
    await addBrief(dir);
    let xml = await exportTo(dir, 'ar', 'work/ar.xlf');
    xml = editSegment(xml, 's-yutcem', (s) => withState(s, 'final'));
    xml = editSegment(xml, 's-lqmsv8', (s) => withState(s, 'reviewed'));
    xml = editSegment(xml, 's-2kyn1d', (s) => withState(s, 'initial'));
    write(dir, 'work/ar.xlf', xml);
    expect((await tessera(['import', 'work/ar.xlf'], dir)).code).toBe(0);
    for (const lang of LANGS) expect((await tessera(['export', '--to', lang, '--format', 'po', '--out', `work/${lang}/`], dir)).code).toBe(0);
    const files = [...snapshot(dir)].filter(([name]) => /\.pot?$/.test(name));
    expect(files.map(([name]) => name).sort()).toEqual([
      'locales/ar/breve.po', `locales/ar/${DOC}.po`, 'locales/breve.pot', 'locales/en/breve.po', `locales/en/${DOC}.po`, `locales/${DOC}.pot`,
      'work/ar/breve.po', `work/ar/${DOC}.po`, 'work/en/breve.po', `work/en/${DOC}.po`,
    ]);
    expect(read(dir, `locales/ar/${DOC}.po`)).toMatch(/#, final\nmsgctxt "s-yutcem"/);
    for (const [name, text] of files) expect([name, msgfmtCheck(text, name.split('/').pop())]).toEqual([name, { status: 0, stderr: '' }]);
  });
});

// ─── i18next ───────────────────────────────────────────────────────────────

describe('the built i18next bundles on a website', () => {
  it('load in i18next with i18next-fs-backend, one namespace per document, French as fallback', async () => {
    const dir = sampleProject();
    await addBrief(dir);
    expect((await tessera(['build'], dir)).code).toBe(0);
    // Drop one Arabic segment to see the fallback work.
    const arBrief = JSON.parse(read(dir, 'dist/i18n/ar/breve.json')) as Record<string, string>;
    const dropped = Object.keys(arBrief)[2]!;
    delete arBrief[dropped];
    write(dir, 'dist/i18n/ar/breve.json', JSON.stringify(arBrief));

    // The snippet of the README's "Using the editions on a website".
    const i18nDir = join(dir, 'dist', 'i18n');
    const namespaces = readdirSync(join(i18nDir, 'fr')).map((file) => file.replace(/\.json$/, ''));
    const instance = i18next.createInstance();
    await instance.use(Backend).init<FsBackendOptions>({
      lng: 'ar',
      fallbackLng: 'fr',
      preload: ['en', 'ar'],
      ns: namespaces,
      defaultNS: false,
      keySeparator: false,
      nsSeparator: false,
      backend: { loadPath: join(i18nDir, '{{lng}}', '{{ns}}.json') },
    });

    expect(namespaces).toEqual(['breve', DOC]);
    for (const lang of LANGS) {
      for (const ns of namespaces) {
        const bundle = JSON.parse(read(dir, `dist/i18n/${lang}/${ns}.json`)) as Record<string, string>;
        expect(instance.hasResourceBundle(lang, ns)).toBe(true);
        for (const [key, value] of Object.entries(bundle)) expect(instance.t(key, { lng: lang, ns })).toBe(value);
      }
    }
    expect(Object.keys(JSON.parse(read(dir, `dist/i18n/en/${DOC}.json`)) as object)).toHaveLength(14);
    expect(instance.t(dropped, { ns: 'breve' })).toBe('Il recense 45 frappes.');
    expect(instance.t('s-yutcem', { ns: DOC, lng: 'en' })).toMatch(/^According to information presented by/);
    expect(instance.getFixedT('ar', DOC)('s-yutcem')).toMatch(/^وفقاً للمعلومات/);
  });
});
