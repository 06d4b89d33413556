// The text that fuzzy matching compares: what a translator would call "the same words".
// Inline tags are dropped (tag differences are a penalty, not an edit), case is folded (a case
// difference is a penalty), every run of whitespace becomes one space, invisible format
// characters (bidi marks, soft hyphens, zero-width spaces) go, and typographic apostrophes
// become `'`. Unicode NFC, so that a precomposed `é` and `e` + combining acute are equal.

import { INVISIBLE as INVISIBLE_CHARACTER } from '../qa/text/controls.js';

const TAGS = /<\/?\d+\/?>/g;
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
const SPACE = /[\s\u00A0\u202F\u2007\u2009]/;
const SPACES = new RegExp(`${SPACE.source}+`, 'g');
const APOSTROPHE = /[\u2019\u02BC\u2018]/;
const APOSTROPHES = new RegExp(APOSTROPHE.source, 'g');

/** Whitespace and invisible characters normalized, nothing else: two texts equal here are an exact match. */
export function normalizeSpacing(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

// Text that every step but case folding leaves as it is: visible ASCII and Latin-1 letters and
// signs (precomposed, so already NFC; no tag, no-break space or soft hyphen), single spaces inside.
const PLAIN = /^[!-;=-~\u00A1-\u00AC\u00AE-\u00FF]+(?: [!-;=-~\u00A1-\u00AC\u00AE-\u00FF]+)*$/;

/** The matching form of a segment (see the module comment). */
export function normalizeForMatching(text: string): string {
  // Most sources of a memory are plain: one test instead of five passes over the text.
  if (PLAIN.test(text)) return text.toLowerCase();
  return normalizeSpacing(text.replace(TAGS, '')).replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * The matching form of a text as written, with where each of its code units comes from: unit i
 * stands for `written.slice(from[i], to[i])` (a run of spaces, an apostrophe, a letter before its
 * case was folded). `text` equals normalizeForMatching(written) for a text in NFC, except where an
 * inline tag splits a letter from its combining mark.
 */
export interface MatchingForm {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

export function matchingForm(written: string): MatchingForm {
  // The kept characters, each with its span in `written`; tags and invisible characters go,
  // spaces merge into the run before them.
  const kept: string[] = [];
  const spans: number[] = [];
  const tag = new RegExp(TAGS.source, 'y');
  for (let at = 0; at < written.length; ) {
    tag.lastIndex = at;
    if (tag.test(written)) {
      at = tag.lastIndex;
      continue;
    }
    const char = String.fromCodePoint(written.codePointAt(at)!);
    const end = at + char.length;
    if (SPACE.test(char)) {
      if (kept[kept.length - 1] === ' ') spans[spans.length - 1] = end;
      else kept.push(' '), spans.push(at, end);
    } else if (!INVISIBLE_CHARACTER.test(char)) {
      kept.push(APOSTROPHE.test(char) ? "'" : char);
      spans.push(at, end);
    }
    at = end;
  }
  let first = 0;
  let last = kept.length;
  if (kept[0] === ' ') first++;
  if (last > first && kept[last - 1] === ' ') last--;
  const chars = kept.slice(first, last);
  const joined = chars.join('');
  const whole = joined.toLowerCase();
  // Folding the whole text, not character by character, keeps the final sigma; where a character
  // grows (İ becomes i and a dot), each one's folded length places the units.
  const sizes = whole.length === joined.length ? chars.map((c) => c.length) : chars.map((c) => c.toLowerCase().length);
  // Should a context-dependent fold change a length, the characters folded one by one still add up.
  const text = sizes.reduce((sum, n) => sum + n, 0) === whole.length ? whole : chars.map((c) => c.toLowerCase()).join('');
  const from: number[] = [];
  const to: number[] = [];
  sizes.forEach((units, i) => {
    for (let u = 0; u < units; u++) from.push(spans[2 * (first + i)]!), to.push(spans[2 * (first + i) + 1]!);
  });
  return { text, from: Int32Array.from(from), to: Int32Array.from(to) };
}
