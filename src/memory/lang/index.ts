// Per-language data for adapting matches: number separators here, month and weekday names from Intl.
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { langData } from '../../qa/lang/index.js';
import type { LanguageData } from './types.js';
import { primaryLanguage } from '../../language-tag.js';

export type { LanguageData } from './types.js';

/**
 * Distinct name sets of a language, one per locale whose names it uses: the quality checks'
 * locales (`ar`: Egyptian, Levantine, Maghreb), so that adaptation and `date-mismatch` know the
 * same names. `variants` adds spellings Intl does not give.
 */
function nameSets(cache: Map<string, string[][]>, lang: string, namesIn: (locale: string) => string[], variants?: (names: string[]) => string[]): string[][] {
  const code = primaryLanguage(lang);
  let sets = cache.get(code);
  if (!sets) {
    const seen = new Set<string>();
    const found: string[][] = [];
    const add = (names: string[]): void => {
      if (seen.has(names.join('|'))) return;
      seen.add(names.join('|'));
      found.push(names);
    };
    for (const locale of langData(code).dates.monthLocales) add(namesIn(locale));
    if (variants) for (const names of [...found]) add(variants(names));
    cache.set(code, (sets = found));
  }
  return sets;
}

const monthCache = new Map<string, string[][]>();
const weekdayCache = new Map<string, string[][]>();

/** Month names of a language, from Intl: one set of twelve (January first) per locale. */
export function monthSets(lang: string): string[][] {
  return nameSets(monthCache, lang, (locale) => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2017, m, 15)).toLowerCase());
  });
}

/** Weekday names of a language, from Intl (Sunday first), and Arabic's `الإثنين` beside `الاثنين`. */
export function weekdaySets(lang: string): string[][] {
  return nameSets(
    weekdayCache,
    lang,
    (locale) => {
      const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2017, 0, 1 + d)).toLowerCase());
    },
    (names) => names.map((name) => name.replace(/^الاثنين$/u, 'الإثنين')),
  );
}

const BY_LANGUAGE: Record<string, LanguageData> = { ar, en, fr };

/** Data for a language tag (`fr-CA` → `fr`); languages without data get neutral defaults. */
export function languageData(lang: string): LanguageData {
  return BY_LANGUAGE[primaryLanguage(lang)] ?? { decimal: ['.'], group: [','] };
}
