// Differences that matter more than their edit count: a different number (in figures or in
// words: `deux soldats` found for `trois soldats` is a wrong count), a missing inline
// tag, a capital letter, a punctuation mark. Each costs points off the fuzzy score, so that a
// translator sees the riskier match ranked lower.

import { extractNumbers, langData, type LangData } from '../qa/index.js';
import { numberLexicon } from '../qa/lang/indexes.js';
import { cores } from '../qa/match/words.js';
import { foldKey } from '../qa/text/fold.js';
import { findNumbers } from './numbers.js';
import { normalizeSpacing } from './normalize.js';

/** Points taken off a fuzzy score per kind of difference. */
export const PENALTY_POINTS = {
  numbers: 3,
  tags: 2,
  case: 1,
  punctuation: 1,
} as const;

export type PenaltyKind = keyof typeof PENALTY_POINTS;

const TAG = /<(\/?)\d+(\/?)>/g;

function tagShape(text: string): string {
  // Tag roles in order; numbering may differ between memory and query.
  return Array.from(text.matchAll(TAG), (m) => (m[1] ? 'c' : m[2] ? 's' : 'o')).join('');
}

function plain(text: string): string {
  return normalizeSpacing(text.replace(TAG, ''));
}

function punctuation(text: string, lang: string): string {
  let rest = text;
  for (const n of findNumbers(text, lang).reverse()) rest = rest.slice(0, n.start) + rest.slice(n.end);
  return Array.from(rest.matchAll(/\p{P}/gu), (m) => m[0]).join('');
}

/**
 * Numbers written in words, by value (`trois` and `three` are 3), as the quality checks read
 * them. Not 1: `un`, `une`, `premier` are as often an article or a title (`le Premier ministre`)
 * as a figure.
 */
function wordNumbers(text: string, lang: string): string {
  return extractNumbers(text, lang)
    .filter((n) => n.soft && n.value !== '1')
    .map((n) => n.value)
    .sort()
    .join(' ');
}

const numberWordsOf = new WeakMap<LangData, Set<string>>();

/** Every word of the language's number phrases (`vingt`, `et`, `cents`), folded. */
function numberVocabulary(lang: LangData): Set<string> {
  let vocabulary = numberWordsOf.get(lang);
  if (!vocabulary) {
    vocabulary = new Set([...numberLexicon(lang).words.keys()].flatMap((key) => key.split(' ')));
    numberWordsOf.set(lang, vocabulary);
  }
  return vocabulary;
}

/**
 * Whether a word that one text has and the other lacks may be part of a number in words: only
 * then can their numbers in words differ, and both are read (reading every scored match would
 * cost a tenth of the lookup time).
 */
function mayDifferInNumberWords(a: string, b: string, lang: string): boolean {
  const data = langData(lang);
  const vocabulary = numberVocabulary(data);
  const counts = new Map<string, number>();
  for (const w of words(a)) counts.set(foldKey(w), (counts.get(foldKey(w)) ?? 0) + 1);
  for (const w of words(b)) counts.set(foldKey(w), (counts.get(foldKey(w)) ?? 0) - 1);
  for (const [word, n] of counts) {
    if (n === 0) continue;
    for (const core of cores(word, data)) {
      if (vocabulary.has(core) || (data.numberWords.pluralS && core.endsWith('s') && vocabulary.has(core.slice(0, -1)))) return true;
    }
  }
  return false;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+/gu) ?? [];
}

/** The kinds of difference between a query and a memory source, in a fixed order. */
export function penaltiesFor(query: string, source: string, sourceLang: string): PenaltyKind[] {
  const found: PenaltyKind[] = [];
  const q = plain(query);
  const s = plain(source);
  const qNumbers = findNumbers(q, sourceLang).map((n) => n.value).join(' ');
  const sNumbers = findNumbers(s, sourceLang).map((n) => n.value).join(' ');
  if (
    qNumbers !== sNumbers ||
    (mayDifferInNumberWords(q, s, sourceLang) && wordNumbers(q, sourceLang) !== wordNumbers(s, sourceLang))
  ) {
    found.push('numbers');
  }
  if (tagShape(query) !== tagShape(source)) found.push('tags');
  const sourceWords = new Set(words(s));
  const sourceLower = new Set(words(s).map((w) => w.toLowerCase()));
  if (words(q).some((w) => !sourceWords.has(w) && sourceLower.has(w.toLowerCase()))) found.push('case');
  if (punctuation(q, sourceLang) !== punctuation(s, sourceLang)) found.push('punctuation');
  return found;
}
