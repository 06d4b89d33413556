import { describe, expect, it } from 'vitest';
import { formatFindings } from '../src/report/index.js';
import { FINDINGS, OPTIONS } from './fixtures/report/findings.js';
import { expectGolden } from './support/golden.js';

const golden = new URL('./fixtures/report/json.json', import.meta.url);

interface Report {
  summary: { errors: number; warnings: number; infos: number; total: number; byRule: Record<string, number> };
  issues: Array<Record<string, unknown>>;
}

describe('json reporter', () => {
  const out = formatFindings(FINDINGS, 'json', OPTIONS);
  const report = JSON.parse(out) as Report;

  it('matches the golden output', () => {
    expectGolden(golden, out);
  });

  it('has the contract keys, in order, on every issue (null when unknown), plus span when present', () => {
    expect(Object.keys(report)).toEqual(['summary', 'issues']);
    report.issues.forEach((issue, i) => {
      const keys = ['rule', 'severity', 'doc', 'lang', 'id', 'message', 'file', 'line'];
      expect(Object.keys(issue)).toEqual(FINDINGS[i]!.span ? [...keys, 'span'] : keys);
    });
    expect(report.issues[7]).toMatchObject({ rule: 'missing', id: null, file: null, line: null });
    expect(report.issues[0]!.span).toEqual(FINDINGS[0]!.span);
  });

  it('keeps every message and place exactly, in the order given', () => {
    expect(report.issues.map((i) => [i.rule, i.message, i.file, i.line, i.doc, i.lang, i.id])).toEqual(
      FINDINGS.map((f) => [f.rule, f.message, f.file ?? null, f.line ?? null, f.doc ?? null, f.lang ?? null, f.id ?? null]),
    );
  });

  it('summarizes by severity and by rule (rules sorted)', () => {
    expect(report.summary).toEqual({
      errors: 4,
      warnings: 4,
      infos: 1,
      total: 9,
      byRule: {
        bidi: 1,
        fuzzy: 1,
        missing: 1,
        'number-mismatch': 1,
        obsolete: 1,
        'same-as-source': 1,
        stale: 1,
        'tag-mismatch': 1,
        'term-mismatch': 1,
      },
    });
    expect(Object.keys(report.summary.byRule)).toEqual(Object.keys(report.summary.byRule).sort());
  });

  it('reports an empty run', () => {
    expect(JSON.parse(formatFindings([], 'json', OPTIONS))).toEqual({
      summary: { errors: 0, warnings: 0, infos: 0, total: 0, byRule: {} },
      issues: [],
    });
  });
});
