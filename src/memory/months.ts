// Month names in segment text, by month number (1–12), for adapting dates.

import { monthSets } from './lang/index.js';
import { primaryLanguage } from '../language-tag.js';

export interface MonthToken {
  start: number;
  end: number;
  month: number;
  /** Which name set of the language it comes from (Arabic has several). */
  set: number;
  /**
   * The names the token is made of, one per name set: Arabic often writes a month in two sets
   * at once (`حزيران/يونيو`), and both halves must change together.
   */
  parts: Array<{ start: number; end: number; set: number }>;
}

/** What joins the two halves of a combined month name: a slash, spaced or not. */
const COMBINED = /^\s*\/\s*$/u;

const cache = new Map<string, { re: RegExp; lookup: Map<string, Array<[number, number]>> }>();

function matcher(lang: string) {
  const key = primaryLanguage(lang);
  let found = cache.get(key);
  if (!found) {
    const lookup = new Map<string, Array<[number, number]>>();
    monthSets(key).forEach((names, set) =>
      names.forEach((name, i) => {
        const k = name.toLowerCase();
        lookup.set(k, [...(lookup.get(k) ?? []), [i + 1, set]]);
      }),
    );
    const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Arabic words may carry a one-letter clitic (و ب ل ف ك) before the month.
    const re = new RegExp(`(?<!\\p{L})(?:[وبلفك](?=\\p{L}))?(${alternatives.join('|') || '(?!)'})(?!\\p{L})`, 'giu');
    found = { re, lookup };
    cache.set(key, found);
  }
  found.re.lastIndex = 0;
  return found;
}

/** The month names of a text, in order. */
export function findMonths(text: string, lang: string): MonthToken[] {
  const { re, lookup } = matcher(lang);
  const tokens: MonthToken[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const [month, set] = lookup.get(name.toLowerCase())![0]!;
    const last = tokens[tokens.length - 1];
    if (last && last.month === month && COMBINED.test(text.slice(last.end, start))) {
      last.parts.push({ start, end, set });
      last.end = end;
    } else {
      tokens.push({ start, end, month, set, parts: [{ start, end, set }] });
    }
  }
  return tokens;
}

/**
 * The name of `month` written like `like` (its text is `likeText`): each part in its own name
 * set, keeping an initial capital and what separates the parts.
 */
export function monthName(month: number, like: MonthToken, likeText: string, lang: string): string {
  const sets = monthSets(lang);
  let out = '';
  let at = like.start;
  for (const part of like.parts) {
    out += likeText.slice(at - like.start, part.start - like.start);
    const name = sets[part.set]![month - 1]!;
    const first = likeText[part.start - like.start];
    const capital = first !== undefined && first !== first.toLowerCase();
    out += capital ? name[0]!.toUpperCase() + name.slice(1) : name;
    at = part.end;
  }
  return out;
}
