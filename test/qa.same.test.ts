import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../src/qa/index.js';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

describe('same-as-source', () => {
  const table: PairRow[] = [
    { source: 'Amnesty International', target: 'Amnesty International', lang: 'en', expected: null },
    { source: 'Lynn Maalouf', target: 'Lynn Maalouf', lang: 'en', expected: null },
    { source: '426', target: '426', lang: 'ar', expected: null },
    { source: 'AI (2017)', target: 'AI (2017)', lang: 'en', expected: null },
    { source: '« ? »', target: '« ? »', lang: 'en', expected: null },
    { source: 'G20', target: 'G20', lang: 'en', expected: null },
    { source: 'Les civils', target: 'Civilians', lang: 'en', expected: null },
    { source: 'Des milliers de civils ont été victimes.', target: 'Thousands of civilians fell victim.', lang: 'en', expected: null },
    // Defects.
    { source: 'Des milliers de civils ont été victimes.', target: 'Des milliers de civils ont été victimes.', lang: 'en', expected: /Target is identical to the source/ },
    { source: 'Des milliers de civils ont été victimes.', target: 'Des milliers de civils ont été victimes.', lang: 'ar', expected: /identical/ },
    { source: 'Des <1>civils</1>.', target: ' Des  <1>civils</1>. ', lang: 'en', expected: /identical/ },
    { source: 'Mossoul', target: 'Mossoul', lang: 'en', expected: /identical/ },
    { source: 'Bilan', target: '\u200EBilan', lang: 'ar', expected: /identical/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected }) => {
    const found = findings('same-as-source', source, target, lang);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found[0]?.severity).toBe('warning');
  });

  it('accepts a copy the glossary asks for', () => {
    const glossary = parseGlossary('fr,en,ar,note\nfatwa,fatwa,فتوى,\n', 'g.csv');
    expect(findings('same-as-source', 'fatwa', 'fatwa', 'en', { glossary })).toEqual([]);
    expect(findings('same-as-source', 'fatwa', 'fatwa', 'en')).toHaveLength(1);
    expect(findings('same-as-source', 'une fatwa', 'une fatwa', 'en', { glossary })).toHaveLength(1);
  });
});
