// Ordinals in digits (`3rd`, `4e`, `1er`): the suffix that follows a number, and the one another
// value takes in the same style. The suffixes read are the quality checks' (qa/lang); the ones
// written come from the adaptation's language data.

import { langData } from '../qa/index.js';
import { languageData } from './lang/index.js';

/** The ordinal suffix written right after `text[end]` (`rd` in `3rd day`), if any. */
export function ordinalSuffixAt(text: string, end: number, lang: string): string | undefined {
  const rest = text.slice(end, end + 5);
  const lower = rest.toLowerCase();
  const suffix = langData(lang).ordinalSuffixes.find((s) => lower.startsWith(s) && !/^[\p{L}\p{N}]/u.test(rest.slice(s.length)));
  return suffix === undefined ? undefined : rest.slice(0, suffix.length);
}

/** The suffix of `value` as an ordinal in the style of `written`, or `undefined` when the language cannot tell it. */
export function ordinalSuffixFor(value: string, written: string, lang: string): string | undefined {
  if (!/^\d+$/u.test(value)) return undefined;
  return languageData(lang).ordinalSuffix?.(Number(value), written);
}
