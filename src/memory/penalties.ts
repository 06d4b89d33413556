// Differences that matter more than their edit count: a different number (in figures or in
// words: `deux soldats` found for `trois soldats` is a wrong count), a missing inline
// tag, a capital letter, a punctuation mark. Each costs points off the fuzzy score, so that a
// translator sees the riskier match ranked lower.

import { differInWordNumbers } from './number-words.js';
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
  if (qNumbers !== sNumbers || differInWordNumbers(q, s, sourceLang)) found.push('numbers');
  if (tagShape(query) !== tagShape(source)) found.push('tags');
  const sourceWords = new Set(words(s));
  const sourceLower = new Set(words(s).map((w) => w.toLowerCase()));
  if (words(q).some((w) => !sourceWords.has(w) && sourceLower.has(w.toLowerCase()))) found.push('case');
  if (punctuation(q, sourceLang) !== punctuation(s, sourceLang)) found.push('punctuation');
  return found;
}
