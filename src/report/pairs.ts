// Where a document × language pair lives: its PO file, given by the caller or by convention.
import { DEFAULTS } from '../defaults.js';
import type { CheckedPair } from './types.js';

/** The pair's PO file: the caller's when it listed one, else `locales/<lang>/<doc>.po`. */
export function pairFile(groups: readonly CheckedPair[], doc: string, lang: string): string {
  const given = groups.find((g) => g.doc === doc && g.lang === lang)?.file;
  return given ?? `${DEFAULTS.localesDir}/${lang}/${doc}.po`;
}
