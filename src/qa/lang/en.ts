// English.

import { LATIN_SKELETON, NO_BREAK_SPACES } from './latin.js';
import type { LangData } from './types.js';

export const en: LangData = {
  code: 'en',
  script: 'Latin',
  rtl: false,
  numberLocales: ['en'],
  separators: { decimal: [], group: [...NO_BREAK_SPACES], groupOrDecimal: [] },
  numberWords: {
    cardinals: {
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
      eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
      eighty: 80, ninety: 90,
    },
    ordinals: {
      first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
      eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
      eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
      seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
    },
    multipliers: { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 },
    pluralMultipliers: {},
    connectors: ['and'],
    unitsBeforeTens: false,
    pluralS: false,
    percentPhrases: ['per cent', 'percent'],
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  romanOrdinalSuffixes: [],
  time: { hourMarkers: [], am: ['a.m.', 'am'], pm: ['p.m.', 'pm'], dotMinutes: true },
  dates: {
    monthLocales: ['en', 'en-GB'],
    extraMonths: { sept: 9 },
    ambiguousMonths: ['may', 'march', 'august'],
    capitalizedMonths: true,
    monthDay: true,
    numericOrders: ['dmy', 'mdy', 'ymd'],
    dayFillers: ['of'],
    yearFillers: [],
    dayConnectors: ['-', '–', 'to', 'and', 'through', ','],
    daySuffixes: ['st', 'nd', 'rd', 'th'],
    monthPairs: false,
  },
  words: {
    elisions: [],
    prefixes: [],
    minCore: 2,
    inflection: [
      [["'s$", ''], ["(?<=s)'$", '']],
      [['(?<=..)ies$', 'y'], ['(?<=..(?:[sxz]|ch|sh))es$', ''], ['(?<=..[^su])s$', '']],
    ],
  },
  names: {
    stopwords: [
      'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'and', 'or', 'but', 'as', 'after',
      'before', 'since', 'during', 'according', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
      'i', 'however', 'thus', 'nevertheless', 'yet', 'so', 'if', 'when', 'while',
    ],
    abbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'St.', 'Mt.', 'U.S.', 'U.K.', 'U.N.', 'e.g.', 'i.e.', 'vs.'],
    particles: ['of', 'de', 'al', 'el', 'bin', 'ibn', 'abu', 'von', 'van'],
    commonCapitalized: [],
    skeleton: [['ch', 'C'], ['j', 'J'], ...LATIN_SKELETON],
  },
  punctuation: {
    question: '?',
    exclamation: '!',
    comma: ',',
    semicolon: ';',
    spaceBeforeHigh: 'none',
    quotes: [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"]],
    ownMarksOnly: false,
  },
};
