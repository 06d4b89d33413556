// Words analysed for matching terms and names: every spelling a word may stand for once
// elision (`d'Amnesty`), clitics (`والعراق`) and inflection (`irakiennes`, `Iraqis'`) are undone.

import { foldKey, prepare, type Folded } from '../text/fold.js';
import { words } from '../text/words.js';
import type { LangData } from '../lang/types.js';

/** A word of a text with the forms it may stand for. */
export interface AnalysedWord {
  /** As written (diacritics folded, case kept). */
  surface: string;
  /** Without elided article or clitic prefix, case kept: `Amnesty` for `d'Amnesty`. */
  core: string;
  /** Lower-case candidate forms: the word, without elision/clitics, and their uninflected forms. */
  forms: ReadonlySet<string>;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** What separates it from the previous word (`''` for the first). */
  gap: string;
}

/** A text analysed into words, with the folded text they index. */
export interface AnalysedText {
  folded: Folded;
  words: AnalysedWord[];
}

const inflectionCache = new WeakMap<LangData, Array<Array<[RegExp, string]>>>();

function inflectionSteps(lang: LangData): Array<Array<[RegExp, string]>> {
  let steps = inflectionCache.get(lang);
  if (!steps) {
    steps = lang.words.inflection.map((step) => step.map(([p, r]) => [new RegExp(p, 'u'), r] as [RegExp, string]));
    inflectionCache.set(lang, steps);
  }
  return steps;
}

/** `word` (lower case) with inflection undone: `irakiennes` → `irakien`, `iraqis` → `iraqi`. */
export function uninflect(word: string, lang: LangData): string {
  let out = word;
  for (const step of inflectionSteps(lang)) {
    for (const [re, replacement] of step) {
      if (re.test(out)) {
        out = out.replace(re, replacement);
        break;
      }
    }
  }
  return out;
}

/** Elided or clitic-free cores of a word (case kept), longest prefix first, the word itself last. */
export function cores(word: string, lang: LangData): string[] {
  const lower = word.toLowerCase();
  const out: string[] = [];
  for (const elision of lang.words.elisions) {
    if (lower.startsWith(elision) && lower.length > elision.length) out.push(word.slice(elision.length));
  }
  for (const prefix of lang.words.prefixes) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= lang.words.minCore) out.push(word.slice(prefix.length));
  }
  out.push(word);
  return out;
}

/** Analyse one word (`surface` is a word of a prepared text). */
export function analyseWord(surface: string, start: number, end: number, lang: LangData, gap = ''): AnalysedWord {
  const candidates = cores(surface, lang);
  const forms = new Set<string>();
  for (const c of candidates) {
    const lower = foldKey(c);
    forms.add(lower);
    forms.add(uninflect(lower, lang));
  }
  const elided = lang.words.elisions.find((e) => surface.toLowerCase().startsWith(e) && surface.length > e.length);
  const core = elided ? surface.slice(elided.length) : surface;
  return { surface, core, forms, start, end, gap };
}

/** Analyse a text. */
export function analyseText(text: string, lang: LangData): AnalysedText {
  const folded = prepare(text);
  const ws = words(folded.text);
  return {
    folded,
    words: ws.map((w, i) => analyseWord(w.text, w.start, w.end, lang, i === 0 ? '' : folded.text.slice((ws[i - 1] as { end: number }).end, w.start))),
  };
}

const ALL_CAPS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u;

/** True when `core` is an acronym: at least two capitals and no lower-case letter (`AI`, `ONU`). */
export function isAcronym(core: string): boolean {
  return ALL_CAPS.test(core);
}

/** Does text word `t` stand for pattern word `p` (a word of a glossary term)? */
export function wordMatches(p: AnalysedWord, t: AnalysedWord): boolean {
  let shared = false;
  for (const form of p.forms) if (t.forms.has(form)) shared = true;
  if (!shared) return false;
  // Acronyms are matched with their case (`AI` is not the French verb `ai`), names with
  // their capital (`Tigre`, not `tigre`); lower-case glossary words match any case.
  if (isAcronym(p.core)) return t.core === p.core || t.core === `${p.core}'s` || t.core === `${p.core}s`;
  if (/^\p{Lu}/u.test(p.core)) return !/^\p{Ll}/u.test(t.core);
  return true;
}

const SPACE_LIKE = /^[\s\-‐‑]*$/u;

/** Words of a phrase are separated alike: by spaces or hyphens (`Moyen-Orient` = `Moyen Orient`), or by the same signs (`U.S.`). */
function sameGap(pattern: string, text: string): boolean {
  if (SPACE_LIKE.test(text)) return SPACE_LIKE.test(pattern);
  return pattern.replace(/\s+/gu, '') === text.replace(/\s+/gu, '');
}

/** Where the phrase `pattern` occurs in `text` (consecutive words, only spaces or hyphens between), as folded offsets. */
export function findPhrase(text: AnalysedText, pattern: readonly AnalysedWord[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (pattern.length === 0) return out;
  const ws = text.words;
  for (let i = 0; i + pattern.length <= ws.length; i++) {
    let ok = true;
    for (let k = 0; k < pattern.length && ok; k++) {
      const w = ws[i + k] as AnalysedWord;
      ok = wordMatches(pattern[k] as AnalysedWord, w);
      if (ok && k > 0) ok = sameGap((pattern[k] as AnalysedWord).gap, w.gap);
    }
    if (ok) {
      const first = ws[i] as AnalysedWord;
      // Point at `AI` in `d'AI`, not at the elided article.
      out.push({ start: first.start + first.surface.length - first.core.length, end: (ws[i + pattern.length - 1] as AnalysedWord).end });
    }
  }
  return out;
}
