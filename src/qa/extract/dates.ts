// Dates written with month names in any order (`18 juin 2017`, `June 18, 2017`,
// `18 حزيران/يونيو 2017`, `octobre 2016`), day ranges (`du 18 au 20 juin`) and numeric dates
// (`18/06/2017`, `2017-06-18`).

import { escapeRegex, monthLexicon } from '../lang/indexes.js';
import { langData } from '../lang/index.js';
import type { LangData, NumericDateOrder } from '../lang/types.js';
import { foldKey, originalSpan, prepare } from '../text/fold.js';
import { words, type Word } from '../text/words.js';
import { numberPhraseAt } from './number-words.js';

/** One way to read a date; fields that the text does not give are absent. */
export interface DateValue {
  day?: number;
  month?: number;
  year?: number;
}

/** A date found in a text. */
export interface DateToken {
  /** Possible readings: one for a date with a month name, up to two for `06/07/2017`. */
  readings: DateValue[];
  /** Two month names that disagree (`حزيران/يوليو`). */
  conflict?: [number, number];
  /** Offsets in the original text, and that text. */
  start: number;
  end: number;
  text: string;
}

interface Patterns {
  regex: RegExp;
  months: RegExp;
}

const cache = new WeakMap<LangData, Patterns>();

function alternatives(items: readonly string[]): string {
  // Words are folded like the text; signs (`-`, `–`, `,`) are kept as they are.
  const literal = (s: string): string => (/\p{L}/u.test(s) ? foldKey(s) : s);
  return items.length ? items.map((s) => escapeRegex(literal(s)).replace(/ /g, '\\s+')).join('|') : '(?!)';
}

function patterns(lang: LangData): Patterns {
  const cached = cache.get(lang);
  if (cached) return cached;
  const d = lang.dates;
  const month = monthLexicon(lang).pattern;
  const monthPart = d.monthPairs ? `${month}(?:\\s*[/\\\\]\\s*${month}|\\s*\\(\\s*${month}\\s*\\))?` : month;
  const suffix = d.daySuffixes.length ? `(?:(?:${alternatives(d.daySuffixes)})(?![\\p{L}]))?` : '';
  const day = `(?<![\\p{Script=Latin}\\d.,:])\\d{1,2}${suffix}(?![\\d:])`;
  const connector = `\\s*(?:${alternatives(d.dayConnectors)})\\s*`;
  const days = `${day}(?:${connector}\\d{1,2}${suffix}(?![\\d:]))*`;
  const dayFiller = d.dayFillers.length ? `(?:\\s+(?:${alternatives(d.dayFillers)}))?` : '';
  const yearFiller = d.yearFillers.length ? `(?:(?:${alternatives(d.yearFillers)})\\s+)?` : '';
  const year = `\\d{4}(?![\\d])`;
  const parts = [
    `(?<dm>${days}${dayFiller}\\s+${monthPart}(?:\\s*,?\\s*${yearFiller}${year})?)`,
    d.monthDay ? `(?<md>${monthPart}\\s+${days}(?:\\s*,?\\s*${year})?)` : '',
    `(?<ymd>(?<![\\d/.-])\\d{4}(?:/\\d{1,2}/\\d{1,2}|-\\d{1,2}-\\d{1,2}|\\.\\d{1,2}\\.\\d{1,2})(?![\\d/]|[.-]\\d))`,
    `(?<num>(?<![\\d/.,-])\\d{1,2}(?:/\\d{1,2}/|-\\d{1,2}-|\\.\\d{1,2}\\.)(?:\\d{4}|\\d{2})(?![\\d/]|[.-]\\d))`,
    `(?<my>${monthPart}\\s*,?\\s*${yearFiller}${year})`,
    `(?<m>${monthPart})`,
  ].filter(Boolean);
  const built: Patterns = {
    regex: new RegExp(parts.join('|'), 'giu'),
    months: new RegExp(month, 'giu'),
  };
  cache.set(lang, built);
  return built;
}

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function numericReadings(a: number, b: number, c: number, orders: readonly NumericDateOrder[]): DateValue[] {
  const out: DateValue[] = [];
  for (const order of orders) {
    const value: DateValue =
      order === 'dmy' ? { day: a, month: b, year: c } : order === 'mdy' ? { day: b, month: a, year: c } : { year: a, month: b, day: c };
    if ((order === 'ymd') !== a >= 1000) continue;
    if ((value.month ?? 0) < 1 || (value.month ?? 0) > 12 || (value.day ?? 0) < 1 || (value.day ?? 0) > 31) continue;
    if (!out.some((v) => v.day === value.day && v.month === value.month && v.year === value.year)) out.push(value);
  }
  return out;
}

/** A day of the month written in words just before `at` (filler words allowed between), with where it starts. */
function dayInWords(f: string, at: number, lang: LangData): { day: number; start: number } | undefined {
  const ws = words(f.slice(0, at)).slice(-5);
  const fillers = new Set(lang.dates.dayFillers.map(foldKey));
  while (ws.length && fillers.has(foldKey((ws[ws.length - 1] as Word).text))) ws.pop();
  const last = ws[ws.length - 1];
  if (!last || words(f.slice(last.end, at)).some((w) => !fillers.has(foldKey(w.text))) || /[^\s\p{L}]/u.test(f.slice(last.end, at))) {
    return undefined;
  }
  for (let k = 0; k < ws.length; k++) {
    const phrase = numberPhraseAt(lang, ws, f, k);
    if (phrase && phrase.last === ws.length && phrase.value >= 1 && phrase.value <= 31) return { day: phrase.value, start: (ws[k] as Word).start };
  }
  return undefined;
}

/**
 * Dates in `text` written in `lang`, in order.
 * Note: a day range gives one token per day, sharing the range's text.
 */
export function extractDates(text: string, lang: string | LangData): DateToken[] {
  const data = typeof lang === 'string' ? langData(lang) : lang;
  const folded = prepare(text);
  const f = folded.text;
  const { regex, months } = patterns(data);
  const lexicon = monthLexicon(data);
  const out: DateToken[] = [];
  for (const m of f.matchAll(regex)) {
    const g = m.groups ?? {};
    const span = originalSpan(folded, m.index, m.index + m[0].length);
    const base = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
    if (g.ymd || g.num) {
      const raw = m[0].match(/\d+/g) ?? [];
      const a = Number(raw[0]);
      const b = Number(raw[1]);
      const readings = g.ymd
        ? numericReadings(a, b, Number(raw[2]), ['ymd'])
        : numericReadings(a, b, expandYear(raw[2] ?? ''), data.dates.numericOrders.filter((o) => o !== 'ymd'));
      if (readings.length) out.push({ ...base, readings });
      continue;
    }
    // Month names in the match, then the numbers around them.
    const monthTexts = [...m[0].matchAll(months)];
    const monthValues = monthTexts.map((x) => lexicon.names.get(foldKey(x[0]).replace(/\.$/u, '')) ?? 0).filter((v) => v > 0);
    if (monthValues.length === 0) continue;
    const first = monthTexts[0]?.[0] ?? '';
    if (data.dates.capitalizedMonths && monthTexts.every((x) => /^\p{Ll}/u.test(x[0]))) continue;
    const month = monthValues[0] as number;
    const conflict = monthValues.find((v) => v !== month);
    const withoutMonths = m[0].replace(months, ' ');
    const numbers = [...withoutMonths.matchAll(/\d+/g)].map((x) => x[0]);
    const year = numbers.length && (numbers.at(-1) as string).length === 4 ? Number(numbers.pop()) : undefined;
    const days = numbers.map(Number);
    if (days.some((dd) => dd < 1 || dd > 31)) continue;
    // A day written in words before the month: `الثامن عشر من حزيران`, `le premier mai`.
    let start = m.index;
    if (days.length === 0 && !g.md) {
      const before = dayInWords(f, m.index, data);
      if (before) {
        days.push(before.day);
        start = before.start;
      }
    }
    // A month name that is also a word (`mars`, `May`, `مارس`) needs a day or a year.
    const ambiguous = monthTexts.length === 1 && lexicon.ambiguous.has(foldKey(first).replace(/\.$/u, ''));
    if (ambiguous && days.length === 0 && year === undefined) continue;
    const full = originalSpan(folded, start, m.index + m[0].length);
    base.start = full.start;
    base.text = text.slice(full.start, full.end);
    const token = (value: DateValue): DateToken => ({ ...base, readings: [value], ...(conflict ? { conflict: [month, conflict] as [number, number] } : {}) });
    const common: DateValue = { month, ...(year !== undefined ? { year } : {}) };
    if (days.length === 0) out.push(token(common));
    for (const dd of days) out.push(token({ day: dd, ...common }));
  }
  return out;
}

/** `2017-06-18`, `2017-06`, `--06-18` (ISO 8601 for partial dates), for messages. */
export function formatDateValue(value: DateValue): string {
  const mm = value.month !== undefined ? String(value.month).padStart(2, '0') : '??';
  const dd = value.day !== undefined ? String(value.day).padStart(2, '0') : undefined;
  if (value.year === undefined) return dd ? `--${mm}-${dd}` : `--${mm}`;
  return dd ? `${value.year}-${mm}-${dd}` : `${value.year}-${mm}`;
}

/** Can a target date stand for a source date? Every field the source gives must agree; the target may add some. */
export function datesAgree(source: DateToken, target: DateToken): boolean {
  return source.readings.some((s) =>
    target.readings.some(
      (t) =>
        (s.day === undefined || s.day === t.day) &&
        (s.month === undefined || s.month === t.month) &&
        (s.year === undefined || s.year === t.year),
    ),
  );
}
