export { fold, originalSpan, prepare, foldKey, normalizeArabic, type Folded, type FoldOptions } from './fold.js';
export { foldDigits, asciiDigit, digitTable } from './digits.js';
export { foldArabicChar, isArabic } from './arabic.js';
export { words, onlySpaceBetween, type Word } from './words.js';
export * from './controls.js';
