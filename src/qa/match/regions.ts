// Country and region names in every language, from Intl.DisplayNames (CLDR), to recognise
// `Irak` in a French source and expect `Iraq` or `العراق` in the target.

import { foldKey } from '../text/fold.js';

const CODES: readonly string[] = (() => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const out: string[] = [];
  for (const a of letters) for (const b of letters) out.push(a + b);
  return out;
})();

const indexes = new Map<string, ReadonlyMap<string, string>>();

function displayNames(lang: string, style: 'long' | 'short'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
  } catch {
    return undefined;
  }
}

/** Names of the region `code` in `lang` (long and short forms). */
export function regionNames(code: string, lang: string): string[] {
  const out = new Set<string>();
  for (const style of ['long', 'short'] as const) {
    const name = displayNames(lang, style)?.of(code);
    if (name && name !== code) out.add(name);
  }
  return [...out];
}

/** Folded region name → region code, for `lang`. */
function regionIndex(lang: string): ReadonlyMap<string, string> {
  let index = indexes.get(lang);
  if (!index) {
    const map = new Map<string, string>();
    for (const code of CODES) for (const name of regionNames(code, lang)) if (!map.has(foldKey(name))) map.set(foldKey(name), code);
    indexes.set(lang, map);
    index = map;
  }
  return index;
}

/** The region code of a name written in `lang` (`Irak` → `IQ`), if it is one. */
export function regionCode(name: string, lang: string): string | undefined {
  return regionIndex(lang).get(foldKey(name));
}

/**
 * The region code of a demonym written in `lang` (`Syriens` → `SY`, `Irakiens` → `IQ`): a
 * one-word region name whose first letters (all but the last two, at least four) begin the word.
 */
export function demonymRegion(word: string, lang: string): string | undefined {
  const folded = foldKey(word);
  for (const [name, code] of regionIndex(lang)) {
    if (name.includes(' ') || name.length < 4) continue;
    const stem = name.slice(0, Math.max(4, name.length - 2));
    if (folded.startsWith(stem) && folded !== name) return code;
  }
  return undefined;
}
