import type { LanguageData } from './types.js';

const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export const en: LanguageData = {
  decimal: ['.'],
  group: [','],
  ordinalSuffix: (value, written) => {
    const suffix = SUFFIXES[ordinals.select(value)]!;
    return written === written.toUpperCase() ? suffix.toUpperCase() : suffix;
  },
};
