// Text normalised for comparison, with a map back to the original offsets, so that every
// finding can point at the text the translator wrote (tags and bidi marks included).

import { foldArabicChar } from './arabic.js';
import { INVISIBLE } from './controls.js';
import { asciiDigit } from './digits.js';

export interface FoldOptions {
  /** Drop inline tags `<1>`, `</1>`; a standalone `<2/>` becomes a space. */
  tags?: boolean;
  /** Drop bidi marks and controls, zero-width characters and soft hyphens. */
  invisible?: boolean;
  /** Write every decimal digit in ASCII. */
  digits?: boolean;
  /** Fold Arabic spelling variants (see `arabic.ts`). */
  arabic?: boolean;
  /** Drop Latin diacritics (`é` → `e`), expand `œ`, `æ`, unify apostrophes. */
  latin?: boolean;
  /** Lower-case. */
  lower?: boolean;
}

/** A folded text: `text[i]` comes from `original.slice(starts[i], ends[i])`. */
export interface Folded {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly original: string;
}

const TAG = /<\/?\d+>|<\d+\/>/y;
const LATIN_EXTRA: Readonly<Record<string, string>> = { 'œ': 'oe', 'Œ': 'OE', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss' };
const APOSTROPHES = /['’ʼ‘`´]/u;

/** Per combination of options (a bit each), what foldChar made of each character met so far. */
const folded = new Map<number, Map<string, string>>();

function optionBits(options: FoldOptions): number {
  return (options.digits ? 1 : 0) | (options.arabic ? 2 : 0) | (options.latin ? 4 : 0) | (options.lower ? 8 : 0);
}

/** foldChar, remembered: its regular expressions and NFD cost microseconds a character, and a text repeats few characters. */
function foldCharOnce(char: string, options: FoldOptions, bits: number): string {
  let known = folded.get(bits);
  if (!known) folded.set(bits, (known = new Map()));
  let out = known.get(char);
  if (out === undefined) known.set(char, (out = foldChar(char, options)));
  return out;
}

function foldChar(char: string, options: FoldOptions): string {
  let out = char;
  if (options.digits) out = asciiDigit(out) ?? out;
  if (options.arabic) out = foldArabicChar(out);
  if (options.latin && out) {
    if (APOSTROPHES.test(out)) out = "'";
    else out = LATIN_EXTRA[out] ?? out.normalize('NFD').replace(/\p{M}/gu, '');
  }
  if (options.lower) out = out.toLowerCase();
  return out;
}

/** Fold `text` for comparison, keeping offsets into the original. */
export function fold(text: string, options: FoldOptions): Folded {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, start: number, end: number): void => {
    out += s;
    for (let k = 0; k < s.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  const bits = optionBits(options);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // ASCII but `<` (a tag) and the backtick (an apostrophe): itself, or its lower case.
    if (code < 0x80 && code !== 0x3c && code !== 0x60) {
      emit(options.lower && code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[i]!, i, i + 1);
      i++;
      continue;
    }
    if (options.tags && code === 0x3c) {
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (tag) {
        if (tag[0].endsWith('/>')) emit(' ', i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    const cp = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(cp);
    const next = i + char.length;
    if (options.invisible && INVISIBLE.test(char)) {
      i = next;
      continue;
    }
    emit(foldCharOnce(char, options, bits), i, next);
    i = next;
  }
  return { text: out, starts, ends, original: text };
}

/** Original offsets of the folded range `[start, end)`. */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (folded.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(start, folded.text.length - 1);
  const e = Math.max(s, Math.min(end, folded.text.length) - 1);
  return { start: folded.starts[s] ?? 0, end: folded.ends[e] ?? folded.original.length };
}

/**
 * Text prepared for every check: no tags, no invisible characters, ASCII digits, Arabic
 * spelling variants and Latin diacritics folded, apostrophes unified. Case is kept.
 */
export function prepare(text: string): Folded {
  return fold(text, { tags: true, invisible: true, digits: true, arabic: true, latin: true });
}

/** A word or phrase of language data folded like `prepare` plus lower case, hyphens as spaces. */
export function foldKey(text: string): string {
  return fold(text, { invisible: true, digits: true, arabic: true, latin: true, lower: true })
    .text.replace(/[-‐‑]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Arabic text with spelling variants folded: hamza forms of alef → ا, ى → ي, ة → ه, no diacritics, no tatweel, no bidi marks. */
export function normalizeArabic(text: string): string {
  return fold(text, { invisible: true, arabic: true }).text;
}
