// `tessera check --format text|json|sarif|github|junit` on a revised sample article, before
// anyone runs extract (what CI sees on the editor's commit): golden outputs, SARIF validated
// against the SARIF 2.1.0 schema, GitHub annotations escaped, one JUnit testcase per document ×
// language, and colour only when the terminal (or FORCE_COLOR) asks for it.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { run } from '../src/cli/main.js';
import { ADDED_SENTENCE, DELETED_SENTENCE, reviseSample, SAMPLE_SOURCE } from './fixtures/cli/revise-sample.js';
import { projectWith, read, REPO, sampleProject, tessera, write, type CliResult } from './support/cli.js';
import { expectGolden } from './support/golden.js';

const FORMATS = [
  ['text', 'check-revised.text.txt'],
  ['json', 'check-revised.json'],
  ['sarif', 'check-revised.sarif.json'],
  ['github', 'check-revised.github.txt'],
  ['junit', 'check-revised.junit.xml'],
] as const;
type Format = (typeof FORMATS)[number][0];

const golden = (name: string): URL => new URL(`./fixtures/cli/${name}`, import.meta.url);
const ANSI = /\u001B\[[0-9;]*m/;

/** Run the CLI with full control of the environment and of whether stdout is a terminal. */
async function runWith(args: string[], cwd: string, options: { env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: options.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: 120 },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

interface Issue {
  rule: string;
  severity: string;
  doc: string | null;
  lang: string | null;
  id: string | null;
  message: string;
  file: string | null;
  line: number | null;
}

let dir: string;
const outputs = new Map<Format, CliResult>();

beforeAll(async () => {
  dir = sampleProject();
  write(dir, SAMPLE_SOURCE, reviseSample(read(dir, SAMPLE_SOURCE)));
  for (const [format] of FORMATS) outputs.set(format, await tessera(['check', '--format', format], dir));
});

describe('check reports on the revised sample article', () => {
  it.each(FORMATS)('%s matches its golden file (UPDATE=1 rewrites it)', (format, file) => {
    expectGolden(golden(file), outputs.get(format)!.stdout);
  });

  it.each(FORMATS)('%s: exit 1, nothing on stderr, paths relative to the project', (format) => {
    const { code, stdout, stderr } = outputs.get(format)!;
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(dir);
    expect(stdout).not.toContain(tmpdir());
    expect(stdout).toContain('locales/en/mossoul-2017.po');
  });

  it('json: the figure is stale, the added sentence missing and the cut one obsolete, in each language', () => {
    const issues = (JSON.parse(outputs.get('json')!.stdout) as { issues: Issue[] }).issues.filter((i) => i.file?.endsWith('.po'));
    const po = (lang: string): string => read(dir, `locales/${lang}/mossoul-2017.po`);
    const lineOf = (lang: string, id: string): number => po(lang).split('\n').indexOf(`msgctxt "${id}"`) + 1;
    for (const lang of ['en', 'ar']) {
      const mine = issues.filter((i) => i.lang === lang);
      expect(mine.map((i) => i.rule).sort()).toEqual(['missing', 'obsolete', 'stale']);
      const stale = mine.find((i) => i.rule === 'stale')!;
      expect(stale).toMatchObject({ severity: 'error', doc: 'mossoul-2017', file: `locales/${lang}/mossoul-2017.po`, line: lineOf(lang, stale.id!) });
      expect(stale.message).toMatch(/450 civils.*\(was ".*426 civils/);
      const missing = mine.find((i) => i.rule === 'missing')!;
      expect(missing.message).toContain(`"${ADDED_SENTENCE.slice(0, 40)}`);
      expect(missing.message).toContain(`(${SAMPLE_SOURCE}:20)`);
      const obsolete = mine.find((i) => i.rule === 'obsolete')!;
      expect(obsolete).toMatchObject({ severity: 'warning', line: lineOf(lang, obsolete.id!) });
      expect(obsolete.message).toContain(DELETED_SENTENCE.slice(0, 40));
    }
  });

  describe('sarif', () => {
    // The OASIS SARIF 2.1.0 schema the report tests use (see test/report.sarif.test.ts).
    const schema = JSON.parse(readFileSync(new URL('./fixtures/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const log = (): Sarif.Log => JSON.parse(outputs.get('sarif')!.stdout) as Sarif.Log;

    it('validates against the SARIF 2.1.0 schema', () => {
      expect(validate(log()), ajv.errorsText(validate.errors)).toBe(true);
    });

    it('describes every rule it uses and locates drift in the PO file, on the entry line', () => {
      const sarifRun = log().runs[0]!;
      const rules = sarifRun.tool.driver.rules!;
      for (const result of sarifRun.results!) {
        expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
        expect(rules[result.ruleIndex!]!.shortDescription!.text).not.toBe('');
      }
      expect(rules.find((r) => r.id === 'stale')!.defaultConfiguration!.level).toBe('error');
      expect(rules.find((r) => r.id === 'obsolete')!.defaultConfiguration!.level).toBe('warning');
      const stale = sarifRun.results!.filter((r) => r.ruleId === 'stale');
      expect(stale.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual(['locales/en/mossoul-2017.po', 'locales/ar/mossoul-2017.po']);
      for (const r of stale) expect(r.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(1);
      for (const r of sarifRun.results!) expect(r.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
    });
  });

  describe('github', () => {
    it('writes one workflow command per finding, with file, line and title', () => {
      const lines = outputs.get('github')!.stdout.trimEnd().split('\n');
      const json = (JSON.parse(outputs.get('json')!.stdout) as { issues: Issue[] }).issues;
      expect(lines).toHaveLength(json.length);
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^:,]+::\S/);
      expect(lines.filter((l) => l.startsWith('::error file=locales/en/mossoul-2017.po,line='))).toHaveLength(1);
    });

    it('escapes %, newlines, commas and colons so that a runner reads back the exact values', async () => {
      // A document whose name has a comma and a colon, and an untranslated sentence with a "%".
      const project = projectWith({
        'tessera.config.json': '{"sourceLang": "fr", "targetLangs": ["en"]}\n',
        'source-texts/budget,2025:v2.md': '---\nlang: fr\n---\n\nLa taxe foncière augmente de 4 %.\n',
      });
      expect((await tessera(['extract'], project)).code).toBe(0);
      const file = 'locales/en/budget,2025:v2.po';
      const out = await tessera(['check', '--format', 'github'], project);
      const line = out.stdout.split('\n').find((l) => l.includes('untranslated'))!;
      const [, command, props, message] = /^::(\w+) (.*?)::(.*)$/.exec(line)!;
      expect(command).toBe('error');
      const unescape = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
      const values = Object.fromEntries(props!.split(',').map((p) => p.split('=') as [string, string]).map(([k, v]) => [k, unescape(v)]));
      expect(values).toMatchObject({ file, line: expect.stringMatching(/^\d+$/) });
      expect(values.title).toMatch(/^untranslated \(budget,2025:v2\/en\/s-[a-z0-9]+\)$/);
      expect(props).not.toMatch(/,2025:|v2:/);
      expect(message).toContain('4 %25');
      expect(message).not.toMatch(/%(?!25|0A|0D)/);
      expect(unescape(message!)).toContain('"La taxe foncière augmente de 4 %."');
      expect(out.code).toBe(1);
    });
  });

  describe('junit', () => {
    const parse = (xml: string): Array<{ name: string; attributes: Record<string, string> }> => {
      const parser = new SaxesParser();
      const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
      parser.on('opentag', (tag) => void elements.push({ name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) } }));
      parser.write(xml).close();
      return elements;
    };

    it('has one testcase per document × language, failing where there are errors', () => {
      const cases = parse(outputs.get('junit')!.stdout).filter((e) => e.name === 'testcase');
      expect(cases.map((c) => [c.attributes.classname, c.attributes.name, c.attributes.file])).toEqual([
        ['mossoul-2017', 'en', 'locales/en/mossoul-2017.po'],
        ['mossoul-2017', 'ar', 'locales/ar/mossoul-2017.po'],
      ]);
      expect(parse(outputs.get('junit')!.stdout).filter((e) => e.name === 'failure')).toHaveLength(2);
    });

    it('lists every document × language of a multi-document project, clean ones included, and follows --lang', async () => {
      const newsroom = mkdtempSync(join(tmpdir(), 'tessera-newsroom-'));
      cpSync(join(REPO, 'test/fixtures/catalog/newsroom'), newsroom, { recursive: true });
      const all = parse((await tessera(['check', '--format', 'junit'], newsroom)).stdout);
      const cases = all.filter((e) => e.name === 'testcase').map((c) => `${c.attributes.classname}/${c.attributes.name}`);
      expect(cases).toEqual(['conseil-municipal/en', 'conseil-municipal/ar', 'festival/en', 'festival/ar', 'inondations/en', 'inondations/ar']);
      expect(all.find((e) => e.name === 'testsuite')!.attributes).toMatchObject({ tests: '6', failures: '1' });
      const en = parse((await tessera(['check', '--format', 'junit', '--lang', 'en'], newsroom)).stdout);
      expect(en.filter((e) => e.name === 'testcase').map((c) => c.attributes.name)).toEqual(['en', 'en', 'en']);
    });

    it('validates against the Jenkins JUnit schema (apart from the testcase file attribute)', async () => {
      const xsd = readFileSync(new URL('./fixtures/report/jenkins-junit.xsd', import.meta.url), 'utf8');
      const withoutFile = outputs.get('junit')!.stdout.replace(/ file="[^"]*"/g, '');
      const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: withoutFile }], schema: [xsd] });
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    });
  });

  describe('colour in the text report', () => {
    const cases: Array<[string, { env?: Record<string, string>; tty?: boolean }, string[], boolean]> = [
      ['not a terminal', {}, [], false],
      ['a terminal', { tty: true }, [], true],
      ['a terminal with NO_COLOR=1', { tty: true, env: { NO_COLOR: '1' } }, [], false],
      ['a terminal with --no-color', { tty: true }, ['--no-color'], false],
      ['a terminal with TERM=dumb', { tty: true, env: { TERM: 'dumb' } }, [], false],
      ['not a terminal with FORCE_COLOR=1', { env: { FORCE_COLOR: '1' } }, [], true],
      ['FORCE_COLOR=1 and NO_COLOR=1 (NO_COLOR wins)', { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, [], false],
      ['FORCE_COLOR=1 with --no-color', { env: { FORCE_COLOR: '1' } }, ['--no-color'], false],
      ['a terminal with FORCE_COLOR=0', { tty: true, env: { FORCE_COLOR: '0' } }, [], false],
    ];
    it.each(cases)('%s', async (_, options, flags, coloured) => {
      const out = await runWith(['check', ...flags], dir, options);
      expect(out.code).toBe(1);
      expect(ANSI.test(out.stdout)).toBe(coloured);
      // Same report either way, once the colour codes are taken out.
      expect(out.stdout.replace(new RegExp(ANSI.source, 'g'), '')).toBe(outputs.get('text')!.stdout);
    });

    it('never colours the machine formats, even when forced', async () => {
      for (const format of ['json', 'sarif', 'github', 'junit']) {
        const out = await runWith(['check', '--format', format], dir, { tty: true, env: { FORCE_COLOR: '1' } });
        expect(ANSI.test(out.stdout), format).toBe(false);
      }
    });
  });
});
