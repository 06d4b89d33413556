// Proper names in running text: runs of capitalised words that do not owe their capital to
// the start of a sentence (`Lynn Maalouf`, `Moyen-Orient`, `Daech`), and acronyms (`AI`).

import { langData } from '../lang/index.js';
import { monthLexicon } from '../lang/indexes.js';
import type { LangData } from '../lang/types.js';
import { isAcronym } from '../match/words.js';
import { foldKey, originalSpan, prepare } from '../text/fold.js';
import { words, type Word } from '../text/words.js';

/** A name found in a text. */
export interface NameToken {
  /** The name as written in the original text. */
  text: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Its words without elided articles (`Amnesty` for `d'Amnesty`), as written. */
  words: string[];
  acronym: boolean;
}

/** Characters after which a capital is a sentence's (or a quotation's) own. */
const SENTENCE_START = /[.!?…:«"“„(\[—–]\s*$/u;
const ROMAN_ORDINAL = /^[IVXLCDM]+(?:e|er|re|ème|eme)?$/u;

function coreOf(word: string, lang: LangData): string {
  const lower = word.toLowerCase();
  const elision = lang.words.elisions.find((e) => lower.startsWith(e) && lower.length > e.length);
  return elision ? word.slice(elision.length) : word;
}

/** Proper names in `text` written in `lang`, in order. */
export function extractNames(text: string, lang: string | LangData): NameToken[] {
  const data = typeof lang === 'string' ? langData(lang) : lang;
  const folded = prepare(text);
  const f = folded.text;
  const ws = words(f);
  const stop = new Set(data.names.stopwords.map(foldKey));
  const particles = new Set(data.names.particles.map(foldKey));
  const common = new Set(data.names.commonCapitalized.map(foldKey));
  const months = monthLexicon(data).names;
  const capitalised = (w: Word): boolean => {
    const core = coreOf(w.text, data);
    return /^\p{Lu}/u.test(core) && !/\d/u.test(core) && !ROMAN_ORDINAL.test(core) && !months.has(foldKey(core));
  };
  const abbreviations = data.names.abbreviations.map((a) => a.toLowerCase());
  const afterAbbreviation = (before: string): boolean => {
    const last = /(\S+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    return abbreviations.includes(last) || abbreviations.includes(last.replace(/\.$/u, ''));
  };
  const initial = (w: Word): boolean => {
    const before = f.slice(0, w.start);
    return /^\s*$/u.test(before) || (SENTENCE_START.test(before) && !afterAbbreviation(before));
  };
  const joined = (a: Word, b: Word): boolean => /^[\s\-‐‑]*$/u.test(f.slice(a.end, b.start)) && !/\s{2,}/u.test(f.slice(a.end, b.start));

  const out: NameToken[] = [];
  let i = 0;
  while (i < ws.length) {
    const first = ws[i] as Word;
    if (!capitalised(first)) {
      i++;
      continue;
    }
    // Extend over capitalised words and inner particles (`Abou Bakr al-Baghdadi`).
    let j = i + 1;
    let lastCap = i;
    while (j < ws.length && joined(ws[j - 1] as Word, ws[j] as Word)) {
      const w = ws[j] as Word;
      if (capitalised(w)) lastCap = j;
      else if (!particles.has(foldKey(w.text))) break;
      j++;
    }
    let run = ws.slice(i, lastCap + 1);
    const sentenceInitial = initial(first);
    // A capitalised article or adverb at the start of a sentence is not part of the name.
    while (run.length && sentenceInitial && stop.has(foldKey(coreOf((run[0] as Word).text, data)))) {
      run = run.slice(1);
      if (run.length && !capitalised(run[0] as Word)) run = [];
    }
    i = lastCap + 1;
    if (run.length === 0) continue;
    const cores = run.map((w) => coreOf(w.text, data));
    const acronym = cores.some(isAcronym);
    const startsRun = run[0] === first;
    const kept = acronym || cores.length >= 2 || !(startsRun && sentenceInitial);
    if (!kept) continue;
    if (cores.every((c) => common.has(foldKey(c)) || particles.has(foldKey(c)))) continue;
    if (cores.length === 1 && (cores[0] as string).length < 2) continue;
    const firstWord = run[0] as Word;
    const lastWord = run[run.length - 1] as Word;
    const elided = firstWord.text.length - (cores[0] as string).length;
    const span = originalSpan(folded, firstWord.start + elided, lastWord.end);
    out.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, words: cores, acronym });
  }
  return out;
}
