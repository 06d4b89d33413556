import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../src/report/index.js';
import type { Finding, Severity } from '../src/types.js';

const of = (...severities: Severity[]): Finding[] => severities.map((severity) => ({ rule: 'r', severity, message: 'm' }));

describe('exit code', () => {
  it.each([
    ['nothing', of(), undefined, 0],
    ['warnings and notes', of('warning', 'warning', 'info'), undefined, 0],
    ['one error', of('error'), undefined, 1],
    ['an error among warnings', of('warning', 'error'), undefined, 1],
    ['warnings at the limit', of('warning', 'warning'), 2, 0],
    ['warnings over the limit', of('warning', 'warning', 'warning'), 2, 1],
    ['one warning with --max-warnings 0', of('warning'), 0, 1],
    ['notes never count as warnings', of('info', 'info'), 0, 0],
    ['a negative limit means none (ESLint -1)', of('warning'), -1, 0],
    ['an error within the warning limit', of('error'), 10, 1],
  ] as Array<[string, Finding[], number | undefined, 0 | 1]>)('%s → %i', (_name, findings, maxWarnings, code) => {
    expect(exitCodeFor(findings, maxWarnings === undefined ? {} : { maxWarnings })).toBe(code);
  });

  it('needs no options', () => {
    expect(exitCodeFor(of('warning'))).toBe(0);
  });
});
