import type { LanguageData } from './types.js';

export const ar: LanguageData = {
  decimal: ['\u066B', '.', ','],
  group: ['\u066C', ',', '\u00A0', '\u202F'],
};
