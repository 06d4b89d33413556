// Arabic spelling variants that do not change the word: hamza forms of alef, final yeh,
// teh marbuta, Persian yeh and kaf, diacritics (harakat), Quranic marks and tatweel.

const LETTERS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // ک → ك
};

/** Diacritics, superscript alef, Quranic annotation marks and tatweel: dropped. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;

/** The folded form of one Arabic character: itself, another letter, or '' when dropped. */
export function foldArabicChar(char: string): string {
  if (DROPPED.test(char)) return '';
  return LETTERS[char] ?? char;
}

/** True for a character of the Arabic script. */
export function isArabic(char: string): boolean {
  return /\p{Script=Arabic}/u.test(char);
}
