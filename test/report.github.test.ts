import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatFindings, formatGithub } from '../src/report/index.js';
import type { Finding } from '../src/types.js';
import { FINDINGS, OPTIONS } from './fixtures/report/findings.js';
import { expectGolden } from './support/golden.js';

/** What the runner does with an escaped value (actions/runner's unescape). */
const unescape = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github reporter', () => {
  const out = formatFindings(FINDINGS, 'github', OPTIONS);

  it('matches the golden output', () => {
    expectGolden(new URL('./fixtures/report/github.txt', import.meta.url), out);
  });

  it('writes one command per finding, each on one line', () => {
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(FINDINGS.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^\r\n]*::[^\r\n]*$/);
  });

  it('maps severities to commands and builds the title from rule and segment', () => {
    const [first, , , , info, , , missing, project] = out.split('\n');
    expect(first).toMatch(/^::error file=locales\/ar\/article\.po,line=42,col=7,title=number-mismatch \(article\/ar\/s-4k2m9q\)::/);
    expect(info).toMatch(/^::notice /);
    expect(missing).toBe('::error title=missing (brèves%2C2024/ar)::No translation file for language "ar"');
    expect(project).toBe('::warning file=locales/glossary.csv,line=3,title=term-mismatch::Glossary row 3 has no Arabic term');
  });

  it('round-trips every message through the runner unescaping', () => {
    const messages = out.trimEnd().split('\n').map((line) => unescape(line.slice(line.indexOf('::', 2) + 2)));
    expect(messages).toEqual(FINDINGS.map((f) => f.message));
  });

  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['%0A literal', '%250A literal', '%250A literal'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b', 'a:b', 'a%3Ab'],
    ['a,b', 'a,b', 'a%2Cb'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
    ['نص: ١٬٥٠٠، 3,5 %', 'نص: ١٬٥٠٠، 3,5 %25', 'نص%3A ١٬٥٠٠، 3%2C5 %25'],
  ])('escapes %j as data %j and as property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
    expect(unescape(property)).toBe(text);
  });

  it('prints nothing for no findings, and file without line when there is no line', () => {
    expect(formatGithub([])).toBe('');
    const f: Finding = { rule: 'r', severity: 'warning', message: 'm', file: 'a.po', column: 4 };
    expect(formatGithub([f])).toBe('::warning file=a.po,title=r::m\n');
  });
});
