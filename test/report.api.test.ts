// Pins the public API of src/report: the names the CLI and other stages import, and their types.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as report from '../src/report/index.js';
import type { Finding, RuleMeta, SegmentState } from '../src/types.js';

describe('report API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(report).sort()).toEqual([
      'SARIF_SCHEMA',
      'STATES',
      'countFindings',
      'createNotice',
      'createProgress',
      'describeCounts',
      'escapeData',
      'escapeProperty',
      'exitCodeFor',
      'fileUri',
      'formatConcordance',
      'formatFindings',
      'formatGithub',
      'formatJson',
      'formatJunit',
      'formatMatch',
      'formatSarif',
      'formatStatus',
      'formatText',
      'shouldColor',
    ]);
  });

  it('has the agreed signatures', () => {
    expectTypeOf(report.createNotice).toEqualTypeOf<(stream: report.OutputStream, text: string, options?: { quiet?: boolean }) => report.Notice>();
    expectTypeOf(report.formatFindings).toEqualTypeOf<
      (findings: readonly Finding[], format: 'text' | 'json' | 'sarif' | 'github' | 'junit', options: report.ReportOptions) => string
    >();
    expectTypeOf<report.ReportOptions>().toEqualTypeOf<{
      color: boolean;
      rules: readonly RuleMeta[];
      toolVersion: string;
      groups?: readonly { doc: string; lang: string; file?: string }[];
      informationUri?: string;
    }>();
    expectTypeOf(report.formatStatus).toEqualTypeOf<
      (rows: readonly report.StatusRow[], format: 'text' | 'json', options: { color: boolean }) => string
    >();
    expectTypeOf<report.StatusRow>().toEqualTypeOf<{
      doc: string;
      lang: string;
      counts: Record<SegmentState, number>;
      total: number;
      percent: number;
    }>();
    expectTypeOf(report.createProgress).parameters.toEqualTypeOf<
      [
        stream: { isTTY?: boolean; columns?: number; write(text: string): unknown },
        options: { total: number; label: string; quiet?: boolean },
      ]
    >();
    expectTypeOf(report.createProgress).returns.toEqualTypeOf<{ tick(item?: string): void; done(): void }>();
    expectTypeOf(report.exitCodeFor).toEqualTypeOf<(findings: readonly Finding[], options?: { maxWarnings?: number }) => 0 | 1>();
    expectTypeOf(report.shouldColor).toEqualTypeOf<
      (stream: { isTTY?: boolean }, env: Record<string, string | undefined>, flag?: boolean) => boolean
    >();
  });

  it('dispatches every format to its reporter', () => {
    const findings: Finding[] = [{ rule: 'r', severity: 'error', message: 'm', file: 'a.po', line: 1 }];
    const options: report.ReportOptions = { color: false, rules: [], toolVersion: '0' };
    expect(report.formatFindings(findings, 'text', options)).toBe(report.formatText(findings, options));
    expect(report.formatFindings(findings, 'json', options)).toBe(report.formatJson(findings));
    expect(report.formatFindings(findings, 'sarif', options)).toBe(report.formatSarif(findings, options));
    expect(report.formatFindings(findings, 'github', options)).toBe(report.formatGithub(findings));
    expect(report.formatFindings(findings, 'junit', options)).toBe(report.formatJunit(findings, options));
  });
});
