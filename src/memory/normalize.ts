// The text that fuzzy matching compares: what a translator would call "the same words".
// Inline tags are dropped (tag differences are a penalty, not an edit), case is folded (a case
// difference is a penalty), every run of whitespace becomes one space, invisible format
// characters (bidi marks, soft hyphens, zero-width spaces) go, and typographic apostrophes
// become `'`. Unicode NFC, so that a precomposed `é` and `e` + combining acute are equal.

import { INVISIBLE as INVISIBLE_CHARACTER } from '../qa/text/controls.js';

const TAGS = /<\/?\d+\/?>/g;
const INVISIBLE = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
const SPACES = /[\s\u00A0\u202F\u2007\u2009]+/g;
const APOSTROPHES = /[\u2019\u02BC\u2018]/g;

/** Whitespace and invisible characters normalized, nothing else: two texts equal here are an exact match. */
export function normalizeSpacing(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** The matching form of a segment (see the module comment). */
export function normalizeForMatching(text: string): string {
  return normalizeSpacing(text.replace(TAGS, '')).replace(APOSTROPHES, "'").toLowerCase();
}
