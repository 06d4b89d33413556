// Per-language data for adapting matches: number separators here, month and weekday names from Intl.
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { langData } from '../../qa/lang/index.js';
import type { LanguageData } from './types.js';
import { primaryLanguage } from '../../language-tag.js';

export type { LanguageData } from './types.js';

const monthCache = new Map<string, string[][]>();

/**
 * Month names of a language: one set of twelve (January first) per locale whose names the
 * language uses, from Intl. The locales are the quality checks' (`ar`: Egyptian, Levantine,
 * Maghreb), so that adaptation and `date-mismatch` know the same months.
 */
export function monthSets(lang: string): string[][] {
  const code = primaryLanguage(lang);
  let sets = monthCache.get(code);
  if (!sets) {
    const seen = new Set<string>();
    sets = [];
    for (const locale of langData(code).dates.monthLocales) {
      const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      const names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2017, m, 15)).toLowerCase());
      if (seen.has(names.join('|'))) continue;
      seen.add(names.join('|'));
      sets.push(names);
    }
    monthCache.set(code, sets);
  }
  return sets;
}

const weekdayCache = new Map<string, string[][]>();

/**
 * Weekday names of a language (Sunday first), from Intl in the same locales as the months, and
 * the spellings Intl does not give (Arabic `الإثنين` beside `الاثنين`).
 */
export function weekdaySets(lang: string): string[][] {
  const code = primaryLanguage(lang);
  let sets = weekdayCache.get(code);
  if (!sets) {
    const seen = new Set<string>();
    sets = [];
    const add = (names: string[]): void => {
      if (seen.has(names.join('|'))) return;
      seen.add(names.join('|'));
      sets!.push(names);
    };
    for (const locale of langData(code).dates.monthLocales) {
      const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      add(Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2017, 0, 1 + d)).toLowerCase()));
    }
    for (const names of [...sets]) add(names.map((name) => name.replace(/^الاثنين$/u, 'الإثنين')));
    weekdayCache.set(code, sets);
  }
  return sets;
}

const BY_LANGUAGE: Record<string, LanguageData> = { ar, en, fr };

/** Data for a language tag (`fr-CA` → `fr`); languages without data get neutral defaults. */
export function languageData(lang: string): LanguageData {
  return BY_LANGUAGE[primaryLanguage(lang)] ?? { decimal: ['.'], group: [','] };
}
