// French: the source language of the project's articles.

import { LATIN_SKELETON, NO_BREAK_SPACES } from './latin.js';
import type { LangData } from './types.js';

export const fr: LangData = {
  code: 'fr',
  script: 'Latin',
  rtl: false,
  numberLocales: ['fr'],
  separators: {
    decimal: [],
    // A plain space groups digits too (`1 500`), but only after a group of 1 to 3 digits.
    group: [' ', ...NO_BREAK_SPACES],
    groupOrDecimal: ['.'],
  },
  numberWords: {
    cardinals: {
      zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
      dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
      vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'quatre vingt': 80,
    },
    ordinals: {
      premier: 1, première: 1, unième: 1, second: 2, seconde: 2, deuxième: 2, troisième: 3, quatrième: 4,
      cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10, onzième: 11,
      douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16, vingtième: 20,
      trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60, centième: 100, millième: 1000,
    },
    multipliers: { cent: 100, mille: 1000, million: 1e6, milliard: 1e9 },
    pluralMultipliers: { millions: 1e6, milliards: 1e9 },
    connectors: ['et'],
    unitsBeforeTens: false,
    pluralS: true,
    percentPhrases: ['pour cent'],
  },
  ordinalSuffixes: ['ères', 'ère', 'ers', 'er', 'res', 're', 'èmes', 'ème', 'emes', 'eme', 'es', 'e', 'nde', 'nd'],
  romanOrdinalSuffixes: ['ème', 'eme', 'er', 're', 'e'],
  time: { hourMarkers: ['h', 'heures', 'heure'], am: [], pm: [], dotMinutes: false },
  dates: {
    monthLocales: ['fr'],
    extraMonths: { fevr: 2, juil: 7, sep: 9, sept: 9 },
    ambiguousMonths: ['mars'],
    capitalizedMonths: false,
    monthDay: false,
    numericOrders: ['dmy', 'ymd'],
    dayFillers: [],
    yearFillers: [],
    dayConnectors: ['-', '–', 'au', 'et', ','],
    daySuffixes: ['er'],
    monthPairs: false,
  },
  words: {
    elisions: ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"],
    prefixes: [],
    minCore: 2,
    inflection: [
      [['aux$', 'al'], ['(?<=...)[sx]$', '']],
      [['(?<=..)nne$', 'n'], ['(?<=..)lle$', 'l'], ['(?<=...)e$', '']],
    ],
  },
  names: {
    stopwords: [
      'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'en', 'et', 'ou', 'mais', 'ni',
      'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'selon', 'pour', 'par',
      'dans', 'sur', 'sous', 'avec', 'sans', 'lors', 'après', 'avant', 'depuis', 'pendant', 'ainsi', 'donc', 'or',
      'néanmoins', 'cependant', 'toutefois', 'pourtant', 'enfin', 'alors', 'puis', 'si', 'quand', 'comme',
    ],
    abbreviations: ['M.', 'MM.', 'Mme', 'Mlle', 'Mgr', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'gén.', 'col.', 'cf.', 'av.', 'apr.', 'J.-C.'],
    particles: ['de', 'du', 'des', 'la', 'le', "d'", 'al', 'el', 'ben', 'bin', 'ibn', 'abou', 'abu', 'von', 'van'],
    commonCapitalized: ['état', 'états', 'etat', 'etats'],
    skeleton: [['ch', 'C'], ['gn', 'N'], ...LATIN_SKELETON],
  },
  punctuation: {
    question: '?',
    exclamation: '!',
    comma: ',',
    semicolon: ';',
    spaceBeforeHigh: 'no-break',
    quotes: [['«', '»'], ['“', '”'], ['‹', '›']],
    ownMarksOnly: false,
  },
};
