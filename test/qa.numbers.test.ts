import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/qa/index.js';
import { findings, type PairRow } from './fixtures/qa/helpers.js';

describe('extractNumbers reads values in each language’s conventions', () => {
  const table: Array<{ text: string; lang: string; values: string[] }> = [
    { text: 'quelque 150 personnes, 45 pilonnages, 426 civils', lang: 'fr', values: ['150', '45', '426'] },
    { text: '1 500 soldats', lang: 'fr', values: ['1500'] },
    { text: '1\u00A0500 soldats', lang: 'fr', values: ['1500'] },
    { text: '1\u202F500 soldats', lang: 'fr', values: ['1500'] },
    { text: '3,5 %', lang: 'fr', values: ['3.5'] },
    { text: '1.500 soldats', lang: 'fr', values: ['1500'], },
    { text: 'la version 3.5', lang: 'fr', values: ['3.5'] },
    { text: '1.500,25 euros', lang: 'fr', values: ['1500.25'] },
    { text: 'en 2017 150 personnes', lang: 'fr', values: ['2017', '150'] },
    { text: '1,500 soldiers', lang: 'en', values: ['1500'] },
    { text: '1,000.00 dollars', lang: 'en', values: ['1000'] },
    { text: '3.5% growth', lang: 'en', values: ['3.5'] },
    { text: '١٢ و٣٫٥٪ و١٬٥٠٠', lang: 'ar', values: ['12', '3.5', '1500'] },
    { text: '۱۲۳ و ۴٫۵', lang: 'ar', values: ['123', '4.5'] },
    { text: 'عام 2017 وبـ150 قتيلاً والقرن الـ20', lang: 'ar', values: ['2017', '150', '20'] },
    { text: 'ما لا يقل عن \u200E426\u200E مدنياً', lang: 'ar', values: ['426'] },
    { text: 'نحو 1,500 جندي', lang: 'ar', values: ['1500'] },
    { text: 'de 10 à 12, 10-12 et 10–12', lang: 'fr', values: ['10', '12', '10', '12', '10', '12'] },
    { text: 'le 1er, la 2e fois, au XXe siècle, XXIe', lang: 'fr', values: ['1', '2', '20', '21'] },
    { text: 'Le président, De Gaulle, Ce jour', lang: 'fr', values: [] },
    { text: 'the 1st and the 20th century', lang: 'en', values: ['1', '20'] },
    { text: 'trois, vingt et un, quatre-vingt-dix-neuf, deux mille dix-sept', lang: 'fr', values: ['3', '21', '99', '2017'] },
    { text: 'three, twenty-one, one hundred and five', lang: 'en', values: ['3', '21', '105'] },
    { text: 'ثلاثة وخمسة وعشرون والحادي عشر والقرن العشرين', lang: 'ar', values: ['3', '25', '11', '20'] },
    { text: 'ثلاثة آلاف و3 في المئة', lang: 'ar', values: ['3000', '3'] },
    { text: 'لست أدري', lang: 'ar', values: [] },
    { text: '1,5 million de personnes', lang: 'fr', values: ['1.5'] },
    { text: '<1>12</1> soldats<2/>', lang: 'fr', values: ['12'] },
  ];
  it.each(table)('$lang: $text', ({ text, lang, values }) => {
    expect(extractNumbers(text, lang).map((n) => n.value)).toEqual(values);
  });

  it('gives times, scale words and ordinals their other readings', () => {
    const keys = (text: string, lang: string) => extractNumbers(text, lang).map((n) => n.keys);
    expect(keys('à 10 h 30', 'fr')).toEqual([['t:630']]);
    expect(keys('à 22 h', 'fr')).toEqual([['t:1320', 'n:22']]);
    expect(keys('at 10.30pm', 'en')).toEqual([['t:1350']]);
    expect(keys('1,5 million', 'fr')).toEqual([['n:1.5', 'n:1500000']]);
    expect(keys('800 ألف', 'ar')).toEqual([['n:800', 'n:800000']]);
  });

  it('marks numbers written in words as soft and keeps offsets into the original text', () => {
    const [word, digits] = extractNumbers('Trois soldats et \u200E12\u200E civils', 'fr');
    expect(word).toMatchObject({ value: '3', soft: true, text: 'Trois', start: 0, end: 5 });
    expect(digits).toMatchObject({ value: '12', soft: false, text: '12', start: 18, end: 20 });
  });

  it('skips excluded ranges', () => {
    expect(extractNumbers('le 18 juin 2017, 426 civils', 'fr', { exclude: [{ start: 3, end: 15 }] }).map((n) => n.value)).toEqual(['426']);
  });
});

describe('number-mismatch', () => {
  const table: PairRow[] = [
    // Good translations: no finding.
    { source: 'Quelque 150 personnes ont été interrogées.', target: 'Some 150 people were interviewed.', lang: 'en', expected: null },
    { source: 'Au moins 426 civils ont été tués.', target: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.', lang: 'ar', expected: null },
    { source: 'Au moins 426 civils ont été tués.', target: 'قُتل ما لا يقل عن 426 مدنياً.', lang: 'ar', expected: null },
    { source: 'Plus de 3 000 personnes ont manifesté.', target: 'More than 3,000 people demonstrated.', lang: 'en', expected: null },
    { source: 'Plus de 3 000 personnes ont manifesté.', target: 'تظاهر أكثر من ٣٬٠٠٠ شخص.', lang: 'ar', expected: null },
    { source: 'Plus de 3 000 personnes ont manifesté.', target: 'تظاهر أكثر من 3 آلاف شخص.', lang: 'ar', expected: null },
    { source: 'Plus de 800 000 personnes ont été déplacées.', target: 'نزح أكثر من 800 ألف شخص.', lang: 'ar', expected: null },
    { source: 'Le chômage a atteint 9,7 % au deuxième trimestre.', target: 'Unemployment reached 9.7% in the second quarter.', lang: 'en', expected: null },
    { source: 'Le chômage a atteint 9,7 % au deuxième trimestre.', target: 'بلغت البطالة ٩٫٧٪ في الربع الثاني.', lang: 'ar', expected: null },
    { source: 'Le taux est passé de 2,5 % à 3 %.', target: 'ارتفع المعدل من 2.5 في المئة إلى 3 في المئة.', lang: 'ar', expected: null },
    { source: 'Le budget s’élève à 1,5 milliard d’euros.', target: 'The budget amounts to €1.5 billion.', lang: 'en', expected: null },
    { source: 'Le budget s’élève à 1,5 milliard d’euros.', target: 'تبلغ الميزانية 1.5 مليار يورو.', lang: 'ar', expected: null },
    { source: '5,6 millions de Syriens ont fui.', target: 'فرّ 5.6 ملايين سوري.', lang: 'ar', expected: null },
    { source: 'Le bilan s’élève à 1\u202F234 morts.', target: 'The death toll stands at 1,234.', lang: 'en', expected: null },
    { source: 'La réunion a commencé à 14 h 30.', target: 'The meeting began at 2.30pm.', lang: 'en', expected: null },
    { source: 'La réunion a commencé à 14 h 30.', target: 'بدأ الاجتماع عند الساعة 14:30.', lang: 'ar', expected: null },
    { source: 'Le match a commencé à 21 h.', target: 'The match kicked off at 9pm.', lang: 'en', expected: null },
    { source: 'À 6 heures du matin, les forces ont avancé.', target: 'At 6am, the forces advanced.', lang: 'en', expected: null },
    { source: 'Le XXIe siècle sera celui de l’Afrique.', target: 'The 21st century will be Africa’s.', lang: 'en', expected: null },
    { source: 'Au XXe siècle, la ville a grandi.', target: 'في القرن العشرين، نمت المدينة.', lang: 'ar', expected: null },
    { source: 'Il est arrivé 1er sur 12 concurrents.', target: 'He came first out of 12 competitors.', lang: 'en', expected: null },
    { source: 'Trois soldats ont été blessés.', target: '3 soldiers were wounded.', lang: 'en', expected: null },
    { source: 'Trois soldats ont été blessés.', target: 'أصيب ثلاثة جنود.', lang: 'ar', expected: null },
    { source: 'Vingt-cinq personnes ont été blessées.', target: 'أصيب خمسة وعشرون شخصاً.', lang: 'ar', expected: null },
    { source: 'Le bilan est passé à 25 morts.', target: 'ارتفعت الحصيلة إلى خمسة وعشرين قتيلاً.', lang: 'ar', expected: null },
    { source: 'Les deux pays ont signé un accord.', target: 'Both countries signed an agreement.', lang: 'en', expected: null },
    { source: 'Il a été condamné à deux ans de prison.', target: 'حُكم عليه بالسجن عامين.', lang: 'ar', expected: null },
    { source: 'La cité est coupée en deux.', target: 'The city is split in half.', lang: 'en', expected: null },
    { source: 'Les élections auront lieu les 10 et 24 avril.', target: 'The elections will be held on April 10 and 24.', lang: 'en', expected: null },
    { source: 'Les 27 États membres ont voté.', target: 'صوّتت الدول الأعضاء الـ27.', lang: 'ar', expected: null },
    { source: 'Entre 10 et 12 blindés.', target: 'Between 10 and 12 armoured vehicles.', lang: 'en', expected: null },
    { source: 'De 10 à 12 blindés.', target: '10-12 armoured vehicles.', lang: 'en', expected: null },
    { source: 'Le G20 se réunira en 2025.', target: 'The G20 will meet in 2025.', lang: 'en', expected: null },
    // Defects: caught, with the value named and the span on the target.
    { source: 'Au moins 426 civils ont été tués.', target: 'At least 425 civilians were killed.', lang: 'en', expected: /Unexpected number `425` in target, expected `426`/, span: '425' },
    { source: 'Au moins 426 civils ont été tués.', target: 'قُتل ما لا يقل عن ٤٢٥ مدنياً.', lang: 'ar', expected: /`٤٢٥` \(425\).*expected `426`/, span: '٤٢٥' },
    { source: 'Quelque 1 500 soldats.', target: 'Some 150 soldiers.', lang: 'en', expected: /Unexpected number `150` in target, expected `1 500`$/ },
    { source: 'Une hausse de 3,5 %.', target: 'A rise of 35%.', lang: 'en', expected: /expected `3,5` \(3.5\)/ },
    { source: 'Une hausse de 3,5 %.', target: 'A rise of 3,5%.', lang: 'en', expected: /^Decimal comma in `3,5`: in en text a comma groups thousands; write `3.5` \(the source's `3,5` \(3.5\)\)$/, span: '3,5' },
    { source: 'Ils ont constaté 45 pilonnages.', target: 'They documented strikes.', lang: 'en', expected: /Missing number `45` in target/ },
    { source: 'Ils ont constaté des pilonnages.', target: 'They documented 45 strikes.', lang: 'en', expected: /Unexpected number `45` in target, not in the source/, span: '45' },
    { source: 'La réunion a commencé à 14 h 30.', target: 'The meeting began at 4.30pm.', lang: 'en', expected: /4.30pm/ },
    { source: 'Trois soldats ont été blessés.', target: 'Four soldiers were wounded.', lang: 'en', expected: /`Trois` \(3\).*`Four` \(4\)/ },
    { source: 'Trois soldats ont été blessés.', target: '4 soldiers were wounded.', lang: 'en', expected: /Unexpected number `4`/ },
    { source: 'Au XXe siècle.', target: 'In the 19th century.', lang: 'en', expected: /`19th` \(19\).*`XXe` \(20\)/ },
    { source: 'Entre 10 et 12 blindés.', target: 'بين 10 و 21 مدرعة.', lang: 'ar', expected: /`21`.*expected `12`/ },
    { source: 'Plus de 800 000 personnes.', target: 'أكثر من 80 ألف شخص.', lang: 'ar', expected: /80 ألف/ },
  ];
  it.each(table)('$lang: $target', ({ source, target, lang, expected, span }) => {
    const found = findings('number-mismatch', source, target, lang);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((f) => f.message).join('\n')).toMatch(expected);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    if (span) expect(found[0]?.span).toMatchObject({ side: 'target', text: span });
  });

  // Read as `3` and `5` (or as 3,500 with three digits after the comma), a decimal comma is one
  // mistake, and so is a number grouped as French groups it (`1 500`, `1.500`): reported once,
  // with the target language's way to write the source's number.
  it.each<{ source: string; target: string; lang: string; messages: string[] }>([
    {
      source: "Les secours ont reçu 3,5 millions d'euros.",
      target: 'تلقت فرق الإسعاف 3,5 مليون يورو.',
      lang: 'ar',
      messages: ["Decimal comma in `3,5`: in ar text a comma groups thousands; write `3.5` (the source's `3,5 millions` (3.5))"],
    },
    { source: 'Une hausse de 3,5 %.', target: 'ارتفاع بنسبة ٣,٥٪.', lang: 'ar', messages: ["Decimal comma in `٣,٥`: in ar text a comma groups thousands; write `٣٫٥` (the source's `3,5` (3.5))"] },
    { source: 'Soit 1 250,5 tonnes.', target: 'That is 1,250,5 tonnes.', lang: 'en', messages: ["Decimal comma in `1,250,5`: in en text a comma groups thousands; write `1,250.5` (the source's `1 250,5` (1250.5))"] },
    {
      source: 'Soit 3,5 et 2,5.',
      target: 'That is 2,5 and 3,5.',
      lang: 'en',
      messages: [
        "Decimal comma in `2,5`: in en text a comma groups thousands; write `2.5` (the source's `2,5` (2.5))",
        "Decimal comma in `3,5`: in en text a comma groups thousands; write `3.5` (the source's `3,5` (3.5))",
      ],
    },
    { source: 'Soit 3,5 et 2,5.', target: 'That is 3,5 and 2,4.', lang: 'en', messages: ["Decimal comma in `3,5`: in en text a comma groups thousands; write `3.5` (the source's `3,5` (3.5))", 'Unexpected number `2` in target, expected `2,5` (2.5)', 'Unexpected number `4` in target, not in the source'] },
    { source: 'Plus de 3 500 manifestants.', target: 'More than 3,500 protesters.', lang: 'en', messages: [] },
    { source: 'Quelque 1 500 soldats.', target: 'Some 1 500 soldiers.', lang: 'en', messages: ["`1 500` follows fr number style, which reads otherwise in en text; write `1,500` (the source's `1 500`)"] },
    { source: 'Quelque 1.500 soldats.', target: 'Some 1.500 soldiers.', lang: 'en', messages: ["`1.500` follows fr number style, which reads otherwise in en text; write `1,500` (the source's `1.500` (1500))"] },
    { source: 'Soit 1 250 000 euros.', target: 'That is 1 250 000 euros.', lang: 'en', messages: ["`1 250 000` follows fr number style, which reads otherwise in en text; write `1,250,000` (the source's `1 250 000`)"] },
    { source: 'Quelque 1 500 soldats.', target: 'نحو ١ ٥٠٠ جندي.', lang: 'ar', messages: ["`١ ٥٠٠` follows fr number style, which reads otherwise in ar text; write `١٬٥٠٠` (the source's `1 500`)"] },
    { source: 'Quelque 1 500 soldats.', target: 'Some 1 600 soldiers.', lang: 'en', messages: ['Unexpected number `1` in target, expected `1 500`', 'Unexpected number `600` in target, not in the source'] },
    { source: 'Il y a 3 ou 5 cas.', target: 'There are 3, 5 cases.', lang: 'en', messages: [] },
    {
      source: 'Le séisme de magnitude 6,8 a frappé dans la nuit du vendredi 8 au samedi 9, à 19 h 30.',
      target: 'أودى الزلزال الذي بلغت قوته 6,8 درجات ليلة الجمعة 8 إلى السبت 9.',
      lang: 'ar',
      // The `8` of `6,8` is not the source's Friday 8: the comma is found before numbers are paired.
      messages: ["Decimal comma in `6,8`: in ar text a comma groups thousands; write `6.8` (the source's `6,8` (6.8))", 'Missing number `19 h 30` in target'],
    },
    { source: 'Soit 3,5.', target: 'That is 3.5, or 3,5.', lang: 'en', messages: ['Unexpected number `3` in target, not in the source', 'Unexpected number `5` in target, not in the source'] },
    {
      source: 'Il y a 3 ou 5 cas.',
      target: 'There are 3,5 cases.',
      lang: 'en',
      messages: ['`3,5` joins two numbers of the source, `3` and `5`, with a bare comma: in en text it reads as one malformed number; write them apart as the source does'],
    },
    {
      source: 'Les pages 4, 5 et 6.',
      target: 'الصفحات ٤,٥ و٦.',
      lang: 'ar',
      messages: ['`٤,٥` joins two numbers of the source, `٤` and `٥`, with a bare comma: in ar text it reads as one malformed number; write them apart as the source does'],
    },
    { source: 'Il y a 3 ou 5 cas.', target: 'Il y a 3,5 cas.', lang: 'fr', messages: ["Unexpected number `3,5` (3.5) in target, expected `3`", 'Missing number `5` in target'] },
  ])('a number in the source’s style is one finding: $lang $target', ({ source, target, lang, messages }) => {
    const found = findings('number-mismatch', source, target, lang);
    expect(found.map((f) => f.message)).toEqual(messages);
  });

  it('reports a missing number on the source side', () => {
    const [finding] = findings('number-mismatch', 'Ils ont constaté 45 pilonnages.', 'They documented strikes.', 'en');
    expect(finding?.span).toEqual({ side: 'source', start: 17, end: 19, text: '45' });
  });

  it('leaves numbers inside dates to date-mismatch', () => {
    expect(findings('number-mismatch', 'Le 18 juin 2017, l’assaut.', 'On 19 June 2017, the assault.', 'en')).toEqual([]);
    expect(findings('number-mismatch', 'Le 18 juin 2017, l’assaut.', 'On 18 2017, the assault.', 'en')).toEqual([]);
    expect(findings('date-mismatch', 'Le 18 juin 2017, l’assaut.', 'On 18 2017, the assault.', 'en')).toHaveLength(1);
  });
});
