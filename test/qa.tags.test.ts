import { describe, expect, it } from 'vitest';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

describe('tag-mismatch', () => {
  const table: PairRow[] = [
    { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to <1>Amnesty International</1>, civilians.', lang: 'en', expected: null },
    { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'وفقاً لـ<1>منظمة العفو الدولية</1>، مدنيون.', lang: 'ar', expected: null },
    { source: 'Le rapport <1>publié par <2>AI</2></1>.', target: 'The report <1>published by <2>AI</2></1>.', lang: 'en', expected: null },
    { source: 'Un <1>très</1> grand <2>nombre</2>.', target: 'A <2>number</2> <1>very</1> large.', lang: 'en', expected: null },
    { source: 'La vieille ville.<3/>', target: '<3/>المدينة القديمة.', lang: 'ar', expected: null },
    { source: 'Le <1>rapport</1> et le <1>bilan</1>.', target: 'The <1>report</1> and the <1>toll</1>.', lang: 'en', expected: null },
    { source: 'La fin d’une citation</1> et la suite.', target: 'The end of a quotation</1> and the rest.', lang: 'en', expected: null },
    { source: 'Prix : <1>3 €</1>.', target: 'Price: <1>€3</1>.', lang: 'en', expected: null },
    // Defects.
    { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to Amnesty International, civilians.', lang: 'en', expected: /Missing tag `<1>` in target\nMissing tag `<\/1>` in target/ },
    { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to <1>Amnesty International, civilians.', lang: 'en', expected: /Tag `<1>` is never closed in target/, span: '<1>' },
    { source: 'Selon <1>Amnesty International</1>, des civils.', target: 'According to </1>Amnesty International<1>, civilians.', lang: 'en', expected: /Tag `<\/1>` closes a tag that is not open in target/ },
    { source: 'Le rapport <1>publié par <2>AI</2></1>.', target: 'The report <1>published by <2>AI</1></2>.', lang: 'en', expected: /Tag `<\/1>` crosses `<2>` in target/ },
    { source: 'Selon <1>Amnesty International</1>.', target: 'وفقاً لـ<1></1>منظمة العفو الدولية.', lang: 'ar', expected: /Tag pair `<1>…<\/1>` is empty in target but wraps text in the source/ },
    { source: 'Des civils.<2/>', target: 'Civilians.<2/><3/>', lang: 'en', expected: /Unexpected tag `<3\/>` in target, not in the source/, span: '<3/>' },
    { source: 'Des civils.<2/>', target: 'Civilians.', lang: 'en', expected: /Missing tag `<2\/>` in target/ },
    { source: 'Le <1>rapport</1> et le <1>bilan</1>.', target: 'The <1>report</1> and the toll.', lang: 'en', expected: /Missing tag `<1>`/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected, span }) => {
    const found = findings('tag-mismatch', source, target, lang);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    if (span) expect(found.find((f) => f.span?.side === 'target')?.span?.text).toBe(span);
  });

  it('points a missing tag at the source', () => {
    const [finding] = findings('tag-mismatch', 'Des civils.<2/>', 'Civilians.', 'en');
    expect(finding?.span).toEqual({ side: 'source', start: 11, end: 15, text: '<2/>' });
  });
});
