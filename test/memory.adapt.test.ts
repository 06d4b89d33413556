// Adapting month names in targets, including Arabic's combined forms (`حزيران/يونيو`), where
// both halves name the same month in two name sets and must change together.
import { describe, expect, it } from 'vitest';
import { adaptTarget } from '../src/memory/index.js';
import { adaptFigures } from '../src/memory/adapt.js';

describe('adaptTarget with month names', () => {
  it.each([
    ['a Levantine/Egyptian pair', 'Le 18 juin 2017.', 'Le 20 août 2017.', 'في 18 حزيران/يونيو 2017.', 'في 20 آب/أغسطس 2017.'],
    ['a two-word Levantine name in a pair', 'Le 18 octobre 2017.', 'Le 18 novembre 2017.', 'في 18 تشرين الأول/أكتوبر 2017.', 'في 18 تشرين الثاني/نوفمبر 2017.'],
    ['a pair with a spaced slash', 'Le 3 mars.', 'Le 5 mai.', 'في ٣ آذار / مارس.', 'في ٥ أيار / مايو.'],
    ['a pair after a clitic', 'Depuis juin.', 'Depuis août.', 'منذ وحزيران/يونيو.', 'منذ وآب/أغسطس.'],
    ['a pair and a changed day in Arabic-Indic digits', 'Le 18 juin.', 'Le 20 juillet.', 'في ١٨ حزيران/يونيو.', 'في ٢٠ تموز/يوليو.'],
    ['a lone Levantine name', 'Le 18 juin.', 'Le 18 août.', 'في 18 حزيران.', 'في 18 آب.'],
    ['a lone Egyptian name', 'Le 18 juin.', 'Le 18 août.', 'في 18 يونيو.', 'في 18 أغسطس.'],
    ['a Maghrebi name', 'Le 18 juin.', 'Le 18 août.', 'في 18 جوان.', 'في 18 أوت.'],
  ])('replaces %s', (_label, source, query, target, adapted) => {
    expect(adaptTarget(query, source, target, 'fr', 'ar')).toBe(adapted);
  });

  it('keeps two different months apart: a slash between them is a range, not one name', () => {
    expect(
      adaptTarget('Entre juin et septembre.', 'Entre juin et juillet.', 'بين حزيران/تموز.', 'fr', 'ar'),
    ).toBe('بين حزيران/أيلول.');
  });

  it('adapts both halves when the source is the Arabic pair', () => {
    expect(adaptTarget('في 20 آب/أغسطس 2017.', 'في 18 حزيران/يونيو 2017.', 'On 18 June 2017.', 'ar', 'en')).toBe(
      'On 20 August 2017.',
    );
  });

  it('keeps the capital of an English month', () => {
    expect(adaptTarget('Le 2 mai.', 'Le 2 mars.', 'On 2 March.', 'fr', 'en')).toBe('On 2 May.');
  });
});

// A developing story moves its days and hours too: `lundi à 19 h 30` → `mardi à 20 h`.
describe('adaptTarget with weekday names and times of day', () => {
  it.each([
    ['an English weekday, capital kept', 'Un bilan publié lundi soir.', 'Un bilan publié mardi soir.', 'A toll published on Monday evening.', 'en', 'A toll published on Tuesday evening.'],
    ['an Arabic weekday', 'Un bilan publié lundi soir.', 'Un bilan publié mardi soir.', 'حصيلة نشرت مساء يوم الاثنين.', 'ar', 'حصيلة نشرت مساء يوم الثلاثاء.'],
    ['the hamza spelling of Monday', 'Réunion lundi.', 'Réunion mardi.', 'اجتماع يوم الإثنين.', 'ar', 'اجتماع يوم الثلاثاء.'],
    ['an Arabic weekday after a clitic', 'Depuis dimanche.', 'Depuis samedi.', 'منذ الأحد وحتى الآن.', 'ar', 'منذ السبت وحتى الآن.'],
    [
      'a weekday, its day number and its month together',
      'Dans la nuit du vendredi 8 septembre.',
      'Dans la nuit du samedi 9 octobre.',
      'ليلة الجمعة 8 أيلول/سبتمبر.',
      'ar',
      'ليلة السبت 9 تشرين الأول/أكتوبر.',
    ],
    // A toll published at another hour: the time is written back in the target's own style.
    ['12-hour English, minutes dropped on the hour', 'Publié lundi à 19 h 30.', 'Publié mardi à 20 h.', 'Published on Monday at 7.30pm.', 'en', 'Published on Tuesday at 8pm.'],
    ['12-hour English, morning, with its dot', 'Publié à 19 h 30.', 'Publié à 9 h 45.', 'Published at 7.30pm.', 'en', 'Published at 9.45am.'],
    ['capital P.M. kept', 'Publié à 19 h 30.', 'Publié à 21 h.', 'Published at 7:30 P.M.', 'en', 'Published at 9 P.M.'],
    ['24-hour Arabic', 'Publié à 19 h 30.', 'Publié à 20 h.', 'نشرت عند الساعة 19:30.', 'ar', 'نشرت عند الساعة 20:00.'],
    ['12-hour Arabic in Arabic-Indic digits', 'Publié à 19 h 30.', 'Publié à 9 h 45.', 'نشرت عند الساعة ٧:٣٠ مساءً.', 'ar', 'نشرت عند الساعة ٩:٤٥ صباحاً.'],
    ['French hour marker, spacing kept', 'Publié à 19 h 30.', 'Publié à 21 h.', 'Publié à 19h30.', 'fr', 'Publié à 21h.'],
    ['a percentage beside a time: the 30 of 19:30 stays', 'Dont 30 % à 19 h 30.', 'Dont 35 % à 19 h 30.', 'At 19:30, 30% of them.', 'en', 'At 19:30, 35% of them.'],
    ['a duration that reads as a time: the number in the target', 'Ils ont marché pendant 10 heures.', 'Ils ont marché pendant 12 heures.', 'They walked for 10 hours.', 'en', 'They walked for 12 hours.'],
  ])('%s', (_label, source, query, target, lang, adapted) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBe(adapted);
  });

  it('leaves a target that does not name the old day alone: no adaptation rather than a wrong one', () => {
    expect(adaptTarget('Réunion mardi.', 'Réunion lundi.', 'Meeting today.', 'fr', 'en')).toBeUndefined();
  });

  it('a changed time is a change in figures only, for extract too', () => {
    const target = 'Published on Monday at 7.30pm.';
    expect(adaptFigures('Publié mardi à 20 h.', 'Publié lundi à 19 h 30.', target, 'fr', 'en')).toEqual({ adapted: 'Published on Tuesday at 8pm.' });
    expect(adaptFigures('Publié mardi soir.', 'Publié lundi à 19 h 30.', target, 'fr', 'en')).toBeUndefined();
  });

  it('leaves a target without the old time alone', () => {
    expect(adaptTarget('Publié à 21 h.', 'Publié à 19 h 30.', 'Published in the evening.', 'fr', 'en')).toBeUndefined();
  });
});

// Numbers in words are figures too: `deux soldats` found for `trois soldats`.
describe('adaptTarget with numbers in words', () => {
  it.each([
    ['an English word', 'Les deux soldats ont été blessés.', 'Les trois soldats ont été blessés.', 'The two soldiers were wounded.', 'en', 'The three soldiers were wounded.'],
    ['its capital', 'Deux soldats ont été blessés.', 'Trois soldats ont été blessés.', 'Two soldiers were wounded.', 'en', 'Three soldiers were wounded.'],
    ['a compound', 'Il y a eu vingt-deux morts.', 'Il y a eu vingt-cinq morts.', 'There were twenty-two dead.', 'en', 'There were twenty-five dead.'],
    ['digits in the target', 'Il y a eu vingt-deux morts.', 'Il y a eu vingt-cinq morts.', 'There were 22 dead.', 'en', 'There were 25 dead.'],
    ['digits in an Arabic target', 'Il y a eu vingt-deux morts.', 'Il y a eu vingt-cinq morts.', 'سقط 22 قتيلا.', 'ar', 'سقط 25 قتيلا.'],
    ['digits from 100 on', 'Les deux soldats ont été blessés.', 'Les cent cinquante soldats ont été blessés.', 'The two soldiers were wounded.', 'en', 'The 150 soldiers were wounded.'],
    ['two words swapped', 'Deux morts et trois blessés.', 'Trois morts et deux blessés.', 'Two dead and three wounded.', 'en', 'Three dead and two wounded.'],
  ])('%s', (_label, source, query, target, lang, adapted) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBe(adapted);
  });

  it.each([
    // Arabic number words agree with their noun (gender, dual): rewriting one alone would be wrong.
    ['an Arabic number word', 'Trois soldats ont été blessés.', 'Quatre soldats ont été blessés.', 'أصيب ثلاثة جنود.', 'ar'],
    ['an article, which is not a figure', 'Un soldat a été blessé.', 'Le soldat a été blessé.', 'A soldier was wounded.', 'en'],
  ])('leaves %s alone', (_label, source, query, target, lang) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBeUndefined();
  });
});

describe('adaptTarget and the noun a number counts', () => {
  // Intl.PluralRules: Arabic counts 3–10 with a plural (few), 11–99 with a singular (many), 100,
  // 200, 1000 with a singular in the genitive (other); English 1 (one) apart from the rest.
  it.each([
    ['an Arabic number of the same category (11–99)', '426 civils ont été tués.', '450 civils ont été tués.', 'قُتل 426 مدنيا.', 'ar', 'قُتل 450 مدنيا.'],
    ['an Arabic number of the same category (3–10)', 'Il y a eu 5 morts.', 'Il y a eu 7 morts.', 'سقط 5 قتلى.', 'ar', 'سقط 7 قتلى.'],
    ['a number no word follows', 'Le taux est de 12 %.', 'Le taux est de 9 %.', 'بلغت النسبة 12 %.', 'ar', 'بلغت النسبة 9 %.'],
    ['a number before punctuation', 'Les victimes sont au nombre de 12.', 'Les victimes sont au nombre de 9.', 'بلغ عدد الضحايا 12.', 'ar', 'بلغ عدد الضحايا 9.'],
    ['English 2 to 3', 'Il y a 2 mois.', 'Il y a 3 mois.', 'It was 2 months ago.', 'en', 'It was 3 months ago.'],
    ['a language Intl does not know, which has no agreement known', 'Il y a 1 mois.', 'Il y a 2 mois.', 'Tlhogh 1 jar.', 'x-klingon', 'Tlhogh 2 jar.'],
    ['a day before a month name, which is a date', 'Le 3 mars.', 'Le 12 mars.', 'في ٣ آذار.', 'ar', 'في ١٢ آذار.'],
  ])('adapts %s', (_label, source, query, target, lang, adapted) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBe(adapted);
  });

  it.each([
    ['an Arabic 12 becoming 9', '12 soldats ont été blessés.', '9 soldats ont été blessés.', 'أصيب 12 جنديا.', 'ar'],
    ['an Arabic 9 becoming 100', 'Il y a eu 9 morts.', 'Il y a eu 100 morts.', 'سقط 9 قتلى.', 'ar'],
    ['an Arabic number in Arabic-Indic digits', 'Il y a eu 12 morts.', 'Il y a eu 3 morts.', 'سقط ١٢ قتيلا.', 'ar'],
    ['an English 1 becoming 2', 'Il y a 1 mois.', 'Il y a 2 mois.', 'It was 1 month ago.', 'en'],
    ['an English hour becoming hours', 'Pendant 1 heure.', 'Pendant 2 heures.', 'For 1 hour.', 'en'],
    ['an English 1 in a memory tagged en_US', 'Il y a 1 mois.', 'Il y a 2 mois.', 'It was 1 month ago.', 'en_US'],
  ])('leaves %s alone', (_label, source, query, target, lang) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBeUndefined();
  });
});

describe('adaptTarget with ordinals', () => {
  it.each([
    ['in digits, with the new suffix', 'Le 3e jour.', 'Le 4e jour.', 'The 3rd day.', 'en', 'The 4th day.'],
    ['twenty-first', 'Le 20e siècle.', 'Le 21e siècle.', 'The 20th century.', 'en', 'The 21st century.'],
    ['a French 1er, whose suffix differs', 'Le 1er tour.', 'Le 2e tour.', 'The 1st round.', 'en', 'The 2nd round.'],
    ['into words', 'Le 3e jour.', 'Le 4e jour.', 'The third day.', 'en', 'The fourth day.'],
    ['a compound in words, with its capital', 'Le troisième jour.', 'Le vingt-deuxième jour.', 'Third day.', 'en', 'Twenty-second day.'],
    ['first, when the source had it in digits', 'Le 1er tour.', 'Le 2e tour.', 'The first round.', 'en', 'The second round.'],
    ['words from 100 on, in digits', 'Le 3e jour.', 'Le 112e jour.', 'The third day.', 'en', 'The 112th day.'],
    ['a French target in its own style', 'Le 3e jour.', 'Le 4e jour.', 'Le 3ème jour.', 'fr', 'Le 4ème jour.'],
    ['a French 1re', 'La 1re journée.', 'La 2e journée.', 'La 1re journée.', 'fr', 'La 2e journée.'],
    ['a plain number in an Arabic target', 'Le 3e jour.', 'Le 4e jour.', 'اليوم 3.', 'ar', 'اليوم 4.'],
  ])('adapts %s', (_label, source, query, target, lang, adapted) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBe(adapted);
  });

  it('keeps an ordinal apart from the number beside it', () => {
    expect(adaptTarget('Il y a 4 jours, le 3e jour.', 'Il y a 3 jours, le 3e jour.', '3 days ago, on the 3rd day.', 'fr', 'en')).toBe(
      '4 days ago, on the 3rd day.',
    );
    expect(adaptTarget('Il y a 3 jours, le 4e jour.', 'Il y a 3 jours, le 3e jour.', '3 days ago, on the 3rd day.', 'fr', 'en')).toBe(
      '3 days ago, on the 4th day.',
    );
  });

  it.each([
    // Arabic ordinals agree with their noun in gender, as its number words do.
    ['an Arabic ordinal word', 'Le 3e jour.', 'Le 4e jour.', 'اليوم الثالث.', 'ar'],
    // `1er` or `1re`: the `e` of `3e` does not tell.
    ['a French 1 from 3e', 'Le 3e jour.', 'Le 1er jour.', 'Le 3e jour.', 'fr'],
    ['a target without the old ordinal', 'Le 3e jour.', 'Le 4e jour.', 'The day after.', 'en'],
    ['a cardinal where the target has the ordinal', 'Il y a 3 jours.', 'Il y a 4 jours.', 'On the 3rd day.', 'en'],
  ])('leaves %s alone', (_label, source, query, target, lang) => {
    expect(adaptTarget(query, source, target, 'fr', lang)).toBeUndefined();
  });
});

describe('adaptFigures says why a match is not adapted', () => {
  it.each([
    ['a figure the target lacks', 'Il y a eu 12 morts.', 'Il y a eu 13 morts.', 'Many died.', 'en', 'the target has no 12'],
    ['a noun that would have to change', '12 soldats ont été blessés.', '9 soldats ont été blessés.', 'أصيب 12 جنديا.', 'ar', 'the word after 12 in the target may have to change for 9'],
    ['an Arabic number word', 'Trois soldats ont été blessés.', 'Quatre soldats ont été blessés.', 'أصيب ثلاثة جنود.', 'ar', 'ثلاثة in the target cannot be rewritten for Quatre'],
    ['a French 1 from 3e', 'Le 3e jour.', 'Le 1er jour.', 'Le 3e jour.', 'fr', '3e in the target cannot be rewritten for 1er'],
    ['a month the target lacks', 'Le 3 mars.', 'Le 3 avril.', 'On the 3rd.', 'en', 'the target has no mars'],
  ])('%s', (_label, source, query, target, lang, refused) => {
    expect(adaptFigures(query, source, target, 'fr', lang)).toEqual({ refused });
    expect(adaptTarget(query, source, target, 'fr', lang)).toBeUndefined();
  });

  it('adapts, or says nothing when the sources differ in more than figures or not at all', () => {
    expect(adaptFigures('Il y a eu 13 morts.', 'Il y a eu 12 morts.', 'There were 12 dead.', 'fr', 'en')).toEqual({ adapted: 'There were 13 dead.' });
    expect(adaptFigures('Il y a eu 13 blessés.', 'Il y a eu 12 morts.', 'There were 12 dead.', 'fr', 'en')).toBeUndefined();
    expect(adaptFigures('Il y a eu 12 morts.', 'Il y a eu 12 morts.', 'There were 12 dead.', 'fr', 'en')).toBeUndefined();
  });
});
