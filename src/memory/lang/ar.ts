import type { LanguageData } from './types.js';

// Three month-name sets are current: Egypt and the Gulf (from the French/English names), the
// Levant and Iraq (Syriac names), and the Maghreb (from French).
export const ar: LanguageData = {
  decimal: ['\u066B', '.', ','],
  group: ['\u066C', ',', '\u00A0', '\u202F'],
  months: [
    ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
    ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ],
};
