// Words of a folded text, with their offsets in it.

/** A word: letters, marks and digits, with inner apostrophes (`d'Amnesty`, `International's`). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text` in order. Hyphens and other punctuation separate words. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when only spaces (any kind) and, if allowed, hyphens lie between two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number, hyphens = false): boolean {
  const gap = text.slice(from, to);
  return hyphens ? /^[\s\-‐‑]*$/u.test(gap) : /^\s*$/u.test(gap);
}
