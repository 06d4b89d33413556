/**
 * The target is the source, unchanged.
 *
 * Segments made only of numbers, codes, acronyms, names (every word capitalised, at least
 * two words) or glossary terms whose translation is the same are expected to be copied and
 * are not reported. A single capitalised word is reported: `Mossoul` is `Mosul` in English.
 */

import { findingOf } from '../finding.js';
import { langData } from '../lang/index.js';
import { analyseText, isAcronym } from '../match/words.js';
import { fold } from '../text/fold.js';
import type { Finding } from '../../types.js';
import type { Check, QaContext, QaPair } from '../types.js';
import { containsTerm, glossaryHits } from './glossary-hits.js';

function normalised(text: string): string {
  return fold(text, { invisible: true }).text.replace(/\s+/gu, ' ').trim();
}

/** Words a translator would translate (not numbers, codes, acronyms or single letters). */
function translatableWords(text: string, sourceLang: string): string[] {
  const analysed = analyseText(text, langData(sourceLang));
  return analysed.words.map((w) => w.core).filter((w) => w.length > 1 && !/\d/u.test(w) && !isAcronym(w));
}

export const sameAsSource: Check = {
  id: 'same-as-source',
  severity: 'warning',
  title: 'The target is identical to the source',
  examples: {
    ok: [
      { source: 'Amnesty International', target: 'Amnesty International', sourceLang: 'fr', targetLang: 'en', note: 'a name' },
      { source: '426', target: '426', sourceLang: 'fr', targetLang: 'en' },
      { source: 'AI (2017)', target: 'AI (2017)', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Les civils', target: 'Civilians', sourceLang: 'fr', targetLang: 'en' },
    ],
    notOk: [
      { source: 'Des milliers de civils ont été victimes.', target: 'Des milliers de civils ont été victimes.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Mossoul', target: 'Mossoul', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Des civils', target: ' Des  civils ', sourceLang: 'fr', targetLang: 'ar' },
    ],
  },
  run(pair: QaPair, ctx: QaContext): Finding[] {
    if (pair.sourceLang === pair.targetLang) return [];
    const text = normalised(pair.source);
    if (text === '' || text !== normalised(pair.target)) return [];
    const words = translatableWords(pair.source, pair.sourceLang);
    if (words.length === 0) return [];
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) return [];
    // A glossary term that the glossary keeps as is (`Amnesty International`).
    if (ctx.glossary) {
      const source = analyseText(pair.source, langData(pair.sourceLang));
      const target = analyseText(pair.target, langData(pair.targetLang));
      const hits = glossaryHits(source, pair.sourceLang, ctx.glossary);
      const kept = hits.filter((h) => containsTerm(target, pair.targetLang, h.entry.terms[pair.targetLang] ?? [], ctx.glossary!));
      const covered = (w: { start: number; end: number }): boolean => kept.some((h) => h.start <= w.start && w.end <= h.end);
      const spans = source.words.map((w) => ({ start: source.folded.starts[w.start] ?? 0, end: source.folded.ends[w.end - 1] ?? 0 }));
      if (spans.every(covered)) return [];
    }
    return [findingOf(sameAsSource, pair, 'Target is identical to the source: not translated?', { side: 'target', start: 0, end: pair.target.length })];
  },
};
