// Per-language data for adapting matches (number separators, month names).
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { LanguageData } from './types.js';

export type { LanguageData } from './types.js';

const BY_LANGUAGE: Record<string, LanguageData> = { ar, en, fr };

/** Data for a language tag (`fr-CA` → `fr`); languages without data get neutral defaults. */
export function languageData(lang: string): LanguageData {
  return BY_LANGUAGE[lang.toLowerCase().split(/[-_]/)[0]!] ?? { decimal: ['.'], group: [','], months: [] };
}
