// Consonant skeletons, to recognise one name across spellings and scripts
// (`Maalouf` / `معلوف` → M L F) without a transliteration table per name.

import { distance } from 'fastest-levenshtein';
import { foldKey } from '../text/fold.js';
import type { LangData } from '../lang/types.js';

const compiled = new WeakMap<LangData, Array<[RegExp, string]>>();

function rules(lang: LangData): Array<[RegExp, string]> {
  let out = compiled.get(lang);
  if (!out) {
    out = lang.names.skeleton.map(([pattern, consonant]) => [new RegExp(pattern, 'uy'), consonant]);
    compiled.set(lang, out);
  }
  return out;
}

/** The consonant classes of `word` in `lang`'s spelling; a doubled letter (`ss`) counts once. */
export function skeleton(word: string, lang: LangData): string {
  const text = foldKey(word);
  let out = '';
  let i = 0;
  let lastEnd = -1;
  outer: while (i < text.length) {
    for (const [re, consonant] of rules(lang)) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        const doubled = lastEnd === i && out.endsWith(consonant);
        if (!doubled) out += consonant;
        i += m[0].length;
        lastEnd = i;
        continue outer;
      }
    }
    i += 1;
  }
  return out;
}

/** Two skeletons name the same thing: equal, or one edit apart when at least three consonants long. */
export function sameSkeleton(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 3 && distance(a, b) <= 1;
}
