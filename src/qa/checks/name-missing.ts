/**
 * A proper name of the source that the glossary lacks does not appear in the target.
 *
 * Names are runs of capitalised words that do not start a sentence, and acronyms. A name is
 * carried over when the target has it with the same spelling (inflection and clitics undone),
 * a close spelling (`Daech` / `Daesh`), or the same consonants in another script
 * (`Maalouf` / `معلوف`, `Mossoul` / `الموصل`). Countries are known in every language from
 * Intl.DisplayNames (`Irak` → `Iraq`, `العراق`). Otherwise the name needs a glossary row.
 */

import { distance } from 'fastest-levenshtein';
import { extractNames, type NameToken } from '../extract/names.js';
import { findingOf, quote } from '../finding.js';
import { langData } from '../lang/index.js';
import type { LangData } from '../lang/types.js';
import { demonymRegion, regionCode, regionNames } from '../match/regions.js';
import { sameSkeleton, skeleton } from '../match/skeleton.js';
import { analyseText, analyseWord, findPhrase, isAcronym, type AnalysedText } from '../match/words.js';
import { foldKey, prepare } from '../text/fold.js';
import type { Finding } from '../../types.js';
import type { Check, QaContext, QaPair } from '../types.js';
import { glossaryHits } from './glossary-hits.js';

/** Longest relative spelling distance for two Latin spellings of one name (`mossoul` / `mosul`: 2/7). */
const MAX_SPELLING_DISTANCE = 0.34;

function sameScript(a: LangData, b: LangData): boolean {
  return a.script === b.script;
}

/** Is the name word `word` (written in `from`) in the target? */
function wordCarried(word: string, from: LangData, target: AnalysedText, to: LangData): boolean {
  const pattern = analyseWord(prepare(word).text, 0, 0, from);
  if (isAcronym(pattern.core)) return target.words.some((w) => w.core === pattern.core || w.core.startsWith(`${pattern.core}'`));
  const wanted = foldKey(pattern.core);
  const wantedSkeletons = [...pattern.forms].map((form) => skeleton(form, from));
  return target.words.some((w) => {
    for (const form of pattern.forms) if (w.forms.has(form)) return true;
    if (sameScript(from, to)) {
      const got = foldKey(w.core);
      if (distance(wanted, got) / Math.max(wanted.length, got.length) <= MAX_SPELLING_DISTANCE) return true;
    }
    return [...w.forms].some((form) => {
      const got = skeleton(form, to);
      return wantedSkeletons.some((s) => sameSkeleton(s, got));
    });
  });
}

/** Words that carry a name: not particles, not single letters. */
function significant(name: NameToken, from: LangData): string[] {
  const particles = new Set(from.names.particles.map(foldKey));
  return name.words.filter((w) => !particles.has(foldKey(w)) && w.length > 1);
}

/** The region a name or demonym stands for, and whether the target names it. */
function regionIn(name: NameToken, pair: QaPair, target: AnalysedText): { code: string; found: boolean } | undefined {
  const code = regionCode(name.text, pair.sourceLang) ?? (name.words.length === 1 ? demonymRegion(name.text, pair.sourceLang) : undefined);
  if (!code) return undefined;
  const to = langData(pair.targetLang);
  // Region codes double as the usual acronyms: US, UK, UN, EU.
  if (target.words.some((w) => w.core === code)) return { code, found: true };
  const found = regionNames(code, pair.targetLang).some((n) => {
    const words = analyseText(n, to).words.map((w) => w.core);
    return findPhrase(target, analyseText(n, to).words).length > 0 || words.every((w) => wordCarried(w, to, target, to));
  });
  return { code, found };
}

export const nameMissing: Check = {
  id: 'name-missing',
  severity: 'warning',
  title: 'A proper name of the source (not in the glossary) cannot be found in the target',
  examples: {
    ok: [
      { source: 'a déclaré Lynn Maalouf, directrice de la recherche.', target: 'said Lynn Maalouf, director of research.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'a déclaré Lynn Maalouf, directrice de la recherche.', target: 'قالت لين معلوف، مديرة البحوث.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Les terroristes de Daech à Mossoul.', target: 'Daesh terrorists in Mosul.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'La coalition a frappé l’Irak.', target: 'ضرب التحالف العراق.', sourceLang: 'fr', targetLang: 'ar' },
    ],
    notOk: [
      { source: 'a déclaré Lynn Maalouf, directrice de la recherche.', target: 'said the director of research.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Située sur la rive du Tigre.', target: 'تقع على ضفة النهر.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'La coalition a frappé l’Irak.', target: 'The coalition struck Syria.', sourceLang: 'fr', targetLang: 'en' },
    ],
  },
  run(pair: QaPair, ctx: QaContext): Finding[] {
    const from = langData(pair.sourceLang);
    const to = langData(pair.targetLang);
    const source = analyseText(pair.source, from);
    const target = analyseText(pair.target, to);
    const known = glossaryHits(source, pair.sourceLang, ctx.glossary);
    const findings: Finding[] = [];
    for (const name of extractNames(pair.source, from)) {
      if (known.some((h) => h.start < name.end && name.start < h.end)) continue;
      const span = { side: 'source' as const, start: name.start, end: name.end };
      const country = regionIn(name, pair, target);
      if (country) {
        if (country.found) continue;
        const expected = regionNames(country.code, pair.targetLang).map(quote).join(' or ');
        findings.push(findingOf(nameMissing, pair, `Country ${quote(name.text)} not found in target (expected ${expected})`, span));
        continue;
      }
      const words = significant(name, from);
      if (words.length === 0 || words.every((w) => wordCarried(w, from, target, to))) continue;
      const columns = ctx.glossary?.langs.join(',') ?? 'fr,en,ar';
      findings.push(
        findingOf(nameMissing, pair, `Name ${quote(name.text)} not found in target; if it is translated, add a glossary row (${columns}) for it`, span),
      );
    }
    return findings;
  },
};
