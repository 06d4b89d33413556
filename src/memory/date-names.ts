// Month and weekday names in segment text, by number (month 1–12, weekday 1–7 from Sunday), for
// adapting dates: `octobre` → `novembre` gives `November` in the English target, `lundi` →
// `mardi` gives `الثلاثاء` in the Arabic one.

import { monthSets, weekdaySets } from './lang/index.js';
import { primaryLanguage } from '../language-tag.js';

export type DateNameKind = 'month' | 'weekday';

export interface DateNameToken {
  start: number;
  end: number;
  /** 1-based: the month, or the weekday from Sunday. */
  number: number;
  /** Which name set of the language it comes from (Arabic has several). */
  set: number;
  /**
   * The names the token is made of, one per name set: Arabic often writes a month in two sets
   * at once (`حزيران/يونيو`), and both halves must change together.
   */
  parts: Array<{ start: number; end: number; set: number }>;
}

const SETS: Record<DateNameKind, (lang: string) => string[][]> = { month: monthSets, weekday: weekdaySets };

/** What joins the two halves of a combined name: a slash, spaced or not. */
const COMBINED = /^\s*\/\s*$/u;

const cache = new Map<string, { re: RegExp; lookup: Map<string, Array<[number, number]>> }>();

function matcher(kind: DateNameKind, lang: string) {
  const key = `${kind}:${primaryLanguage(lang)}`;
  let found = cache.get(key);
  if (!found) {
    const lookup = new Map<string, Array<[number, number]>>();
    SETS[kind](lang).forEach((names, set) =>
      names.forEach((name, i) => {
        const k = name.toLowerCase();
        lookup.set(k, [...(lookup.get(k) ?? []), [i + 1, set]]);
      }),
    );
    const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Arabic words may carry a one-letter clitic (و ب ل ف ك) before the name.
    const re = new RegExp(`(?<!\\p{L})(?:[وبلفك](?=\\p{L}))?(${alternatives.join('|') || '(?!)'})(?!\\p{L})`, 'giu');
    found = { re, lookup };
    cache.set(key, found);
  }
  found.re.lastIndex = 0;
  return found;
}

/** The month (or weekday) names of a text, in order. */
export function findDateNames(text: string, lang: string, kind: DateNameKind): DateNameToken[] {
  const { re, lookup } = matcher(kind, lang);
  const tokens: DateNameToken[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const [number, set] = lookup.get(name.toLowerCase())![0]!;
    const last = tokens[tokens.length - 1];
    if (last && last.number === number && COMBINED.test(text.slice(last.end, start))) {
      last.parts.push({ start, end, set });
      last.end = end;
    } else {
      tokens.push({ start, end, number, set, parts: [{ start, end, set }] });
    }
  }
  return tokens;
}

/**
 * The name of month (or weekday) `number` written like `like` (its text is `likeText`): each
 * part in its own name set, keeping an initial capital and what separates the parts.
 */
export function dateName(kind: DateNameKind, number: number, like: DateNameToken, likeText: string, lang: string): string {
  const sets = SETS[kind](lang);
  let out = '';
  let at = like.start;
  for (const part of like.parts) {
    out += likeText.slice(at - like.start, part.start - like.start);
    const name = sets[part.set]![number - 1]!;
    const first = likeText[part.start - like.start];
    const capital = first !== undefined && first !== first.toLowerCase();
    out += capital ? name[0]!.toUpperCase() + name.slice(1) : name;
    at = part.end;
  }
  return out;
}
