// The newsroom fixture replayed with the command line, the way a newsroom works: the editor
// revises an article, CI runs `tessera check` before anyone extracts, someone runs `tessera
// extract`, translators review, and the project checks clean and builds again.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePo } from '../src/catalog/index.js';
import { FIGURES_ADAPTED_NOTE } from '../src/catalog/merge.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { read, REPO, tessera, write, type CliResult } from './support/cli.js';

const FIXTURE = join(REPO, 'test/fixtures/catalog/newsroom');
const DOCS = ['conseil-municipal', 'festival', 'inondations'] as const;
const LANGS = ['en', 'ar'] as const;

interface Issue {
  rule: string;
  severity: string;
  doc?: string;
  lang?: string;
  id?: string;
  message: string;
  file?: string;
  line?: number;
}
interface Report {
  summary: { errors: number; warnings: number };
  issues: Issue[];
}
interface Segment {
  id: string;
  block: number;
  text: string;
}
type Counts = Record<'translated' | 'fuzzy' | 'untranslated' | 'stale' | 'missing' | 'obsolete', number>;
interface StatusJson {
  documents: Array<{ doc: string; lang: string; counts: Counts; total: number; percent: number }>;
}

/** A temp copy of the newsroom project, revisions included. */
function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-newsroom-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const json = <T>(result: CliResult): T => JSON.parse(result.stdout) as T;

/** Drift issues only (the QA checks have their own tests). */
const DRIFT = new Set(['stale', 'missing', 'untranslated', 'fuzzy', 'obsolete']);
const drift = (report: Report): Issue[] => report.issues.filter((i) => DRIFT.has(i.rule));

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  return text.slice(0, at).split('\n').length;
}

/** `lang/doc` → the non-zero counts, e.g. `translated 5, stale 2`. */
function statusTable(status: StatusJson): Record<string, string> {
  return Object.fromEntries(
    status.documents.map((d) => [
      `${d.lang}/${d.doc}`,
      Object.entries(d.counts)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${state} ${n}`)
        .join(', '),
    ]),
  );
}

/** What a translator does in a PO file: give the entry a new msgstr and clear its fuzzy flag
 * (`keepPrevious`: as in a plain text editor, leave the `#| msgid` lines, as Poedit would not). */
function review(po: string, id: string, msgstr: string, keepPrevious = false): string {
  const entries = po.split('\n\n');
  const k = entries.findIndex((e) => e.includes(`msgctxt "${id}"`));
  if (k < 0) throw new Error(`no entry ${id}`);
  const lines = entries[k]!.split('\n').filter((l) => l !== '#, fuzzy' && (keepPrevious || !l.startsWith('#| ')));
  const at = lines.findIndex((l) => l.startsWith('msgstr'));
  entries[k] = [...lines.slice(0, at), `msgstr ${JSON.stringify(msgstr)}`].join('\n');
  return entries.join('\n\n').replace(/\n*$/, '\n');
}

const INITIAL = {
  'en/conseil-municipal': 'translated 7',
  'ar/conseil-municipal': 'translated 5, untranslated 2',
  'en/festival': 'translated 5',
  'ar/festival': 'translated 5',
  'en/inondations': 'translated 7',
  'ar/inondations': 'translated 7',
};
const AFTER_1 = { ...INITIAL, 'en/inondations': 'translated 5, fuzzy 2', 'ar/inondations': 'translated 5, fuzzy 2' };
const AFTER_2 = { ...AFTER_1, 'en/conseil-municipal': 'translated 7, untranslated 2', 'ar/conseil-municipal': 'translated 5, untranslated 4' };
const AFTER_3 = { ...AFTER_2, 'en/festival': 'translated 4, obsolete 1', 'ar/festival': 'translated 4, obsolete 1' };

interface Step {
  revision: string;
  doc: (typeof DOCS)[number];
  /** `tessera status` before extract, after extract. */
  before: Record<string, string>;
  after: Record<string, string>;
  /** Drift rules that `check` reports for the revised article before extract (per language). */
  drift: string[];
}

const STEPS: Step[] = [
  { revision: '1-correction', doc: 'inondations', before: { ...INITIAL, 'en/inondations': 'translated 5, stale 2', 'ar/inondations': 'translated 5, stale 2' }, after: AFTER_1, drift: ['stale', 'stale'] },
  {
    revision: '2-added-paragraph',
    doc: 'conseil-municipal',
    before: { ...AFTER_1, 'en/conseil-municipal': 'translated 7, missing 2', 'ar/conseil-municipal': 'translated 5, untranslated 2, missing 2' },
    after: AFTER_2,
    drift: ['missing', 'missing'],
  },
  { revision: '3-removed-quote', doc: 'festival', before: AFTER_3, after: AFTER_3, drift: ['obsolete'] },
];

/** Everything the command line said at each step, recorded once. */
interface Recorded {
  /** Source and PO files of the revised article before the revision. */
  previous: Record<string, string>;
  segmentsBefore: Segment[];
  segmentsRevised: Segment[];
  segmentsAfter: Segment[];
  checkBefore: CliResult;
  checkBeforeText: CliResult;
  checkBeforeEn: CliResult;
  statusBefore: StatusJson;
  extract: CliResult;
  checkAfter: CliResult;
  statusAfter: StatusJson;
  /** Files of the revised article after extract. */
  extracted: Record<string, string>;
}

const dir = newsroom();
const recorded: Recorded[] = [];
let initialCheck: CliResult;
let initialStatus: StatusJson;

const segmentsOf = async (doc: string): Promise<Segment[]> => json<Segment[]>(await tessera(['segment', `source-texts/${doc}.md`, '--format', 'json'], dir));
const filesOf = (doc: string): Record<string, string> =>
  Object.fromEntries([`source-texts/${doc}.md`, `locales/${doc}.pot`, ...LANGS.map((l) => `locales/${l}/${doc}.po`)].map((f) => [f, read(dir, f)]));

beforeAll(async () => {
  initialCheck = await tessera(['check', '--format', 'json'], dir);
  initialStatus = json<StatusJson>(await tessera(['status', '--format', 'json'], dir));
  for (const step of STEPS) {
    const previous = filesOf(step.doc);
    const segmentsBefore = await segmentsOf(step.doc);
    write(dir, `source-texts/${step.doc}.md`, read(dir, `revisions/${step.revision}/${step.doc}.md`));
    const segmentsRevised = await segmentsOf(step.doc);
    const checkBefore = await tessera(['check', '--format', 'json'], dir);
    const checkBeforeText = await tessera(['check'], dir);
    const checkBeforeEn = await tessera(['check', '--format', 'json', '--lang', 'en'], dir);
    const statusBefore = json<StatusJson>(await tessera(['status', '--format', 'json'], dir));
    const extract = await tessera(['extract'], dir);
    const segmentsAfter = await segmentsOf(step.doc);
    const checkAfter = await tessera(['check', '--format', 'json'], dir);
    const statusAfter = json<StatusJson>(await tessera(['status', '--format', 'json'], dir));
    recorded.push({ previous, segmentsBefore, segmentsRevised, segmentsAfter, checkBefore, checkBeforeText, checkBeforeEn, statusBefore, extract, checkAfter, statusAfter, extracted: filesOf(step.doc) });
  }
});

describe('the newsroom project on the command line', () => {
  it('starts with English complete and two Arabic list items untranslated (exit 1)', () => {
    expect(statusTable(initialStatus)).toEqual(INITIAL);
    expect(initialCheck.code).toBe(1);
    expect(drift(json<Report>(initialCheck)).map((i) => `${i.rule} ${i.lang}/${i.doc}`)).toEqual(['untranslated ar/conseil-municipal', 'untranslated ar/conseil-municipal']);
  });

  describe.each(STEPS.map((step, k) => ({ ...step, k })))('revision $revision ($doc)', ({ k, doc, before, after, drift: rules }) => {
    const r = (): Recorded => recorded[k]!;

    it('check reports the drift before extract, each with document, language, segment ID and PO file', () => {
      const issues = drift(json<Report>(r().checkBefore)).filter((i) => i.doc === doc && i.rule !== 'untranslated');
      expect(issues.map((i) => `${i.rule} ${i.lang}`)).toEqual(LANGS.flatMap((lang) => rules.map((rule) => `${rule} ${lang}`)));
      for (const issue of issues) {
        expect(issue.file).toBe(`locales/${issue.lang}/${doc}.po`);
        expect(issue.id).toMatch(/^s-[a-z0-9]+$/);
        const revisedIds = r().segmentsRevised.map((s) => s.id);
        if (issue.rule === 'obsolete') expect(revisedIds).not.toContain(issue.id);
        else expect(revisedIds).toContain(issue.id);
      }
      if (rules.some((rule) => rule !== 'obsolete')) expect(r().checkBefore.code).toBe(1);
    });

    it('points a stale or obsolete finding at the msgctxt line of its entry in the PO file', () => {
      for (const issue of drift(json<Report>(r().checkBefore)).filter((i) => i.doc === doc && (i.rule === 'stale' || i.rule === 'obsolete'))) {
        const po = r().previous[issue.file!]!;
        expect(issue.line, `${issue.rule} ${issue.id}`).toBe(lineOf(po, `msgctxt "${issue.id}"`));
        expect(r().checkBeforeText.stdout).toMatch(new RegExp(`^${issue.file}:${issue.line} +(error|warning) +Segment ${issue.id} .* ${issue.rule}$`, 'm'));
      }
    });

    it('names the source line of a new segment, which has no PO entry yet', () => {
      for (const issue of drift(json<Report>(r().checkBefore)).filter((i) => i.doc === doc && i.rule === 'missing')) {
        expect(issue.line ?? null).toBeNull();
        const segment = r().segmentsRevised.find((s) => s.id === issue.id)!;
        const sourceLine = lineOf(read(dir, `revisions/${STEPS[k]!.revision}/${doc}.md`), segment.text.split(' ').slice(0, 4).join(' '));
        expect(issue.message).toContain(`(source-texts/${doc}.md:${sourceLine})`);
      }
    });

    it('check --lang en reports the English findings only', () => {
      const all = json<Report>(r().checkBefore).issues;
      const en = json<Report>(r().checkBeforeEn).issues;
      expect(en.filter((i) => (i.lang ?? null) !== null && i.lang !== 'en')).toEqual([]);
      expect(drift({ summary: { errors: 0, warnings: 0 }, issues: en })).toEqual(drift({ summary: { errors: 0, warnings: 0 }, issues: all }).filter((i) => i.lang === 'en'));
      expect(en.length).toBeLessThan(all.length);
    });

    it('status counts the drift before extract and the new states after', () => {
      expect(statusTable(r().statusBefore)).toEqual(before);
      expect(statusTable(r().statusAfter)).toEqual(after);
    });

    it('extract keeps the ID of every untouched sentence (tessera segment before and after)', () => {
      expect(r().extract.code).toBe(0);
      const afterByText = new Map(r().segmentsAfter.map((s) => [s.text, s.id]));
      const untouched = r().segmentsBefore.filter((s) => afterByText.has(s.text));
      expect(untouched.length).toBeGreaterThan(2);
      for (const s of untouched) expect(afterByText.get(s.text), s.text).toBe(s.id);
      // The IDs are the catalog's even before extract: segment aligns the revised source with it.
      expect(r().segmentsRevised).toEqual(r().segmentsAfter);
    });

    it('extract writes only the files of the revised article', () => {
      expect(r().extract.stdout).toContain(`updated locales/${doc}.pot, locales/en/${doc}.po, locales/ar/${doc}.po`);
      for (const other of DOCS.filter((d) => d !== doc)) expect(r().extract.stdout).toContain(`${other}: `);
    });
  });

  it('1-correction: the corrected sentences keep their IDs and become fuzzy with the previous source (#| msgid)', () => {
    const r = recorded[0]!;
    expect(r.segmentsAfter.map((s) => s.id)).toEqual(r.segmentsBefore.map((s) => s.id));
    expect(r.extract.stdout).toContain('inondations: 7 segments (0 new, 2 changed, 0 removed)');
    for (const lang of LANGS) {
      const file = `locales/${lang}/inondations.po`;
      const old = parsePo(r.previous[file]!, file, lang).entries;
      const now = parsePo(r.extracted[file]!, file, lang).entries.filter((e) => e.fuzzy);
      expect(now.map((e) => e.id)).toEqual([old[0]!.id, old[1]!.id]);
      expect(now.map((e) => e.previousSource)).toEqual([old[0]!.source, old[1]!.source]);
      // The toll is a figure: English writes it in words, which adapt (twelve → thirteen), with
      // the note that says so; Arabic's agree with their noun and stay for the translator.
      const adapted = lang === 'en' ? (t: string) => t.replace('twelve', 'thirteen') : (t: string) => t;
      expect(now.map((e) => e.target)).toEqual([adapted(old[0]!.target), adapted(old[1]!.target)]);
      expect(r.extracted[file]!.includes(FIGURES_ADAPTED_NOTE)).toBe(lang === 'en');
      expect(r.extracted[file]).toContain('#| msgid "Crues dans le Gard : douze morts selon un bilan provisoire"');
      const fuzzy = drift(json<Report>(r.checkAfter)).filter((i) => i.rule === 'fuzzy' && i.lang === lang);
      expect(fuzzy.map((i) => [i.id, i.line])).toEqual(now.map((e) => [e.id, e.line]));
    }
    expect(r.checkAfter.code).toBe(1);
  });

  it('1-correction: the stale message shows the change, not two identical clipped texts', () => {
    const stale = drift(json<Report>(recorded[0]!.checkBefore)).filter((i) => i.rule === 'stale' && i.lang === 'en');
    expect(stale[1]!.message).toMatch(/"…[^"]*<1>treize morts<\/1>[^"]*".*\(was "…[^"]*<1>douze morts<\/1>[^"]*"\)/);
  });

  it('2-added-paragraph: the new sentences get new IDs, the list items keep theirs', () => {
    const r = recorded[1]!;
    const before = r.segmentsBefore.map((s) => s.id);
    const after = r.segmentsAfter.map((s) => s.id);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(2);
    expect(after.filter((id) => before.includes(id))).toEqual(before);
    expect(r.extract.stdout).toContain('conseil-municipal: 9 segments (2 new, 0 changed, 0 removed)');
    const untranslated = drift(json<Report>(r.checkAfter)).filter((i) => i.doc === 'conseil-municipal' && i.lang === 'en');
    expect(untranslated.map((i) => i.rule)).toEqual(['untranslated', 'untranslated']);
    expect(untranslated.map((i) => i.id)).toEqual(after.filter((id) => !before.includes(id)));
  });

  it('3-removed-quote: the quote becomes an obsolete #~ entry that keeps its translation', () => {
    const r = recorded[2]!;
    expect(r.extract.stdout).toContain('festival: 4 segments (0 new, 0 changed, 1 removed)');
    const [gone] = r.segmentsBefore.filter((s) => !r.segmentsAfter.some((a) => a.id === s.id));
    expect(gone!.text).toMatch(/^« Le théâtre n'a jamais été aussi vivant »/);
    for (const lang of LANGS) {
      const file = `locales/${lang}/festival.po`;
      const old = parsePo(r.previous[file]!, file, lang).entries.find((e) => e.id === gone!.id)!;
      const kept = parsePo(r.extracted[file]!, file, lang).entries.find((e) => e.id === gone!.id)!;
      expect(kept).toMatchObject({ obsolete: true, source: old.source, target: old.target });
      expect(old.target).not.toBe('');
      expect(r.extracted[file]).toContain(`#~ msgctxt "${gone!.id}"`);
      const obsolete = drift(json<Report>(r.checkAfter)).filter((i) => i.rule === 'obsolete' && i.lang === lang);
      expect(obsolete.map((i) => [i.severity, i.id, i.line])).toEqual([['warning', gone!.id, lineOf(r.extracted[file]!, `#~ msgctxt "${gone!.id}"`)]]);
    }
  });

  describe('then the translators review', () => {
    let fixed: CliResult;
    let extractAgain: CliResult;
    let built: CliResult;
    beforeAll(async () => {
      const edit = (file: string, changes: Array<[string, string]>, keepPrevious = false): void => {
        let po = read(dir, file);
        for (const [id, msgstr] of changes) po = review(po, id, msgstr, keepPrevious);
        write(dir, file, po);
      };
      const added = recorded[1]!.segmentsAfter.filter((s) => !recorded[1]!.segmentsBefore.some((b) => b.id === s.id)).map((s) => s.id);
      const [vote, appeal] = added as [string, string];
      // English in the manner of Poedit (the #| lines go with the fuzzy flag), Arabic by hand.
      edit('locales/en/inondations.po', [
        ['s-ti4fvn', 'Floods in the Gard: thirteen dead according to a provisional toll'],
        ['s-tdj02h', 'The torrential rain that hit the Gard on Wednesday left <1>thirteen people dead</1>, according to a provisional toll from the prefecture.'],
      ]);
      edit(
        'locales/ar/inondations.po',
        [
          ['s-ti4fvn', 'فيضانات في منطقة غارد: ثلاثة عشر قتيلاً وفق حصيلة مؤقتة'],
          ['s-tdj02h', 'أودت الأمطار الغزيرة التي هطلت على منطقة غارد يوم الأربعاء بحياة <1>ثلاثة عشر شخصاً</1>، وفق حصيلة مؤقتة للمحافظة.'],
        ],
        true,
      );
      edit('locales/en/conseil-municipal.po', [
        [vote, 'The final vote will take place on 16 December.'],
        [appeal, 'A taxpayers’ association has announced an appeal.'],
      ]);
      edit('locales/ar/conseil-municipal.po', [
        [vote, 'سيجري التصويت النهائي في 16 ديسمبر.'],
        [appeal, 'أعلنت جمعية لدافعي الضرائب عن تقديم طعن.'],
        ['s-4wznlo', 'تجديد المدارس: 120 مليون يورو.'],
        ['s-vcy2au', 'النقل العام: 85 مليون يورو.'],
      ]);
      fixed = await tessera(['check', '--format', 'json'], dir);
      extractAgain = await tessera(['extract'], dir);
      built = await tessera(['build'], dir);
    });

    it('check is clean again: exit 0, only the obsolete quote left as a warning', () => {
      const report = json<Report>(fixed);
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(drift(report).map((i) => `${i.rule} ${i.severity} ${i.lang}/${i.doc}`)).toEqual(['obsolete warning en/festival', 'obsolete warning ar/festival']);
      expect(fixed.code).toBe(0);
    });

    it('status shows every live segment translated', async () => {
      const status = json<StatusJson>(await tessera(['status', '--format', 'json'], dir));
      expect(status.documents.map((d) => [d.lang, d.doc, d.percent, d.counts.fuzzy + d.counts.untranslated + d.counts.stale + d.counts.missing])).toEqual(
        DOCS.flatMap((doc) => LANGS.map((lang) => [lang, doc, 100, 0])),
      );
    });

    it('extract afterwards keeps the reviewed translations and drops the leftover #| lines', () => {
      expect(extractAgain.code).toBe(0);
      const po = read(dir, 'locales/ar/inondations.po');
      expect(po).toContain('ثلاثة عشر قتيلاً');
      expect(po).not.toContain('#| ');
      expect(po).not.toContain('#, fuzzy');
    });

    it.skipIf(!HAS_MSGFMT)('leaves PO files and catalogs that msgfmt --check accepts, after hand edits and extract', () => {
      for (const doc of DOCS) {
        for (const file of [`locales/${doc}.pot`, ...LANGS.map((lang) => `locales/${lang}/${doc}.po`)]) {
          expect(msgfmtCheck(read(dir, file), file.split('/').at(-1)), file).toEqual({ status: 0, stderr: '' });
        }
      }
    });

    it('and the editions build', () => {
      expect(built.stderr).toBe('');
      expect(built.code).toBe(0);
      expect(read(dir, 'dist/en/inondations.md')).toContain('thirteen people dead');
      expect(read(dir, 'dist/ar/conseil-municipal.md')).toContain('16 ديسمبر');
    });
  });
});
