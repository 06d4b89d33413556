import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/qa/index.js';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

describe('extractDates reads day, month and year in any order', () => {
  const table: Array<{ text: string; lang: string; dates: Array<[string, Array<{ day?: number; month?: number; year?: number }>]> }> = [
    { text: 'Le 18 juin 2017, l’armée a lancé l’assaut.', lang: 'fr', dates: [['18 juin 2017', [{ day: 18, month: 6, year: 2017 }]]] },
    { text: 'a été lancée en octobre 2016.', lang: 'fr', dates: [['octobre 2016', [{ month: 10, year: 2016 }]]] },
    { text: 'le 1er mai', lang: 'fr', dates: [['1er mai', [{ day: 1, month: 5 }]]] },
    { text: 'le 3 sept. 2017', lang: 'fr', dates: [['3 sept. 2017', [{ day: 3, month: 9, year: 2017 }]]] },
    { text: 'On June 18, 2017, the army', lang: 'en', dates: [['June 18, 2017', [{ day: 18, month: 6, year: 2017 }]]] },
    { text: 'On 18 June 2017, the army', lang: 'en', dates: [['18 June 2017', [{ day: 18, month: 6, year: 2017 }]]] },
    { text: 'on the 18th of June', lang: 'en', dates: [['18th of June', [{ day: 18, month: 6 }]]] },
    { text: 'في 18 حزيران/يونيو 2017', lang: 'ar', dates: [['18 حزيران/يونيو 2017', [{ day: 18, month: 6, year: 2017 }]]] },
    { text: 'في ١٨ يونيو (حزيران) ٢٠١٧', lang: 'ar', dates: [['١٨ يونيو (حزيران) ٢٠١٧', [{ day: 18, month: 6, year: 2017 }]]] },
    { text: 'في تشرين الأول/أكتوبر 2016', lang: 'ar', dates: [['تشرين الأول/أكتوبر 2016', [{ month: 10, year: 2016 }]]] },
    { text: 'في 18 من كانون الثاني عام 2017', lang: 'ar', dates: [['18 من كانون الثاني عام 2017', [{ day: 18, month: 1, year: 2017 }]]] },
    { text: 'في 5 جوان 2017', lang: 'ar', dates: [['5 جوان 2017', [{ day: 5, month: 6, year: 2017 }]]] },
    { text: 'في 5 إبريل 2017', lang: 'ar', dates: [['5 إبريل 2017', [{ day: 5, month: 4, year: 2017 }]]] },
    { text: 'le 18/06/2017 et le 2017-06-18', lang: 'fr', dates: [['18/06/2017', [{ day: 18, month: 6, year: 2017 }]], ['2017-06-18', [{ year: 2017, month: 6, day: 18 }]]] },
    { text: 'on 06/07/2017', lang: 'en', dates: [['06/07/2017', [{ day: 6, month: 7, year: 2017 }, { day: 7, month: 6, year: 2017 }]]] },
    { text: 'du 18 au 20 juin 2017', lang: 'fr', dates: [['18 au 20 juin 2017', [{ day: 18, month: 6, year: 2017 }]], ['18 au 20 juin 2017', [{ day: 20, month: 6, year: 2017 }]]] },
    { text: 'June 18-20, 2017', lang: 'en', dates: [['June 18-20, 2017', [{ day: 18, month: 6, year: 2017 }]], ['June 18-20, 2017', [{ day: 20, month: 6, year: 2017 }]]] },
    // Month names that are also words need a day or a year.
    { text: 'Sur Mars, en mars 2017', lang: 'fr', dates: [['mars 2017', [{ month: 3, year: 2017 }]]] },
    { text: 'It may rain in May 2017; we march in March.', lang: 'en', dates: [['May 2017', [{ month: 5, year: 2017 }]]] },
    { text: 'مارس الجيش ضغوطاً في آذار 2017', lang: 'ar', dates: [['آذار 2017', [{ month: 3, year: 2017 }]]] },
    { text: 'en juin, puis en juillet', lang: 'fr', dates: [['juin', [{ month: 6 }]], ['juillet', [{ month: 7 }]]] },
    { text: 'quelque 150 personnes en 2017', lang: 'fr', dates: [] },
  ];
  it.each(table)('$lang: $text', ({ text, lang, dates }) => {
    expect(extractDates(text, lang).map((d) => [d.text, d.readings])).toEqual(dates);
  });

  it('flags two month names that disagree', () => {
    expect(extractDates('في 18 حزيران/يوليو 2017', 'ar')[0]?.conflict).toEqual([6, 7]);
  });
});

describe('date-mismatch', () => {
  const table: PairRow[] = [
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On June 18, 2017, the army launched the assault.', lang: 'en', expected: null },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On 18 June 2017, the army launched the assault.', lang: 'en', expected: null },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 حزيران/يونيو 2017، شنّ الجيش الهجوم.', lang: 'ar', expected: null },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في ١٨ يونيو ٢٠١٧، شنّ الجيش الهجوم.', lang: 'ar', expected: null },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في الثامن عشر من حزيران 2017، شنّ الجيش الهجوم.', lang: 'ar', expected: null },
    { source: 'Le 1er mai, les syndicats défilent.', target: 'On the first of May, unions march.', lang: 'en', expected: null },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في التاسع عشر من حزيران 2017، شنّ الجيش الهجوم.', lang: 'ar', expected: /Unexpected date `التاسع عشر من حزيران 2017` \(2017-06-19\)/ },
    { source: 'L’offensive a été lancée en octobre 2016.', target: 'The offensive was launched in October 2016.', lang: 'en', expected: null },
    { source: 'L’offensive a été lancée en octobre 2016.', target: 'أُطلق الهجوم في تشرين الأول/أكتوبر 2016.', lang: 'ar', expected: null },
    { source: 'L’offensive a été lancée en octobre 2016.', target: 'أُطلق الهجوم في أكتوبر (تشرين الأول) 2016.', lang: 'ar', expected: null },
    { source: 'La réunion aura lieu le 1er mars 2024.', target: 'The meeting will take place on 1 March 2024.', lang: 'en', expected: null },
    { source: 'La réunion aura lieu le 1er mars 2024.', target: 'سيُعقد الاجتماع في 1 آذار/مارس 2024.', lang: 'ar', expected: null },
    { source: 'Le festival se tiendra du 3 au 5 mai 2023.', target: 'The festival will run from May 3-5, 2023.', lang: 'en', expected: null },
    { source: 'Le 14 juillet, jour de la fête nationale.', target: 'On July 14, the national holiday.', lang: 'en', expected: null },
    { source: 'Le rapport est daté du 18/06/2017.', target: 'The report is dated 18 June 2017.', lang: 'en', expected: null },
    { source: 'Le 18 juin, l’assaut a commencé.', target: 'On 18 June 2017, the assault began.', lang: 'en', expected: null },
    // Defects.
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On 18 July 2017, the army launched the assault.', lang: 'en', expected: /Unexpected date `18 July 2017` \(2017-07-18\) in target, expected `18 juin 2017` \(2017-06-18\)/, span: '18 July 2017' },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On June 19, 2017, the army launched the assault.', lang: 'en', expected: /2017-06-19/ },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 تموز/يوليو 2017، شنّ الجيش الهجوم.', lang: 'ar', expected: /2017-07-18/ },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 حزيران/يوليو 2017، شنّ الجيش الهجوم.', lang: 'ar', expected: /Month names disagree in `18 حزيران\/يوليو 2017`/ },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 حزيران 2016، شنّ الجيش الهجوم.', lang: 'ar', expected: /2016-06-18/ },
    { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On 18 June, the army launched the assault.', lang: 'en', expected: /expected `18 juin 2017`/ },
    { source: 'L’offensive a été lancée en octobre 2016.', target: 'The offensive was launched in 2016.', lang: 'en', expected: /Missing date `octobre 2016` \(2016-10\) in target/ },
    { source: 'L’offensive a été lancée en octobre 2016.', target: 'أُطلق الهجوم في تشرين الثاني/نوفمبر 2016.', lang: 'ar', expected: /2016-11/ },
    { source: 'L’offensive a été lancée cette année-là.', target: 'The offensive was launched in October 2016.', lang: 'en', expected: /Unexpected date `October 2016` \(2016-10\) in target, not in the source/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected, span }) => {
    const found = findings('date-mismatch', source, target, lang);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    if (span) expect(found[0]?.span).toMatchObject({ side: 'target', text: span });
  });

  it('reports a wrong day once, not again as a number', () => {
    const pair = ['Le 18 juin 2017, l’assaut.', 'On 19 June 2017, the assault.'] as const;
    expect(findings('date-mismatch', ...pair, 'en')).toHaveLength(1);
    expect(findings('number-mismatch', ...pair, 'en')).toEqual([]);
  });
});
