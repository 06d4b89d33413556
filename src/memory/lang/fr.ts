import type { LanguageData } from './types.js';

export const fr: LanguageData = {
  decimal: [','],
  group: ['\u202F', '\u00A0', ' ', '.'],
  ordinalSuffix: (value, written) => {
    const w = written.toLowerCase();
    const plural = w.endsWith('s') ? 's' : '';
    // `1er` or `1re`: only the suffix it had tells the gender.
    if (value === 1) return /^(?:er|re|ère)s?$/u.test(w) ? written : undefined;
    if (value === 2 && /^nde?s?$/u.test(w)) return written;
    // `1ère` and `3ème` are one style, `1re` and `3e` the other.
    return (/^(?:ère|ème)s?$/u.test(w) ? 'ème' : /^emes?$/u.test(w) ? 'eme' : 'e') + plural;
  },
};
