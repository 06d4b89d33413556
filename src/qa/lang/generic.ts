// Any other language: only what holds everywhere. Digits of every script are folded anyway;
// `,` and `.` group when three digits follow and mark decimals otherwise.

import { LATIN_SKELETON, NO_BREAK_SPACES } from './latin.js';
import type { LangData } from './types.js';

export function genericLang(code: string): LangData {
  return {
    code,
    script: 'Latin',
    rtl: false,
    numberLocales: [],
    separators: { decimal: ['٫'], group: ['٬', ' ', ...NO_BREAK_SPACES], groupOrDecimal: [',', '.'] },
    numberWords: {
      cardinals: {}, ordinals: {}, multipliers: {}, pluralMultipliers: {}, connectors: [],
      unitsBeforeTens: false, pluralS: false, percentPhrases: [],
    },
    ordinalSuffixes: [],
    romanOrdinalSuffixes: [],
    time: { hourMarkers: [], am: [], pm: [], dotMinutes: false },
    dates: {
      monthLocales: [], extraMonths: {}, ambiguousMonths: [], capitalizedMonths: false, monthDay: false,
      numericOrders: ['ymd'], dayFillers: [], yearFillers: [], dayConnectors: ['-', '–'], daySuffixes: [], monthPairs: false,
    },
    words: { elisions: [], prefixes: [], minCore: 2, inflection: [] },
    names: { stopwords: [], abbreviations: [], particles: [], commonCapitalized: [], skeleton: LATIN_SKELETON },
    punctuation: {
      question: '?', exclamation: '!', comma: ',', semicolon: ';', spaceBeforeHigh: 'unchecked',
      quotes: [['«', '»'], ['“', '”'], ['„', '“'], ['"', '"'], ['‘', '’'], ["'", "'"], ['‹', '›']],
      ownMarksOnly: false,
    },
  };
}
