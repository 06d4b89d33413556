import type { LanguageData } from './types.js';

export const en: LanguageData = {
  decimal: ['.'],
  group: [','],
};
