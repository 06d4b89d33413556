// Numbers written in words, for the memory: read as the quality checks read them (`trois`,
// `three`, `vingt-deux`, `ثلاثة`), and written back in English for an adapted match. Arabic
// number words agree with their noun (gender, dual), so they are read but never rewritten.

import { primaryLanguage } from '../language-tag.js';
import { extractNumbers, langData, type LangData, type NumberToken as QaNumberToken } from '../qa/index.js';
import { numberLexicon } from '../qa/lang/indexes.js';
import { cores } from '../qa/match/words.js';
import { foldKey } from '../qa/text/fold.js';
import { ordinalSuffixFor } from './ordinals.js';

const vocabularies = new WeakMap<LangData, Set<string>>();

/**
 * The words of the language's number phrases (`vingt`, `cents`, `ثلاثة`), folded, but not the
 * words for 1 (`un`, `premier`): a phrase for any other value holds another word too.
 */
function numberVocabulary(lang: LangData): Set<string> {
  let vocabulary = vocabularies.get(lang);
  if (!vocabulary) {
    const lexicon = numberLexicon(lang).words;
    vocabulary = new Set([...lexicon.keys()].flatMap((key) => key.split(' ')).filter((word) => lexicon.get(word)?.value !== 1));
    vocabularies.set(lang, vocabulary);
  }
  return vocabulary;
}

const letterRuns = (text: string): string[] => text.match(/[\p{L}\p{M}]+/gu) ?? [];

/** Whether a folded word, clitics aside, may belong to a number phrase (`vingt`, `cents`). */
function isNumberWord(word: string, lang: LangData): boolean {
  const vocabulary = numberVocabulary(lang);
  return cores(word, lang).some((core) => vocabulary.has(core) || (lang.numberWords.pluralS && core.endsWith('s') && vocabulary.has(core.slice(0, -1))));
}

export interface WordNumberToken {
  start: number;
  end: number;
  text: string;
  /** Integer value as digits (`22`). */
  value: string;
}

/**
 * Numbers in words of a text, by value, 1 left out unless `ones`: `un`, `une`, `one` are as
 * often an article or a pronoun as a figure, `premier` as often a title (`le Premier ministre`).
 * `read` is the text as the checks read it (`extractNumbers`), when the caller has it already.
 */
export function findWordNumbers(
  text: string,
  lang: string,
  { ones = false, read }: { ones?: boolean; read?: readonly QaNumberToken[] } = {},
): Array<WordNumberToken & { ordinal: boolean }> {
  const data = langData(lang);
  // Most texts have no number word: a look at their words spares reading them as the checks do.
  if (!ones && !letterRuns(text).some((w) => isNumberWord(foldKey(w), data))) return [];
  const lexicon = numberLexicon(data);
  return (read ?? extractNumbers(text, lang))
    .filter((n) => n.soft && (ones || n.value !== '1'))
    .map(({ start, end, text: written, value }) => {
      const last = written.match(/[\p{L}\p{M}]+/gu)?.at(-1) ?? '';
      const ordinal = cores(foldKey(last), data).some((core) => lexicon.words.get(core)?.kind === 'ordinal');
      return { start, end, text: written, value, ordinal };
    });
}

/** `words` with an initial capital when `like` has one (`Three` for `Two`). */
function capitalLike(words: string, like: WordNumberToken): string {
  return /^\p{Lu}/u.test(like.text) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/** English cardinal words by value: `three`, `twenty` (the compounds are written from them). */
const ENGLISH_CARDINALS = new Map(Object.entries(langData('en').numberWords.cardinals).map(([word, v]) => [v, word]));

/**
 * `value` written in English words as `like` is (a capital kept): `three`, `twenty-two`; in
 * digits from 100 on. `undefined` for other target languages and for values that are not whole.
 */
export function writeWordNumberLike(value: string, like: WordNumberToken, targetLang: string): string | undefined {
  if (primaryLanguage(targetLang) !== 'en' || !/^\d+$/u.test(value)) return undefined;
  const n = Number(value);
  const words = n >= 100 ? value : (ENGLISH_CARDINALS.get(n) ?? `${ENGLISH_CARDINALS.get(n - (n % 10))}-${ENGLISH_CARDINALS.get(n % 10)}`);
  return capitalLike(words, like);
}

/** English ordinal words by value: `third`, `twentieth` (the compounds end in one of them). */
const ENGLISH_ORDINALS = new Map(Object.entries(langData('en').numberWords.ordinals).map(([word, v]) => [v, word]));

/**
 * `value` as an English ordinal in words, as `like` is (a capital kept): `fourth`,
 * `twenty-first`; in digits with their suffix from 100 on (`101st`). `undefined` for other
 * target languages: Arabic ordinals agree with their noun, as its cardinals do.
 */
export function writeOrdinalWordLike(value: string, like: WordNumberToken, targetLang: string): string | undefined {
  if (primaryLanguage(targetLang) !== 'en' || !/^\d+$/u.test(value) || value === '0') return undefined;
  const n = Number(value);
  const tens = n - (n % 10);
  const words =
    n >= 100
      ? `${value}${ordinalSuffixFor(value, 'th', 'en')!}`
      : (ENGLISH_ORDINALS.get(n) ?? `${ENGLISH_CARDINALS.get(tens)}-${ENGLISH_ORDINALS.get(n % 10)}`);
  return capitalLike(words, like);
}

/**
 * Whether two texts hold different numbers in words (ordinals included). They are read only
 * when a word one has and the other lacks may belong to a number: reading every scored match
 * would cost a tenth of the lookup time.
 */
export function differInWordNumbers(a: string, b: string, lang: string): boolean {
  const data = langData(lang);
  const counts = new Map<string, number>();
  const tally = (text: string, by: number): void => {
    for (const w of letterRuns(text)) {
      const key = foldKey(w);
      counts.set(key, (counts.get(key) ?? 0) + by);
    }
  };
  tally(a, 1);
  tally(b, -1);
  if (![...counts].some(([word, n]) => n !== 0 && isNumberWord(word, data))) return false;
  const values = (text: string): string =>
    findWordNumbers(text, lang)
      .map((n) => n.value)
      .sort()
      .join(' ');
  return values(a) !== values(b);
}
