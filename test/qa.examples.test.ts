import { describe, expect, it } from 'vitest';
import { CHECKS, parseGlossary, type QaExample } from '../src/qa/index.js';
import { qaContext } from '../src/qa/options.js';

function run(check: (typeof CHECKS)[number], example: QaExample) {
  const glossary = example.glossary === undefined ? null : parseGlossary(example.glossary, `${check.id}.example.csv`);
  return check.run(example, qaContext({ glossary, options: example.options ?? {} }));
}

describe('every check documents itself', () => {
  it('has a unique id, a severity, a one-line title and examples of both kinds', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(check.severity);
      expect(check.title).not.toMatch(/\n/);
      expect(check.examples.ok.length).toBeGreaterThan(0);
      expect(check.examples.notOk.length).toBeGreaterThan(0);
    }
  });
});

describe.each(CHECKS.map((check) => [check.id, check] as const))('%s', (_, check) => {
  it.each(check.examples.ok.map((e) => [e.target, e] as const))('ok: %s', (_t, example) => {
    expect(run(check, example)).toEqual([]);
  });
  it.each(check.examples.notOk.map((e) => [e.target, e] as const))('not ok: %s', (_t, example) => {
    const found = run(check, example);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.rule).toBe(check.id);
      expect(finding.lang).toBe(example.targetLang);
      expect(finding.message.length).toBeGreaterThan(10);
      if (finding.span) {
        const side = finding.span.side === 'source' ? example.source : example.target;
        expect(side.slice(finding.span.start, finding.span.end)).toBe(finding.span.text);
      }
    }
  });
});
