import { describe, expect, it } from 'vitest';
import { displayWidth, visible } from '../src/report/terminal.js';
import { formatFindings, formatText } from '../src/report/index.js';
import type { Finding } from '../src/types.js';
import { FINDINGS, OPTIONS } from './fixtures/report/findings.js';
import { expectGolden } from './support/golden.js';

const golden = (name: string): URL => new URL(`./fixtures/report/${name}`, import.meta.url);
const ANSI = /\u001B\[[0-9;]*m/g;

describe('text reporter', () => {
  it('matches the golden output, grouped by file and sorted by line', () => {
    expectGolden(golden('text.txt'), formatFindings(FINDINGS, 'text', OPTIONS));
  });

  it('matches the golden coloured output, which differs from the plain one only by styles', () => {
    const coloured = formatFindings(FINDINGS, 'text', { ...OPTIONS, color: true });
    expectGolden(golden('text.color.txt'), coloured);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(formatFindings(FINDINGS, 'text', OPTIONS));
  });

  it('aligns severity, message and rule columns by display width', () => {
    const lines = formatText(FINDINGS, { color: false }).split('\n');
    const heads = lines.filter((l) => /^\S/.test(l) && /  (error|warning|info)  /.test(l));
    expect(heads).toHaveLength(FINDINGS.length);
    const severityAt = new Set(heads.map((l) => displayWidth(l.slice(0, l.search(/  (error|warning|info)  /)))));
    expect(severityAt.size).toBe(1);
    const ruleAt = new Set(heads.map((l) => displayWidth(l.slice(0, l.lastIndexOf('  ')))));
    expect(ruleAt.size).toBe(1);
  });

  it('indents the continuation lines of a multi-line message under the message column', () => {
    const out = formatText([FINDINGS[3]!], { color: false });
    const [head, second, third] = out.split('\n');
    expect(head).toMatch(/^locales\/en\/article\.po:12 {2}error {2}Source changed since translation: {2}stale$/);
    const column = head!.indexOf('Source');
    expect(second).toBe(`${' '.repeat(column)}was: 3,5 % of 1 500`);
    expect(third).toBe(`${' '.repeat(column)}now: 4 % of 1 500`);
  });

  it('spells out control and bidi characters instead of sending them to the terminal', () => {
    const out = formatText(FINDINGS, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u2066-\u2069]/);
    expect(out).toContain('"\\u0007bell\\u001b[31m"');
    expect(out).toContain('isolate \\u2067 before');
  });

  it.each([
    [[], '0 errors, 0 warnings\n'],
    [[{ rule: 'fuzzy', severity: 'warning', message: 'm' }], '(no file)  warning  m  fuzzy\n\n0 errors, 1 warning\n'],
    [[{ rule: 'r', severity: 'error', message: 'm', file: 'a.po' }], 'a.po  error  m  r\n\n1 error, 0 warnings\n'],
    [[{ rule: 'r', severity: 'info', message: 'm', file: 'a.po', line: 3 }], 'a.po:3  info  m  r\n\n0 errors, 0 warnings, 1 info\n'],
  ] as Array<[Finding[], string]>)('formats %j', (findings, expected) => {
    expect(formatText(findings, { color: false })).toBe(expected);
  });
});

describe('terminal width and visibility', () => {
  it.each([
    ['abc', 3],
    ['مَرحَبًا', 5], // harakat take no column
    ['日本', 4], // wide
    ['\u2067abc\u2069', 3], // bidi isolates take no column
    ['\u001B[31mred\u001B[39m', 3], // ANSI styles take no column
  ])('%j is %i columns wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ['a\u0007b', 'a\\u0007b'],
    ['a\u001B[2Jb', 'a\\u001b[2Jb'],
    ['a\u009Bb', 'a\\u009bb'],
    ['\uD800x', '\\ud800x'],
    ['😀', '😀'],
    ['a\tb', 'a b'],
    ['نص \u200F', 'نص \\u200f'],
  ])('visible(%j) is %j', (text, expected) => {
    expect(visible(text)).toBe(expected);
  });
});
