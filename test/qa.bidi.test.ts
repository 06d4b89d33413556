import { describe, expect, it } from 'vitest';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

const SOURCE = 'Selon Amnesty International, 426 civils.';

describe('bidi', () => {
  const table: Array<PairRow & { severity?: string }> = [
    { source: SOURCE, target: 'وفقاً لمنظمة \u2068Amnesty International\u2069، 426 مدنياً.', lang: 'ar', expected: null },
    { source: SOURCE, target: 'وفقاً لمنظمة \u2066Amnesty International\u2069، \u200E426\u200E مدنياً.', lang: 'ar', expected: null },
    { source: SOURCE, target: 'وفقاً لمنظمة العفو الدولية، ٤٢٦ مدنياً.', lang: 'ar', expected: null },
    { source: SOURCE, target: 'وفقاً لمنظمة \u202AAmnesty International\u202C، 426 مدنياً.', lang: 'ar', expected: null },
    { source: SOURCE, target: 'According to Amnesty International, 426 civilians.', lang: 'en', expected: null },
    // Unbalanced or dangerous controls: errors.
    { source: SOURCE, target: 'وفقاً لمنظمة \u2068Amnesty International، 426 مدنياً.', lang: 'ar', expected: /U\+2068 FSI in target is never closed; add PDI \(U\+2069\)/, span: '\u2068' },
    { source: SOURCE, target: 'وفقاً لمنظمة Amnesty International\u2069، 426 مدنياً.', lang: 'ar', expected: /U\+2069 PDI in target closes nothing/ },
    { source: SOURCE, target: 'وفقاً لمنظمة \u202BAmnesty International، 426 مدنياً.', lang: 'ar', expected: /U\+202B RLE in target is never closed; add PDF \(U\+202C\)/ },
    { source: SOURCE, target: 'وفقاً لمنظمة العفو الدولية\u202C، 426 مدنياً.', lang: 'ar', expected: /U\+202C PDF in target closes nothing/ },
    { source: SOURCE, target: 'وفقاً لمنظمة العفو الدولية، \u202E624\u202C مدنياً.', lang: 'ar', expected: /Directional override U\+202E RLO in target reorders the letters themselves/ },
    { source: SOURCE, target: 'According to Amnesty International, \u202D426\u202C civilians.', lang: 'en', expected: /U\+202D LRO/ },
    { source: SOURCE, target: 'According to \u2067Amnesty International, 426 civilians.', lang: 'en', expected: /U\+2067 RLI in target is never closed/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected, span }) => {
    const found = findings('bidi', source, target, lang, { options: { latinRuns: 'off' } });
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    if (span) expect(found[0]?.span?.text).toBe(span);
  });

  describe('Latin runs in right-to-left text', () => {
    const target = 'قالت لين معلوف من Amnesty International، إن 426 مدنياً قُتلوا.';
    it('are a note by default: the build isolates them itself in every edition', () => {
      const found = findings('bidi', SOURCE, target, 'ar');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'info', span: { side: 'target', text: 'Amnesty International' } });
      expect(found[0]?.message).toMatch(/the built editions isolate it themselves; .*FSI…PDI/);
    });
    it('can be warnings, or not reported', () => {
      expect(findings('bidi', SOURCE, target, 'ar', { options: { latinRuns: 'warning' } })[0]?.severity).toBe('warning');
      expect(findings('bidi', SOURCE, target, 'ar', { options: { latinRuns: 'off' } })).toEqual([]);
    });
    it('are not reported once isolated, nor in left-to-right targets', () => {
      expect(findings('bidi', SOURCE, 'قالت لين معلوف من \u2068Amnesty International\u2069، إن 426 مدنياً قُتلوا.', 'ar')).toEqual([]);
      expect(findings('bidi', SOURCE, 'Amnesty International said 426 civilians died.', 'en')).toEqual([]);
    });
  });
});
