// Drift on the command line, for revisions of the sample article that are not in the repository:
// what `tessera check` says before extract, what `tessera extract` does to the IDs, what
// `tessera status` counts after. Then the status table and the progress bar.
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { projectWith, read, sampleProject, tessera, write, type CliResult } from './support/cli.js';

const SOURCE = 'source-texts/mossoul-2017.md';

interface Segment {
  id: string;
  block: number;
  text: string;
}
interface Issue {
  rule: string;
  lang: string | null;
  id: string | null;
  file: string | null;
  line: number | null;
  message: string;
}

const segments = async (dir: string): Promise<Segment[]> => JSON.parse((await tessera(['segment', SOURCE, '--format', 'json'], dir)).stdout) as Segment[];
const driftOf = (result: CliResult): Issue[] => (JSON.parse(result.stdout) as { issues: Issue[] }).issues.filter((i) => i.file?.endsWith('.po'));

/** Replace `from` (which must occur) by `to`. */
function edit(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`not in the sample: ${from}`);
    return text.replace(from, to);
  };
}

/** Paragraphs of the body (front matter excluded), for moves. */
function swapParagraphs(a: number, b: number): (text: string) => string {
  return (text) => {
    const [front, ...body] = text.split('\n\n');
    [body[a], body[b]] = [body[b]!, body[a]!];
    return [front, ...body].join('\n\n');
  };
}

interface Revision {
  name: string;
  revise: (markdown: string) => string;
  /** Drift rules `check --lang en` reports before extract, sorted; empty: exit 0. */
  drift: string[];
  /** `extract` summary: new, changed, removed. */
  extracted: [number, number, number];
  /** Segments whose ID disappears, and segments that keep their ID with a new text. */
  gone: number;
  edited: number;
  /** Non-zero English states after extract. */
  after: string;
}

const REVISIONS: Revision[] = [
  {
    name: 'a typo fixed (ressemblaient → rassemblaient)',
    revise: edit('ressemblaient de force', 'rassemblaient de force'),
    drift: ['stale'],
    extracted: [0, 1, 0],
    gone: 0,
    edited: 1,
    after: 'translated 13, fuzzy 1',
  },
  {
    name: 'a date corrected in the last paragraph',
    revise: edit('Le 18 juin 2017', 'Le 19 juin 2017'),
    drift: ['stale'],
    extracted: [0, 1, 0],
    gone: 0,
    edited: 1,
    after: 'translated 13, fuzzy 1',
  },
  {
    name: 'a paragraph added at the top',
    revise: edit('---\n\n', '---\n\nMossoul, juillet 2017. Un bilan contesté.\n\n'),
    drift: ['missing', 'missing'],
    extracted: [2, 0, 0],
    gone: 0,
    edited: 0,
    after: 'translated 14, untranslated 2',
  },
  {
    name: 'a paragraph deleted',
    revise: (text) => text.replace(/\n\nAmnesty International a également recensé[^\n]*\n/, '\n'),
    drift: ['obsolete'],
    extracted: [0, 0, 1],
    gone: 1,
    edited: 0,
    after: 'translated 13, obsolete 1',
  },
  {
    name: 'two paragraphs swapped',
    revise: swapParagraphs(1, 3),
    drift: [],
    extracted: [0, 0, 0],
    gone: 0,
    edited: 0,
    after: 'translated 14',
  },
  {
    name: 'a paragraph re-wrapped over several lines',
    revise: edit('des villageois et des habitants des villes', 'des villageois\net des habitants\ndes villes'),
    drift: [],
    extracted: [0, 0, 0],
    gone: 0,
    edited: 0,
    after: 'translated 14',
  },
  {
    name: 'a sentence split in two',
    revise: edit("Ceux qui cherchaient à s'enfuir étaient fusillés, tandis que", "Ceux qui cherchaient à s'enfuir étaient fusillés. Et"),
    drift: ['missing', 'stale'],
    extracted: [1, 1, 0],
    gone: 0,
    edited: 1,
    after: 'translated 13, fuzzy 1, untranslated 1',
  },
  {
    name: 'two sentences merged',
    revise: edit('en octobre 2016. Les troupes gouvernementales', 'en octobre 2016, et les troupes gouvernementales'),
    drift: ['obsolete', 'stale'],
    extracted: [0, 1, 1],
    gone: 1,
    edited: 1,
    after: 'translated 12, fuzzy 1, obsolete 1',
  },
  {
    name: 'a sentence repeated at the end (identical text, new ID, pre-filled from the memory)',
    revise: (text) => `${text}\nL'offensive de l'armée irakienne visant à éliminer les djihadistes de Daech de la province de Ninive et de sa capitale, Mossoul, a été lancée en octobre 2016.\n`,
    drift: ['missing'],
    extracted: [1, 0, 0],
    gone: 0,
    edited: 0,
    after: 'translated 15',
  },
];

describe('revisions of the sample article, not in the repository', () => {
  it.each(REVISIONS)('$name', async ({ revise, drift, extracted, gone, edited, after }) => {
    const dir = sampleProject();
    const before = await segments(dir);
    write(dir, SOURCE, revise(read(dir, SOURCE)));

    const check = await tessera(['check', '--format', 'json', '--lang', 'en'], dir);
    const issues = driftOf(check);
    expect(issues.map((i) => i.rule).sort()).toEqual(drift);
    expect(check.code).toBe(drift.some((rule) => rule !== 'obsolete') ? 1 : 0);
    for (const issue of issues) {
      expect(issue).toMatchObject({ lang: 'en', file: 'locales/en/mossoul-2017.po', id: expect.stringMatching(/^s-[a-z0-9]+$/) });
      if (issue.rule === 'missing') expect(issue.message).toMatch(/\(source-texts\/mossoul-2017\.md:\d+\)/);
      else expect(read(dir, 'locales/en/mossoul-2017.po').split('\n')[issue.line! - 1]).toBe(`msgctxt "${issue.id}"`);
    }

    const extract = await tessera(['extract'], dir);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toContain(`(${extracted[0]} new, ${extracted[1]} changed, ${extracted[2]} removed)`);

    const now = await segments(dir);
    const texts = new Map(now.map((s) => [s.id, s.text]));
    expect(before.filter((s) => !texts.has(s.id))).toHaveLength(gone);
    expect(before.filter((s) => texts.has(s.id) && texts.get(s.id) !== s.text)).toHaveLength(edited);
    expect(new Set(now.map((s) => s.id)).size).toBe(now.length);

    const status = JSON.parse((await tessera(['status', '--format', 'json', '--lang', 'en'], dir)).stdout) as { documents: Array<{ counts: Record<string, number> }> };
    const counts = Object.entries(status.documents[0]!.counts).filter(([, n]) => n > 0).map(([state, n]) => `${state} ${n}`).join(', ');
    expect(counts).toBe(after);
  });

  it('a correction taken back after extract: stale again until extract, then translated with no fuzzy flag', async () => {
    const dir = sampleProject();
    const original = read(dir, SOURCE);
    write(dir, SOURCE, original.replace('au moins 426 civils', 'au moins 450 civils'));
    expect((await tessera(['extract'], dir)).code).toBe(0);
    expect(read(dir, 'locales/en/mossoul-2017.po')).toContain('#, fuzzy');
    write(dir, SOURCE, original);
    const check = await tessera(['check', '--format', 'json', '--lang', 'en'], dir);
    expect(driftOf(check).map((i) => i.rule)).toEqual(['stale']);
    expect(driftOf(check)[0]!.message).toMatch(/"…[^"]*426 civils[^"]*".*\(was "…[^"]*450 civils/);
    expect((await tessera(['extract'], dir)).code).toBe(0);
    const po = read(dir, 'locales/en/mossoul-2017.po');
    expect(po).not.toContain('#, fuzzy');
    expect(po).not.toContain('#| msgid');
    expect((await tessera(['check'], dir)).code).toBe(0);
  });

  it('a new article: check reports every segment missing before the first extract, extract creates its files', async () => {
    const dir = sampleProject();
    write(dir, 'source-texts/breve.md', '---\nlang: fr\n---\n\nLe pont de Mossoul a rouvert. La circulation reprend lundi.\n');
    const check = await tessera(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1);
    expect(driftOf(check).map((i) => `${i.rule} ${i.lang} ${i.file}`)).toEqual([
      'missing en locales/en/breve.po',
      'missing en locales/en/breve.po',
      'missing ar locales/ar/breve.po',
      'missing ar locales/ar/breve.po',
    ]);
    const extract = await tessera(['extract'], dir);
    expect(extract.stdout).toContain('breve: 2 segments (2 new, 0 changed, 0 removed)');
    expect(extract.stdout).toContain('updated locales/breve.pot, locales/en/breve.po, locales/ar/breve.po');
    expect(driftOf(await tessera(['check', '--format', 'json'], dir)).map((i) => i.rule)).toEqual(['untranslated', 'untranslated', 'untranslated', 'untranslated']);
  });

  it('check on the sample project as committed is clean', async () => {
    const result = await tessera(['check', '--format', 'json'], sampleProject());
    expect(driftOf(result)).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe('tessera status as a table', () => {
  it('has a column for each state and the percent, one row per document and language', async () => {
    const dir = sampleProject();
    write(dir, SOURCE, read(dir, SOURCE).replace('au moins 426 civils', 'au moins 450 civils').replace(/\n$/, ' Une phrase ajoutée.\n'));
    const { code, stdout } = await tessera(['status'], dir);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['doc', 'lang', 'translated', 'fuzzy', 'untranslated', 'stale', 'missing', 'obsolete', '%']);
    expect(rows).toHaveLength(2);
    for (const [row, lang] of [[rows[0]!, 'en'], [rows[1]!, 'ar']] as const) {
      // 13 of 15 translated: 1 stale, 1 missing → 86 % (rounded down), with a bar.
      expect(row).toMatch(new RegExp(`^mossoul-2017 +${lang} +13 +0 +0 +1 +1 +0 +86% +█{8}░{2}$`));
    }
    // Numbers line up under their headers (right-aligned).
    for (const column of ['translated', 'stale', '%']) {
      const end = header!.indexOf(column) + column.length;
      for (const row of rows) expect(row[end - 1], column).toMatch(/[0-9%]/);
    }
  });

  it('follows --lang and --format json', async () => {
    const dir = sampleProject();
    const text = await tessera(['status', '--lang', 'ar'], dir);
    expect(text.stdout.trimEnd().split('\n').slice(1)).toEqual([expect.stringMatching(/^mossoul-2017 +ar +14 +0 +0 +0 +0 +0 +100% +█{10}$/)]);
    const json = JSON.parse((await tessera(['status', '--format', 'json'], dir)).stdout) as { documents: Array<{ doc: string; lang: string; total: number; percent: number }> };
    expect(json.documents.map((d) => [d.doc, d.lang, d.total, d.percent])).toEqual([
      ['mossoul-2017', 'en', 14, 100],
      ['mossoul-2017', 'ar', 14, 100],
    ]);
  });
});

describe('progress on a terminal', () => {
  /** A project with `n` short articles, extracted. */
  async function manyDocs(n: number): Promise<string> {
    const files: Record<string, string> = { 'tessera.config.json': '{"sourceLang": "fr", "targetLangs": ["en", "ar"]}\n' };
    for (let k = 1; k <= n; k++) files[`source-texts/depeche-${String(k).padStart(2, '0')}.md`] = `---\nlang: fr\n---\n\nDépêche numéro ${k}. Elle compte deux phrases.\n`;
    const dir = projectWith(files);
    expect((await tessera(['extract', '--quiet'], dir)).code).toBe(0);
    return dir;
  }

  /** Run with a stderr that may be a terminal `columns` wide. */
  async function withStderr(args: string[], cwd: string, isTTY: boolean, columns = 40): Promise<CliResult & { writes: string[] }> {
    let stdout = '';
    const writes: string[] = [];
    const code = await run(args, {
      cwd,
      env: { NO_COLOR: '1' },
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => void writes.push(s), isTTY, columns },
    });
    return { code, stdout, stderr: writes.join(''), writes };
  }

  const CLEAR = '\r\u001B[K';
  const N = 12;

  it.each([['extract'], ['check']])('%s redraws one line in place, one tick per document, and erases it', async (command) => {
    const dir = await manyDocs(N);
    const { writes, stdout } = await withStderr([command], dir, true);
    expect(writes.every((w) => w.startsWith(CLEAR))).toBe(true);
    const frames = writes.map((w) => w.slice(CLEAR.length)).filter(Boolean);
    expect(frames.length).toBeGreaterThanOrEqual(N);
    expect(frames[0]).toMatch(new RegExp(`^${command} ░+ 0/${N}`));
    expect(frames.at(-1)).toMatch(new RegExp(`^${command} █+ ${N}/${N}`));
    for (const frame of frames) {
      expect(frame).not.toContain('\n');
      expect([...frame].length).toBeLessThanOrEqual(39);
    }
    expect(writes.at(-1)).toBe(CLEAR);
    // The report itself is the same as without a terminal.
    expect(stdout).toBe((await withStderr([command], dir, false)).stdout);
  });

  it.each([['extract'], ['check']])('%s erases the bar before an input error, so that the message starts its own line', async (command) => {
    const dir = await manyDocs(N);
    write(dir, 'locales/en/depeche-05.po', `${read(dir, 'locales/en/depeche-05.po')}<<<<<<< HEAD\n`);
    const { code, stderr, writes } = await withStderr([command], dir, true);
    expect(code).toBe(2);
    expect(writes.filter((w) => w.startsWith(`${CLEAR}${command} `)).length).toBeGreaterThan(1);
    expect(writes.at(-2)).toBe(CLEAR);
    expect(writes.at(-1)).toMatch(new RegExp(`^tessera ${command}: locales/en/depeche-05\\.po:\\d+: unresolved merge conflict marker`));
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it.each([
    ['extract', false, []],
    ['check', false, []],
    ['extract', true, ['--quiet']],
    ['check', true, ['--quiet']],
    ['check', true, ['--format', 'json']],
  ] as const)('%s: no progress (stderr a terminal: %s, flags %j)', async (command, isTTY, flags) => {
    const dir = await manyDocs(3);
    const { stderr } = await withStderr([command, ...flags], dir, isTTY);
    expect(stderr).toBe('');
  });
});
