// Where glossary terms occur in a text, shared by term-mismatch and name-missing.

import type { Glossary, GlossaryEntry } from '../glossary/types.js';
import { langData } from '../lang/index.js';
import { analyseText, findPhrase, type AnalysedText, type AnalysedWord } from '../match/words.js';
import { originalSpan } from '../text/fold.js';

/** An occurrence of a glossary term. */
export interface TermHit {
  entry: GlossaryEntry;
  /** The variant found, as written in the glossary. */
  variant: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

const patternCache = new WeakMap<Glossary, Map<string, Map<string, AnalysedWord[]>>>();

/** A glossary variant analysed as a phrase of `lang` (cached per glossary). */
export function termPattern(glossary: Glossary, lang: string, variant: string): AnalysedWord[] {
  let byLang = patternCache.get(glossary);
  if (!byLang) patternCache.set(glossary, (byLang = new Map()));
  let byVariant = byLang.get(lang);
  if (!byVariant) byLang.set(lang, (byVariant = new Map()));
  let pattern = byVariant.get(variant);
  if (!pattern) byVariant.set(variant, (pattern = analyseText(variant, langData(lang)).words));
  return pattern;
}

/** Occurrences of every glossary term of `lang` in `text`; a term inside a longer term's occurrence is left out. */
export function glossaryHits(text: AnalysedText, lang: string, glossary: Glossary | null): TermHit[] {
  if (!glossary) return [];
  const hits: TermHit[] = [];
  for (const entry of glossary.entries) {
    for (const variant of entry.terms[lang] ?? []) {
      for (const at of findPhrase(text, termPattern(glossary, lang, variant))) {
        const span = originalSpan(text.folded, at.start, at.end);
        hits.push({ entry, variant, start: span.start, end: span.end });
      }
    }
  }
  // Longest match: `armée irakienne` hides `irakienne` of another row.
  return hits.filter(
    (h) => !hits.some((o) => o.entry !== h.entry && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

/** Does `text` contain one of `variants` of `lang`? */
export function containsTerm(text: AnalysedText, lang: string, variants: readonly string[], glossary: Glossary): boolean {
  return variants.some((v) => findPhrase(text, termPattern(glossary, lang, v)).length > 0);
}
