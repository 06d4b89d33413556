// The glossary terms of a French sentence, with their allowed translations, found the way the
// term-mismatch check finds them (elision, inflection, longest match), so that the page shows
// exactly the terms the check will hold the translation to.

import type { Glossary } from '../qa/index.js';
import { langData } from '../qa/index.js';
import { containsTerm, glossaryHits } from '../qa/checks/glossary-hits.js';
import { analyseText } from '../qa/match/words.js';
import type { TermView } from './api-types.js';

export interface TermsInput {
  source: string;
  sourceLang: string;
  targetLang: string;
  /** When given (and not blank), each term tells whether the translation already holds it. */
  target?: string;
}

/** One entry per glossary row found in the sentence (first occurrence), in sentence order. */
export function sentenceTerms(input: TermsInput, glossary: Glossary): TermView[] {
  const hits = glossaryHits(analyseText(input.source, langData(input.sourceLang)), input.sourceLang, glossary)
    .sort((a, b) => a.start - b.start);
  // An empty translation is work to do, not a missing term.
  const target = input.target?.trim() ? analyseText(input.target, langData(input.targetLang)) : undefined;
  const seen = new Set<object>();
  const terms: TermView[] = [];
  for (const hit of hits) {
    if (seen.has(hit.entry)) continue;
    seen.add(hit.entry);
    const targets = [...(hit.entry.terms[input.targetLang] ?? [])];
    const term: TermView = {
      start: hit.start,
      end: hit.end,
      text: input.source.slice(hit.start, hit.end),
      targets,
      note: hit.entry.note,
      line: hit.entry.line,
    };
    if (target && targets.length) term.found = containsTerm(target, input.targetLang, targets, glossary);
    terms.push(term);
  }
  return terms;
}
