// English sentence rules, shaped after the cases of the Golden Rules set: titles, number
// abbreviations, dotted acronyms, spaced ellipses, inline lists, sentences glued by a dot.

import {
  abbreviationBefore,
  acronymRule,
  CLOSERS,
  embeddedRules,
  hyphenatedInitialRule,
  initialRule,
  NEXT_SENTENCE,
  OPENERS,
  omissionRule,
  SENTENCE_START,
  sentenceEndRule,
  unlessSentenceStarter,
} from './common.js';
import { listContext } from './lists.js';
import type { LanguageRules } from './types.js';

export const enAbbreviations = {
  /** Never end a sentence: titles before a name, Latin abbreviations before an example. */
  prefixes: [
    'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Dr', 'Prof', 'Mt', 'St', 'Ste', 'Gen', 'Sen', 'Rep',
    'Gov', 'Pres', 'Capt', 'Col', 'Lt', 'Sgt', 'Cpl', 'Maj', 'Adm', 'Rev', 'Hon', 'Fr',
    'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'est',
  ],
  /** Before a number only (`p. 55`, `No. 5`): `no.` is also a word that ends sentences. */
  numberPrefixes: ['no', 'nos', 'p', 'pp', 'vol', 'fig', 'figs', 'art', 'sec', 'ch', 'N°', 'n°', 'ed'],
  /** End a sentence only when the next word is a sentence starter (`Jane and co. They…`). */
  ambiguous: [
    'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
    'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Blvd', 'Rd', 'dept', 'govt', 'al', 'ft', 'oz',
    'lb', 'lbs', 'yr', 'yrs', 'min', 'max',
  ],
  /** Capitalised words that typically open a sentence. */
  sentenceStarters: [
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Thus', 'They', 'We',
    'He', 'She', 'It', 'I', 'You', 'Its', 'His', 'Her', 'Our', 'My', 'Their', 'Your', 'What',
    'When', 'Where', 'Who', 'Why', 'How', 'However', 'But', 'And', 'So', 'If', 'As', 'At', 'In',
    'On', 'For', 'After', 'Before', 'Being', 'Did', 'Do', 'Does', 'Is', 'Was', 'Are', 'Were',
    'All', 'Some', 'Many', 'Most', 'More', 'Millions', 'Each', 'Meanwhile', 'Yet', 'Still',
  ],
} as const;

const { prefixes, numberPrefixes, ambiguous, sentenceStarters } = enAbbreviations;

/** Text that looks like an e-mail address or a URL around the position (bounded: no rescans). */
const ADDRESS_BEFORE = '(?:[a-z][a-z0-9+.-]{0,20}://|www\\.)\\S{0,300}|[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{0,255}';
const ADDRESS_AFTER = '[\\p{L}\\p{N}._%+-]{0,64}@';

export const enRules: LanguageRules = {
  lang: 'en',
  name: 'English',
  rules: [
    omissionRule,
    { name: 'prefix-abbreviation', break: false, before: abbreviationBefore(prefixes), after: '' },
    {
      name: 'number-abbreviation',
      break: false,
      before: abbreviationBefore(numberPrefixes),
      after: '(?=\\s*[\\p{N}#])',
    },
    hyphenatedInitialRule,
    {
      name: 'ambiguous-abbreviation',
      break: false,
      before: `${abbreviationBefore(ambiguous)}${CLOSERS}`,
      after: unlessSentenceStarter(sentenceStarters),
    },
    initialRule(sentenceStarters, []),
    acronymRule(sentenceStarters, []),
    ...embeddedRules,
    {
      // `… with a period . . . . Next`: three spaced dots of omission, then the full stop.
      name: 'spaced-ellipsis-and-period',
      break: true,
      before: `(?:\\s\\.){4}${CLOSERS}`,
      after: NEXT_SENTENCE,
    },
    {
      // `a period . . . .`: a spaced dot followed by more spaced dots opens an ellipsis.
      name: 'spaced-ellipsis-start',
      break: false,
      before: '\\s\\.',
      after: '(?=\\s\\.\\s\\.)',
    },
    // `… compounds. . . . The practice…`: the next sentence opens with an omission.
    sentenceEndRule('!?…‼⁇⁈⁉', `${NEXT_SENTENCE}|\\s+(?=\\.\\s\\.\\s\\.\\s+${OPENERS}${SENTENCE_START})`),
    // E-mail addresses and URLs hold dots without spaces: keep them from the glued rule below.
    { name: 'address', break: false, before: ADDRESS_BEFORE, after: '' },
    { name: 'address-ahead', break: false, before: '', after: ADDRESS_AFTER },
    {
      // `Hello world.Today is…`: a dot glued between a lowercase word and a capitalised one.
      // Words with inner capitals (`oDoc.Text`) are code, not prose, and are left alone.
      name: 'glued-sentence-end',
      break: true,
      before: '\\.(?<=(?<![\\p{L}\\p{N}_.])\\p{Lu}?(?:\\p{Ll}{2,}|[\\p{N},]*\\p{N})\\.)',
      after: '(?=\\p{Lu}\\p{Ll}+[\\s.,;:!?])',
    },
  ],
  contexts: [listContext],
};
