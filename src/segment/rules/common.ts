// Regex fragments and rule builders shared by the language modules. Everything here is a regex
// SOURCE (flag `u`); the engine compiles each language once.

import type { SegmentationRule } from './types.js';

/** Horizontal spaces, including the no-break spaces of French typography (U+00A0, U+202F). */
export const HSPACE = '[ \\t\\u00a0\\u202f\\u2009]';

/** Closing quotes and brackets that stay with the sentence they close (`»`, `”`, `’`, `"`, `)`, `]`). */
export const CLOSERS = `(?:${HSPACE}*[»›]|[”’"')\\]}])*`;

/** Opening quotes, brackets and dialogue dashes that may precede a sentence's first word. */
export const OPENERS = `(?:[«‹“‘„"'(\\[{¿¡—–-]${HSPACE}*)*`;

/** A character that can begin a sentence: capital, uncased letter (Arabic…), or digit. */
export const SENTENCE_START = '[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]';

/** Whitespace, then what looks like the first word of a sentence. */
export const NEXT_SENTENCE = `\\s+(?=${OPENERS}${SENTENCE_START})`;

/** Not preceded by a letter, digit or dot: the start of a word (`\b` is ASCII-only in JS). */
export const WORD_START = '(?<![\\p{L}\\p{N}.])';

/** Escape a literal for use inside a regex source with flag `u`. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `(?:a|b|…)` for literal words, longest first; lowercase words also match capitalised. */
export function alternation(words: readonly string[], { capitalised = true } = {}): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    const first = word.charAt(0);
    if (capitalised && first !== first.toUpperCase()) forms.add(first.toUpperCase() + word.slice(1));
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map(escapeRegex).join('|')})`;
}

/**
 * Start of an abbreviation: not inside a word, nor inside a dotted acronym (`S.A.` in `U.S.A.`),
 * but possibly right after a glued full stop (`Tuesday.Mr. Smith`).
 */
const ABBREVIATION_START = '(?<![\\p{L}\\p{N}])(?<!(?<![\\p{L}\\p{N}])\\p{L}\\.)';

/** `before` source for abbreviations written with a final dot (`M.`, `janv.`, `c.-à-d.`). */
export function abbreviationBefore(words: readonly string[]): string {
  return `${ABBREVIATION_START}${alternation(words)}\\.`;
}

/** A typical first word of a sentence; elided starters (`L'`, `Qu'`) run on into the next word. */
function starterWord(starters: readonly string[], elided: readonly string[]): string {
  const words = `${alternation(starters, { capitalised: false })}(?![\\p{L}\\p{N}.'’-])`;
  const elisions = elided.length ? `|${alternation(elided, { capitalised: false })}['’]` : '';
  return `(?:${words}${elisions})`;
}

/** `after` source: whitespace, then a typical sentence starter (`Elle`, `The`, `L’armée`). */
export function sentenceStarterAhead(starters: readonly string[], elided: readonly string[] = []): string {
  return `\\s+(?=${OPENERS}${starterWord(starters, elided)})`;
}

/** `after` source that matches unless the next word is a typical sentence starter. */
export function unlessSentenceStarter(starters: readonly string[], elided: readonly string[] = []): string {
  return `(?!\\s+${OPENERS}${starterWord(starters, elided)})`;
}

/** Omission marks `[...]` and `(…)` never end a sentence. */
export const omissionRule: SegmentationRule = {
  name: 'omission-mark',
  break: false,
  before: `[\\[(](?:\\.{3}|…)[\\])]${CLOSERS}`,
  after: '',
};

/**
 * A short quotation or parenthetical that is embedded in a sentence (its closing mark is
 * followed by a comma, a lowercase word, a full stop…) is not split: `« Zut ! Raté » et il…`,
 * `(He left. She stayed.) at noon`. When the closing mark is followed by a new sentence, the
 * quotation may hold several sentences and the ordinary rules apply.
 */
export function embeddedRule(name: string, open: string, close: string, maxLength: number): SegmentationRule {
  const inside = `[^${escapeRegex(open)}${escapeRegex(close)}\\n]`;
  return {
    name,
    break: false,
    before: `${escapeRegex(open)}${inside}{0,${maxLength}}`,
    after: `(?=${inside}{1,${maxLength}}${escapeRegex(close)}(?!\\s*$|${NEXT_SENTENCE}))`,
  };
}

/** The embedded-quotation and parenthetical exceptions used by every language. */
export const embeddedRules: readonly SegmentationRule[] = [
  embeddedRule('embedded-guillemets', '«', '»', 300),
  embeddedRule('embedded-curly-quotes', '“', '”', 300),
  embeddedRule('embedded-parenthetical', '(', ')', 120),
];

/** Single capital initials (`C. de Gaulle`) unless the next word starts a sentence. */
export function initialRule(starters: readonly string[], elided: readonly string[]): SegmentationRule {
  return {
    name: 'initial',
    break: false,
    before: `(?<![\\p{L}\\p{N}.'’-])\\p{Lu}\\.${CLOSERS}`,
    after: unlessSentenceStarter(starters, elided),
  };
}

/** Hyphenated initials (`J.-P. Sartre`) abbreviate first names: never a sentence end. */
export const hyphenatedInitialRule: SegmentationRule = {
  name: 'hyphenated-initial',
  break: false,
  before: `(?<![\\p{L}\\p{N}.'’-])\\p{Lu}\\.(?:-\\p{Lu}\\.)+`,
  after: '',
};

/** Dotted acronyms (`U.S.A.`, `LL.AA.II.RR.`) unless the next word starts a sentence. */
export function acronymRule(starters: readonly string[], elided: readonly string[]): SegmentationRule {
  return {
    name: 'dotted-acronym',
    break: false,
    before: `${WORD_START}(?:\\p{L}{1,2}\\.){2,}${CLOSERS}`,
    after: unlessSentenceStarter(starters, elided),
  };
}

/**
 * The ordinary sentence end: terminal punctuation (a dot not preceded by a spaced dot, so that
 * only the first dot of a spaced ellipsis ` . . . ` may end a sentence), closing quotes and
 * brackets, then whitespace and the first word of a new sentence.
 */
export function sentenceEndRule(terminals: string, after: string = NEXT_SENTENCE): SegmentationRule {
  return {
    name: 'sentence-end',
    break: true,
    // A run of punctuation is read from its first mark only: no rescanning inside `.....`.
    before: `(?<![.${terminals}])(?:[${terminals}]|\\.(?<![.…]\\s+\\.))[.${terminals}]*${CLOSERS}`,
    after,
  };
}
