import type { LanguageData } from './types.js';

export const fr: LanguageData = {
  decimal: [','],
  group: ['\u202F', '\u00A0', ' ', '.'],
};
