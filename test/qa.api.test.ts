import { describe, expect, it } from 'vitest';
import * as qa from '../src/qa/index.js';

describe('src/qa public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(qa).sort()).toEqual(
      ['CHECKS', 'DEFAULT_QA_OPTIONS', 'RULES', 'checkPair', 'extractDates', 'extractNames', 'extractNumbers', 'langData', 'normalizeArabic', 'parseGlossary', 'qaContext'].sort(),
    );
  });

  it('lists the checks and their rule metadata in report order', () => {
    expect(qa.CHECKS.map((c) => [c.id, c.severity])).toEqual([
      ['number-mismatch', 'error'],
      ['date-mismatch', 'error'],
      ['term-mismatch', 'error'],
      ['name-missing', 'warning'],
      ['tag-mismatch', 'error'],
      ['punctuation', 'warning'],
      ['same-as-source', 'warning'],
      ['bidi', 'error'],
    ]);
    expect(qa.RULES).toEqual(qa.CHECKS.map(({ id, severity, title }) => ({ id, severity, title })));
  });

  it('runs every check, copying the segment id and target language onto findings', () => {
    const found = qa.checkPair({ source: 'Au moins 426 civils le 18 juin 2017.', target: 'At least 425 civilians on 18 July 2017', sourceLang: 'fr', targetLang: 'en', id: 's-4k2m9q' });
    expect(found.map((f) => [f.rule, f.severity, f.id, f.lang])).toEqual([
      ['number-mismatch', 'error', 's-4k2m9q', 'en'],
      ['date-mismatch', 'error', 's-4k2m9q', 'en'],
      ['punctuation', 'warning', 's-4k2m9q', 'en'],
    ]);
  });

  it('skips disabled rules and empty (untranslated) targets', () => {
    const pair = { source: 'Au moins 426 civils.', target: 'At least 425 civilians.', sourceLang: 'fr', targetLang: 'en' };
    expect(qa.checkPair(pair, { options: { disabled: ['number-mismatch'] } })).toEqual([]);
    expect(qa.checkPair({ ...pair, target: '  ' })).toEqual([]);
  });

  it('normalizes Arabic spelling variants', () => {
    expect(qa.normalizeArabic('أَإِآى ة ـ\u200F')).toBe('اااي ه ');
    expect(qa.normalizeArabic('الشَّرْقُ الأَوْسَطُ')).toBe('الشرق الاوسط');
  });

  it('is pure: the defaults cannot be changed by a caller', () => {
    expect(Object.isFrozen(qa.DEFAULT_QA_OPTIONS)).toBe(true);
    expect(qa.qaContext({ options: { latinRuns: 'off' } }).options).toMatchObject({ latinRuns: 'off', sourceTypography: true });
  });

  it('never throws and every span points into the pair, whatever the text', () => {
    const glossary = qa.parseGlossary('fr,en,ar,note\nMossoul,Mosul,الموصل,\nAI,AI,المنظمة,\n', 'g.csv');
    const pieces = ['Mossoul', 'الموصل', ' ', '\u00A0', '1 500', '٣٫٥٪', '18 juin 2017', 'حزيران/يونيو', '<1>', '</1>', '<2/>', '\u2068', '\u2069',
      '\u202E', '\u200F', '«', '»', '"', "'", '?', '؟', '،', ',', '.', 'XXe', 'trois', 'ثلاثة', 'AI', '10 h 30', '𝟙𝟚', '\uD800', 'ـ', 'ً', '–', '/', '(', '%'];
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const text = (): string => Array.from({ length: random(10) }, () => pieces[random(pieces.length)]).join(random(2) ? ' ' : '');
    for (let i = 0; i < 200; i++) {
      const pair = { source: text(), target: text(), sourceLang: 'fr', targetLang: random(2) ? 'en' : 'ar' };
      for (const finding of qa.checkPair(pair, { glossary })) {
        if (!finding.span) continue;
        const side = finding.span.side === 'source' ? pair.source : pair.target;
        expect(side.slice(finding.span.start, finding.span.end)).toBe(finding.span.text);
      }
    }
  });
});
