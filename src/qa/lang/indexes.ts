// Lookup tables derived from the language data (and from Intl for month names), folded the
// way prepared text is folded, built once per language.

import { foldKey } from '../text/fold.js';
import type { LangData, NumberSeparators } from './types.js';

const separatorCache = new WeakMap<LangData, NumberSeparators>();

/** Separators of `lang`: the grouping and decimal signs of its Intl locales, plus its own. */
export function numberSeparators(lang: LangData): NumberSeparators {
  let out = separatorCache.get(lang);
  if (out) return out;
  const group = new Set(lang.separators.group);
  const decimal = new Set(lang.separators.decimal);
  for (const locale of lang.numberLocales) {
    for (const part of new Intl.NumberFormat(locale).formatToParts(1234567.5)) {
      if (part.type === 'group') group.add(part.value);
      if (part.type === 'decimal') decimal.add(part.value);
    }
  }
  out = { group: [...group], decimal: [...decimal], groupOrDecimal: lang.separators.groupOrDecimal };
  separatorCache.set(lang, out);
  return out;
}

export type LexemeKind = 'cardinal' | 'ordinal' | 'multiplier' | 'plural-multiplier';

export interface Lexeme {
  kind: LexemeKind;
  value: number;
}

export interface NumberLexicon {
  /** Folded word or phrase → lexeme. */
  words: ReadonlyMap<string, Lexeme>;
  /** Longest phrase, in words. */
  longest: number;
  connectors: ReadonlySet<string>;
  percentPhrases: readonly string[];
}

const numberCache = new WeakMap<LangData, NumberLexicon>();

/** Number words of `lang`. */
export function numberLexicon(lang: LangData): NumberLexicon {
  let lexicon = numberCache.get(lang);
  if (lexicon) return lexicon;
  const words = new Map<string, Lexeme>();
  const add = (table: Readonly<Record<string, number>>, kind: LexemeKind): void => {
    for (const [word, value] of Object.entries(table)) words.set(foldKey(word), { kind, value });
  };
  const w = lang.numberWords;
  add(w.cardinals, 'cardinal');
  add(w.ordinals, 'ordinal');
  add(w.multipliers, 'multiplier');
  add(w.pluralMultipliers, 'plural-multiplier');
  let longest = 1;
  for (const key of words.keys()) longest = Math.max(longest, key.split(' ').length);
  lexicon = {
    words,
    longest,
    connectors: new Set(w.connectors.map(foldKey)),
    percentPhrases: w.percentPhrases.map(foldKey),
  };
  numberCache.set(lang, lexicon);
  return lexicon;
}

export interface MonthLexicon {
  /** Folded month name → month number (1–12). */
  names: ReadonlyMap<string, number>;
  /** Folded names that need a day or a year next to them. */
  ambiguous: ReadonlySet<string>;
  /** Regex source matching any month name in prepared text (use with the `iu` flags). */
  pattern: string;
}

const monthCache = new WeakMap<LangData, MonthLexicon>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Month names of `lang`: long and short forms from Intl for each of its locales, plus its extras. */
export function monthLexicon(lang: LangData): MonthLexicon {
  let lexicon = monthCache.get(lang);
  if (lexicon) return lexicon;
  const names = new Map<string, number>();
  for (const locale of lang.dates.monthLocales) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = foldKey(format.format(Date.UTC(2017, m, 15))).replace(/\.$/u, '');
        if (name && !/\d/u.test(name)) names.set(name, m + 1);
      }
    }
  }
  for (const [name, m] of Object.entries(lang.dates.extraMonths)) names.set(foldKey(name), m);
  const alternatives = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegex(name).replace(/ /g, '\\s+'));
  lexicon = {
    names,
    ambiguous: new Set(lang.dates.ambiguousMonths.map(foldKey)),
    pattern: alternatives.length ? `(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})\\.?(?![\\p{L}\\p{M}])` : '(?!)',
  };
  monthCache.set(lang, lexicon);
  return lexicon;
}

/** Escape a literal for use inside a regular expression. */
export { escapeRegex };
