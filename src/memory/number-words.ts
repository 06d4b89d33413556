// Numbers written in words, for the memory: read as the quality checks read them (`trois`,
// `three`, `vingt-deux`, `ثلاثة`), and written back in English for an adapted match. Arabic
// number words agree with their noun (gender, dual), so they are read but never rewritten.

import { primaryLanguage } from '../language-tag.js';
import { extractNumbers, langData, type LangData } from '../qa/index.js';
import { numberLexicon } from '../qa/lang/indexes.js';
import { cores } from '../qa/match/words.js';
import { foldKey } from '../qa/text/fold.js';

export interface WordNumberToken {
  start: number;
  end: number;
  text: string;
  /** Integer value as digits (`22`). */
  value: string;
}

/**
 * Numbers in words of a text, by value, 1 left out: `un`, `une`, `one` are as often an article
 * or a pronoun as a figure, `premier` as often a title (`le Premier ministre`).
 */
export function findWordNumbers(text: string, lang: string): Array<WordNumberToken & { ordinal: boolean }> {
  const data = langData(lang);
  const lexicon = numberLexicon(data);
  return extractNumbers(text, lang)
    .filter((n) => n.soft && n.value !== '1')
    .map(({ start, end, text: written, value }) => {
      const last = written.match(/[\p{L}\p{M}]+/gu)?.at(-1) ?? '';
      const ordinal = cores(foldKey(last), data).some((core) => lexicon.words.get(core)?.kind === 'ordinal');
      return { start, end, text: written, value, ordinal };
    });
}

/**
 * `value` written in English words as `like` is (a capital kept): `three`, `twenty-two`; in
 * digits from 100 on. `undefined` for other target languages and for values that are not whole.
 */
export function writeWordNumberLike(value: string, like: WordNumberToken, targetLang: string): string | undefined {
  if (primaryLanguage(targetLang) !== 'en' || !/^\d+$/u.test(value)) return undefined;
  const n = Number(value);
  let words: string;
  if (n >= 100) words = value;
  else {
    const byValue = new Map(Object.entries(langData('en').numberWords.cardinals).map(([word, v]) => [v, word]));
    words = byValue.get(n) ?? `${byValue.get(n - (n % 10))}-${byValue.get(n % 10)}`;
  }
  return /^\p{Lu}/u.test(like.text) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

const vocabularies = new WeakMap<LangData, Set<string>>();

/** Every word of the language's number phrases (`vingt`, `et`, `cents`), folded. */
function numberVocabulary(lang: LangData): Set<string> {
  let vocabulary = vocabularies.get(lang);
  if (!vocabulary) {
    vocabulary = new Set([...numberLexicon(lang).words.keys()].flatMap((key) => key.split(' ')));
    vocabularies.set(lang, vocabulary);
  }
  return vocabulary;
}

const letterRuns = (text: string): string[] => text.match(/[\p{L}\p{M}]+/gu) ?? [];

/**
 * Whether two texts hold different numbers in words (ordinals included). They are read only
 * when a word one has and the other lacks may belong to a number: reading every scored match
 * would cost a tenth of the lookup time.
 */
export function differInWordNumbers(a: string, b: string, lang: string): boolean {
  const data = langData(lang);
  const vocabulary = numberVocabulary(data);
  const counts = new Map<string, number>();
  for (const w of letterRuns(a)) counts.set(foldKey(w), (counts.get(foldKey(w)) ?? 0) + 1);
  for (const w of letterRuns(b)) counts.set(foldKey(w), (counts.get(foldKey(w)) ?? 0) - 1);
  const suspect = [...counts].some(
    ([word, n]) =>
      n !== 0 &&
      cores(word, data).some((core) => vocabulary.has(core) || (data.numberWords.pluralS && core.endsWith('s') && vocabulary.has(core.slice(0, -1)))),
  );
  if (!suspect) return false;
  const values = (text: string): string =>
    findWordNumbers(text, lang)
      .map((n) => n.value)
      .sort()
      .join(' ');
  return values(a) !== values(b);
}
