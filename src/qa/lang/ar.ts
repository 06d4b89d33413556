// Arabic (Modern Standard, as written in the Levant, Iraq, Egypt and the Maghreb). Words are
// matched after folding (أ إ آ → ا, ى → ي, ة → ه, no diacritics), so they are listed once.

import type { LangData } from './types.js';

/** Conjunction + preposition + article, each optional: و ف × ب ل ك × ال, with ل + ال written لل. */
function cliticPrefixes(): string[] {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      for (const art of ['', 'ال']) {
        const prefix = prep === 'ل' && art ? `${conj}لل` : `${conj}${prep}${art}`;
        if (prefix) out.add(prefix);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** ثلاثمئة … تسعمئة, in both spellings of مئة. */
function hundreds(): Record<string, number> {
  const units: Record<string, number> = { ثلاث: 3, أربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, تسع: 9 };
  const out: Record<string, number> = {};
  for (const [word, value] of Object.entries(units)) {
    out[`${word}مئة`] = value * 100;
    out[`${word}مائة`] = value * 100;
  }
  return out;
}

export const ar: LangData = {
  code: 'ar',
  script: 'Arabic',
  rtl: true,
  // `ar` writes 1,234.5 (Latin digits), `ar-EG` ١٬٢٣٤٫٥; `ar-MA` (1.234,5) is left out, its
  // `,` would make `3,5` ambiguous.
  numberLocales: ['ar', 'ar-EG'],
  separators: { decimal: [], group: ['\u00A0', '\u202F', '\u2009'], groupOrDecimal: [] },
  numberWords: {
    cardinals: {
      صفر: 0, واحد: 1, واحدة: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4,
      خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثمان: 8, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9,
      عشر: 10, عشرة: 10, 'أحد عشر': 11, 'إحدى عشرة': 11, 'اثنا عشر': 12, 'اثني عشر': 12, 'اثنتا عشرة': 12,
      'اثنتي عشرة': 12, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50,
      خمسين: 50, ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
      مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, ألفان: 2000, ألفين: 2000, ...hundreds(),
    },
    ordinals: {
      أول: 1, أولى: 1, حادي: 1, ثاني: 2, ثانية: 2, ثالث: 3, ثالثة: 3, رابع: 4, رابعة: 4, خامس: 5, خامسة: 5,
      سادس: 6, سادسة: 6, سابع: 7, سابعة: 7, ثامن: 8, ثامنة: 8, تاسع: 9, تاسعة: 9, عاشر: 10, عاشرة: 10,
    },
    multipliers: { مئة: 100, مائة: 100, ألف: 1000, مليون: 1e6, مليار: 1e9, بليون: 1e9 },
    pluralMultipliers: { آلاف: 1000, ملايين: 1e6, مليارات: 1e9 },
    connectors: [],
    unitsBeforeTens: true,
    pluralS: false,
    percentPhrases: ['في المئة', 'في المائة', 'بالمئة', 'بالمائة'],
  },
  ordinalSuffixes: [],
  romanOrdinalSuffixes: [],
  time: { hourMarkers: [], am: ['صباحا'], pm: ['مساء', 'مساءا', 'ظهرا', 'عصرا', 'بعد الظهر'], dotMinutes: false },
  dates: {
    // `ar` gives the Egyptian/Gulf names (يونيو), `ar-SY` the Levantine and Iraqi ones
    // (حزيران, تشرين الأول), `ar-DZ` and `ar-MA` the Maghreb ones (جوان, يوليوز).
    monthLocales: ['ar', 'ar-SY', 'ar-DZ', 'ar-MA'],
    extraMonths: {
      يونيه: 6, يوليه: 7, 'كانون ثاني': 1, 'تشرين أول': 10, 'تشرين ثاني': 11, 'كانون أول': 12,
    },
    ambiguousMonths: ['مارس', 'آب', 'ماي'],
    capitalizedMonths: false,
    monthDay: false,
    numericOrders: ['dmy', 'ymd'],
    dayFillers: ['من'],
    yearFillers: ['من عام', 'من العام', 'عام', 'العام', 'سنة'],
    dayConnectors: ['-', '–', 'إلى', 'حتى', 'و'],
    daySuffixes: [],
    monthPairs: true,
  },
  words: {
    elisions: [],
    prefixes: cliticPrefixes(),
    minCore: 2,
    inflection: [[
      ['(?<=..)يين$', 'ي'], ['(?<=..)يون$', 'ي'], ['(?<=..)يات$', 'ي'], ['(?<=..)يه$', 'ي'],
      ['(?<=...)ين$', ''], ['(?<=...)ون$', ''], ['(?<=...)ات$', ''], ['(?<=...)ان$', ''], ['(?<=..)ه$', ''],
    ]],
  },
  names: {
    stopwords: [],
    abbreviations: [],
    particles: [],
    commonCapitalized: [],
    skeleton: [
      ['ب', 'B'], ['ف', 'F'], ['م', 'M'], ['ن', 'N'], ['ل', 'L'], ['ر', 'R'], ['[تدطضثذ]', 'T'],
      ['[سصزظ]', 'S'], ['ش', 'C'], ['ج', 'J'], ['[كقخغ]', 'K'], ['و', 'W'],
    ],
  },
  punctuation: {
    question: '؟',
    exclamation: '!',
    comma: '،',
    semicolon: '؛',
    spaceBeforeHigh: 'none',
    quotes: [['«', '»'], ['“', '”'], ['"', '"']],
    ownMarksOnly: true,
  },
};
