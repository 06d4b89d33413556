// Numbers written in words: `trois`, `three`, `ثلاثة`, `vingt et un`, `quatre-vingt-dix`,
// `خمسة وعشرون`, `deux millions`, ordinals (`premier`, `third`, `الثالث`).

import { numberLexicon, type Lexeme } from '../lang/indexes.js';
import type { LangData } from '../lang/types.js';
import { cores } from '../match/words.js';
import { foldKey } from '../text/fold.js';
import { onlySpaceBetween, type Word } from '../text/words.js';

/** A number phrase: value, and the index range of the words it spans. */
export interface WordNumber {
  value: number;
  ordinal: boolean;
  first: number;
  /** Index after the last word. */
  last: number;
}

interface Found extends Lexeme {
  /** Words consumed. */
  size: number;
  /** The word carried the conjunction clitic (Arabic و). */
  conjoined: boolean;
}

/** Letters a word must keep once a clitic is removed, for number words (`لست` is not ل + ست). */
const MIN_NUMBER_CORE = 3;

/** Per list of words, each word folded as the lexicon's keys are: a phrase is looked up at every word, in several sizes. */
const foldedWords = new WeakMap<readonly Word[], string[]>();

function foldedKeys(ws: readonly Word[]): string[] {
  let keys = foldedWords.get(ws);
  if (!keys) foldedWords.set(ws, (keys = ws.map((w) => foldKey(w.text))));
  return keys;
}

function lookup(lang: LangData, ws: readonly Word[], text: string, i: number): Found | undefined {
  const lexicon = numberLexicon(lang);
  const keys = foldedKeys(ws);
  for (let size = Math.min(lexicon.longest, ws.length - i); size >= 1; size--) {
    const parts = ws.slice(i, i + size);
    if (!parts.every((w, k) => k === 0 || onlySpaceBetween(text, (parts[k - 1] as Word).end, w.start, true))) continue;
    const [head, ...rest] = keys.slice(i, i + size);
    for (const core of cores(head ?? '', lang)) {
      const stripped = core !== head;
      if (stripped && core.length < MIN_NUMBER_CORE && !lang.words.elisions.some((e) => head?.startsWith(e))) continue;
      const candidates = [[core, ...rest].join(' ')];
      if (lang.numberWords.pluralS && candidates[0]?.endsWith('s')) candidates.push((candidates[0] as string).slice(0, -1));
      for (const key of candidates) {
        const lexeme = lexicon.words.get(key);
        if (lexeme) return { ...lexeme, size, conjoined: stripped && (head ?? '').startsWith('و') };
      }
    }
  }
  return undefined;
}

/** Can `next` continue a number whose last additive part was `last`? */
function continues(lang: LangData, last: number, afterMultiplier: boolean, next: Found): boolean {
  if (next.kind === 'multiplier' || next.kind === 'plural-multiplier') return true;
  const v = next.value;
  if (lang.numberWords.unitsBeforeTens) {
    // خمسة وعشرون (5 + 20), ثلاثة عشر (3 + 10), مئة وخمسة (100 + 5).
    if (last >= 1 && last <= 9 && v === 10 && !next.conjoined) return true;
    if (last >= 1 && last <= 9 && v >= 20 && v <= 90 && v % 10 === 0 && next.conjoined) return true;
    // After a multiplier or a round hundred: مئة وخمسة (100 + 5), أربعمئة وستة (400 + 6).
    return (afterMultiplier || last % 100 === 0) && next.conjoined && v < last;
  }
  // vingt-deux, soixante-dix, dix-sept, cent deux: a round part followed by a smaller one.
  return last % 10 === 0 && v < last && (last >= 20 || v < 10);
}

/** The number phrase starting at word `i`, if any. */
export function numberPhraseAt(lang: LangData, ws: readonly Word[], text: string, i: number): WordNumber | undefined {
  const head = lookup(lang, ws, text, i);
  if (!head || head.kind === 'plural-multiplier') return undefined;
  const connectors = numberLexicon(lang).connectors;
  let total = 0;
  let current = 0;
  let last = 0;
  let afterMultiplier = false;
  let ordinal = false;
  const apply = (x: Found): void => {
    if (x.kind === 'multiplier' || x.kind === 'plural-multiplier') {
      if (x.value >= 1000) {
        total += (current || 1) * x.value;
        current = 0;
      } else current = (current || 1) * x.value;
      last = x.value;
      afterMultiplier = true;
    } else {
      current += x.value;
      last = x.value;
      afterMultiplier = false;
      ordinal = ordinal || x.kind === 'ordinal';
    }
  };
  apply(head);
  let j = i + head.size;
  // An ordinal ends a number (`vingt et unième`), except where units come first (`الحادي عشر`).
  while (j < ws.length && !(ordinal && !lang.numberWords.unitsBeforeTens)) {
    let k = j;
    if (!onlySpaceBetween(text, (ws[k - 1] as Word).end, (ws[k] as Word).start, true)) break;
    if (connectors.has(foldedKeys(ws)[k]!) && k + 1 < ws.length) k += 1;
    const next = lookup(lang, ws, text, k);
    if (!next || !continues(lang, last, afterMultiplier, next)) break;
    if (k > j && next.kind !== 'cardinal' && next.kind !== 'ordinal') break;
    apply(next);
    j = k + next.size;
  }
  return { value: total + current, ordinal, first: i, last: j };
}
