import type { LanguageData } from './types.js';

export const en: LanguageData = {
  decimal: ['.'],
  group: [','],
  months: [
    ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ],
};
