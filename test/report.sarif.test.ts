import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { fileUri, formatFindings, formatSarif } from '../src/report/index.js';
import { FINDINGS, OPTIONS, RULES } from './fixtures/report/findings.js';
import { expectGolden } from './support/golden.js';

// The OASIS SARIF 2.1.0 JSON schema (draft-07), copied unmodified; origin in ATTRIBUTION.md.
const schema = JSON.parse(readFileSync(new URL('./fixtures/report/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const out = formatFindings(FINDINGS, 'sarif', OPTIONS);
const log = JSON.parse(out) as Sarif.Log;
const run = log.runs[0]!;
const results = run.results!;

describe('sarif reporter', () => {
  it('matches the golden output', () => {
    expectGolden(new URL('./fixtures/report/sarif.json', import.meta.url), out);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    const bare = JSON.parse(formatSarif([], { rules: [], toolVersion: '1.2.3' })) as unknown;
    expect(validate(bare), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each([
    ['a bad level', (l: any) => void (l.runs[0].results[0].level = 'fatal')],
    ['a missing message', (l: any) => void delete l.runs[0].results[0].message],
    ['a wrong version', (l: any) => void (l.version = '2.0.0')],
    ['an unknown property', (l: any) => void (l.runs[0].tool.driver.colour = 'red')],
  ])('the schema check rejects %s (so it can fail)', (_name, spoil) => {
    const copy = JSON.parse(out) as unknown;
    spoil(copy);
    expect(validate(copy)).toBe(false);
  });

  it('lists every given rule, then the undeclared ones used, with levels and README links', () => {
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'missing']);
    expect(rules.find((r) => r.id === 'same-as-source')!.defaultConfiguration!.level).toBe('note');
    expect(rules.find((r) => r.id === 'missing')!.defaultConfiguration!.level).toBe('error');
    for (const r of rules) expect(r.helpUri).toBe(`https://example.org/tessera/README.md#rule-${r.id}`);
    expect(run.tool.driver).toMatchObject({ name: 'tessera', version: '0.1.0', informationUri: 'https://example.org/tessera/README.md' });
  });

  it('points each result at its rule by id and index', () => {
    for (const r of results) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('gives every result a relative location (GitHub rejects the whole file otherwise)', () => {
    const where = results.map((r) => {
      const p = r.locations![0]!.physicalLocation!;
      return [p.artifactLocation!.uri, p.artifactLocation!.uriBaseId, p.region?.startLine, p.region?.startColumn];
    });
    expect(where).toEqual([
      ['locales/ar/article.po', '%SRCROOT%', 42, 7],
      ['locales/en/article.po', '%SRCROOT%', 40, undefined],
      ['locales/ar/article.po', '%SRCROOT%', 57, undefined],
      ['locales/en/article.po', '%SRCROOT%', 12, undefined],
      ['locales/en/article.po', '%SRCROOT%', 88, undefined],
      ['locales/ar/article.po', '%SRCROOT%', 42, 30],
      ['locales/en/br%C3%A8ves%2C2024.po', '%SRCROOT%', undefined, undefined],
      ['locales/ar/br%C3%A8ves%2C2024.po', '%SRCROOT%', undefined, undefined], // no file: its PO file
      ['locales/glossary.csv', '%SRCROOT%', 3, undefined],
    ]);
    // The final errata01 schema requires startLine (or an offset) in every region.
    for (const r of results) {
      const region = r.locations![0]!.physicalLocation!.region;
      if (region) expect(region.startLine).toBeGreaterThan(0);
    }
    const projectLevel = JSON.parse(formatSarif([{ rule: 'r', severity: 'error', message: 'm' }], OPTIONS)) as Sarif.Log;
    expect(projectLevel.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('tessera.config.json');
  });

  it('fingerprints results by segment and carries doc, lang and segment id', () => {
    expect(results[0]!.partialFingerprints).toEqual({ 'segmentId/v1': 'article/ar/s-4k2m9q' });
    expect(results[0]!.properties).toEqual({ doc: 'article', lang: 'ar', segmentId: 's-4k2m9q' });
    expect(results[7]!.partialFingerprints).toBeUndefined(); // no segment id
    expect(results[8]!.properties).toBeUndefined();
  });

  it('keeps messages exactly', () => {
    expect(results.map((r) => r.message.text)).toEqual(FINDINGS.map((f) => f.message));
  });

  it('leaves out informationUri and helpUri rather than invent an address', () => {
    const plain = JSON.parse(formatSarif(FINDINGS, { rules: RULES, toolVersion: '0.1.0' })) as Sarif.Log;
    expect(plain.runs[0]!.tool.driver.informationUri).toBeUndefined();
    expect(plain.runs[0]!.tool.driver.rules!.some((r) => 'helpUri' in r)).toBe(false);
  });

  it.each([
    ['locales/ar/article.po', 'locales/ar/article.po'],
    ['locales\\ar\\article.po', 'locales/ar/article.po'],
    ['my docs/a b.po', 'my%20docs/a%20b.po'],
    ['a#b?c%d.po', 'a%23b%3Fc%25d.po'],
    ['locales/ar/مقال.po', 'locales/ar/%D9%85%D9%82%D8%A7%D9%84.po'],
  ])('fileUri(%j) is %j', (path, uri) => {
    expect(fileUri(path)).toBe(uri);
    expect(decodeURIComponent(uri)).toBe(path.replace(/\\/g, '/'));
  });
});
