// Month names in segment text, by month number (1–12), for adapting dates.

import { languageData } from './lang/index.js';

export interface MonthToken {
  start: number;
  end: number;
  month: number;
  /** Which name set of the language it comes from (Arabic has several). */
  set: number;
}

const cache = new Map<string, { re: RegExp; lookup: Map<string, Array<[number, number]>> }>();

function matcher(lang: string) {
  const key = lang.toLowerCase().split(/[-_]/)[0]!;
  let found = cache.get(key);
  if (!found) {
    const lookup = new Map<string, Array<[number, number]>>();
    languageData(key).months.forEach((names, set) =>
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
    const [month, set] = lookup.get(name.toLowerCase())![0]!;
    tokens.push({ start, end: start + name.length, month, set });
  }
  return tokens;
}

/** The name of `month` in the same name set as `like`, keeping an initial capital. */
export function monthName(month: number, like: MonthToken, likeText: string, lang: string): string {
  const names = languageData(lang).months[like.set]!;
  const name = names[month - 1]!;
  const capital = likeText[0] !== undefined && likeText[0] !== likeText[0].toLowerCase();
  return capital ? name[0]!.toUpperCase() + name.slice(1) : name;
}
