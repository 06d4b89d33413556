// Numbers in a text, read by value: digits of any script with the language's separators
// (`1 500`, `1,500`, `١٬٥٠٠`, `3,5`), times (`10 h 30`, `10:30`, `10.30 am`), ordinals
// (`1er`, `1st`), Roman ordinals (`XXe`), scale words (`1,5 million`) and numbers in words.

import { escapeRegex, numberLexicon, numberSeparators } from '../lang/indexes.js';
import { langData } from '../lang/index.js';
import type { LangData } from '../lang/types.js';
import { foldKey, originalSpan, prepare } from '../text/fold.js';
import { words } from '../text/words.js';
import { numberPhraseAt } from './number-words.js';

export type NumberKind = 'number' | 'ordinal' | 'time' | 'roman' | 'word';

/** A number found in a text. */
export interface NumberToken {
  /** Canonical value: `1500`, `3.5`, `10:30` for a time. */
  value: string;
  /** Comparison keys; two tokens are the same number when they share one (`n:1500`, `t:630`). */
  keys: readonly string[];
  kind: NumberKind;
  /** Written in words: a translator may rephrase it (`les deux` → `both`), so it is never required. */
  soft: boolean;
  /** Offsets in the original text, and that text. */
  start: number;
  end: number;
  text: string;
}

export interface ExtractNumbersOptions {
  /** Ranges of the original text to skip (dates, handled by the date check). */
  exclude?: ReadonlyArray<{ start: number; end: number }>;
}

const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);

/** `1500`, `3.5`: no leading zeros, no trailing decimal zeros. */
export function canonicalNumber(integer: string, fraction = ''): string {
  const int = integer.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** `value` × `factor` (a power of ten), exactly, as a canonical number. */
function scale(value: string, factor: number): string {
  const zeros = Math.round(Math.log10(factor));
  const [int = '0', frac = ''] = value.split('.');
  const digits = frac.padEnd(zeros, '0');
  return canonicalNumber(int + digits.slice(0, zeros), digits.slice(zeros));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function exactlyThreeDigitsAt(f: string, i: number): boolean {
  return isDigit(f[i]) && isDigit(f[i + 1]) && isDigit(f[i + 2]) && !isDigit(f[i + 3]);
}

interface Parsed {
  start: number;
  end: number;
  integer: string;
  fraction: string;
  /** The separator before the fraction. */
  decimalSeparator: string;
}

/** Read a number in `lang`'s conventions from the digit at `start`. */
function parseDigits(f: string, start: number, lang: LangData): Parsed {
  const { decimal, group, groupOrDecimal } = numberSeparators(lang);
  let i = start;
  while (isDigit(f[i])) i++;
  let integer = f.slice(start, i);
  let groupSeparator: string | undefined;
  const sameClass = (a: string, b: string): boolean => a === b || (SPACES.has(a) && SPACES.has(b));
  if (integer.length <= 3) {
    for (;;) {
      const sep = f[i] ?? '';
      const groups = group.includes(sep) || groupOrDecimal.includes(sep);
      if (!groups || !exactlyThreeDigitsAt(f, i + 1)) break;
      if (groupSeparator !== undefined && !sameClass(groupSeparator, sep)) break;
      // A plain space groups only digits that are not followed by a fraction in another
      // convention, and `1,500.5` groups with `,`: the first separator decides.
      groupSeparator = sep;
      integer += f.slice(i + 1, i + 4);
      i += 4;
    }
  }
  let fraction = '';
  let decimalSeparator = '';
  const sep = f[i] ?? '';
  const canDecimal = decimal.includes(sep) || (groupOrDecimal.includes(sep) && sep !== groupSeparator);
  if (canDecimal && isDigit(f[i + 1]) && (groupSeparator === undefined || !sameClass(groupSeparator, sep))) {
    let j = i + 1;
    while (isDigit(f[j])) j++;
    fraction = f.slice(i + 1, j);
    decimalSeparator = sep;
    i = j;
  }
  return { start, end: i, integer, fraction, decimalSeparator };
}

interface Draft {
  start: number;
  end: number;
  value: string;
  keys: string[];
  kind: NumberKind;
  soft: boolean;
}

function alternation(items: readonly string[]): string {
  return [...items].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/**
 * What a language's data makes once, kept for the next text: the patterns below took longer to
 * build than to run (matchAll runs a copy of a pattern, so one is shared safely).
 */
function perLanguage<T>(make: (lang: LangData) => T): (lang: LangData) => T {
  const made = new WeakMap<LangData, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}

const timePattern = perLanguage((lang) => {
  const t = lang.time;
  const meridiem = [...t.am, ...t.pm];
  const patterns: string[] = [];
  if (meridiem.length) patterns.push(`(?<h1>\\d{1,2})(?:[.:](?<m1>\\d{2}))?\\s?(?<ap>${alternation(meridiem)})(?![\\p{L}])`);
  patterns.push(`(?<h2>\\d{1,2}):(?<m2>\\d{2})(?![\\d:])`);
  if (t.hourMarkers.length) patterns.push(`(?<h3>\\d{1,2})\\s?(?:${alternation(t.hourMarkers)})(?:\\s?(?<m3>\\d{2}))?(?![\\p{L}\\d])`);
  return new RegExp(`(?<![\\d.,:])(?:${patterns.join('|')})`, 'giu');
});

const percentPatterns = perLanguage((lang) =>
  numberLexicon(lang).percentPhrases.map((phrase) => new RegExp(`(?<![\\p{L}])${escapeRegex(phrase).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'gu')),
);

const romanPattern = perLanguage((lang) =>
  lang.romanOrdinalSuffixes.length ? new RegExp(`(?<![\\p{L}\\p{N}])([IVXLCDM]+)(?:${alternation(lang.romanOrdinalSuffixes)})(?![\\p{L}\\p{N}])`, 'gu') : null,
);

/** Times of day: `10:30`, `10 h 30`, `10h`, `10.30 am`, `2 pm`, `10 صباحا`. */
function findTimes(f: string, lang: LangData, free: (s: number, e: number) => boolean): Draft[] {
  const out: Draft[] = [];
  const t = lang.time;
  for (const m of f.matchAll(timePattern(lang))) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    let hours = Number(g.h1 ?? g.h2 ?? g.h3);
    const minutes = Number(g.m1 ?? g.m2 ?? g.m3 ?? 0);
    if (hours > 24 || minutes > 59) continue;
    if (g.ap) {
      const pm = t.pm.some((p) => p.toLowerCase() === g.ap?.toLowerCase());
      if (hours > 12) continue;
      if (pm && hours < 12) hours += 12;
      if (!pm && hours === 12) hours = 0;
    }
    const clock = `${hours}:${String(minutes).padStart(2, '0')}`;
    const keys = [`t:${hours * 60 + minutes}`];
    // `10 h` or `6am` alone may be read as the number 10 or 6 (`6 heures du matin`, a duration).
    if (g.h3 !== undefined && g.m3 === undefined) keys.push(`n:${hours}`);
    if (g.h1 !== undefined && g.m1 === undefined) keys.push(`n:${Number(g.h1)}`);
    if (g.h2 !== undefined) keys.push(`n:${hours}`, `n:${minutes}`);
    out.push({ start: m.index, end, value: clock, keys, kind: 'time', soft: false });
  }
  return out;
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i] as string] ?? 0;
    const next = values[roman[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Numbers in `text` written in `lang`, in order. */
export function extractNumbers(text: string, lang: string | LangData, options: ExtractNumbersOptions = {}): NumberToken[] {
  const data = typeof lang === 'string' ? langData(lang) : lang;
  const folded = prepare(text);
  const f = folded.text;
  const used = new Array<boolean>(f.length).fill(false);
  for (const range of options.exclude ?? []) {
    for (let i = 0; i < f.length; i++) if ((folded.starts[i] ?? 0) >= range.start && (folded.ends[i] ?? 0) <= range.end) used[i] = true;
  }
  const free = (s: number, e: number): boolean => used.slice(s, e).every((u) => !u);
  const take = (s: number, e: number): void => {
    for (let i = s; i < e; i++) used[i] = true;
  };
  const drafts: Draft[] = [];

  // "Per cent" phrases contain number words (في المئة) but are not numbers.
  const lower = f.toLowerCase();
  for (const re of percentPatterns(data)) {
    for (const m of lower.matchAll(re)) take(m.index, m.index + m[0].length);
  }

  for (const time of findTimes(f, data, free)) {
    drafts.push(time);
    take(time.start, time.end);
  }

  readDigits(f, data, used, drafts);

  const romanOrdinals = romanPattern(data);
  if (romanOrdinals) {
    for (const m of f.matchAll(romanOrdinals)) {
      const roman = m[1] ?? '';
      const end = m.index + m[0].length;
      // `Le`, `Ce`, `De`, `Me` are words, not L (50), C, D, M with an ordinal suffix.
      if (!ROMAN.test(roman) || (roman.length === 1 && !'IVX'.includes(roman)) || !free(m.index, end)) continue;
      const value = String(romanValue(roman));
      drafts.push({ start: m.index, end, value, keys: [`n:${value}`], kind: 'roman', soft: false });
      take(m.index, end);
    }
  }

  readWords(f, data, used, drafts);

  return drafts
    .sort((a, b) => a.start - b.start)
    .map((d) => {
      const span = originalSpan(folded, d.start, d.end);
      return { value: d.value, keys: d.keys, kind: d.kind, soft: d.soft, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
    });
}

function readDigits(f: string, lang: LangData, used: boolean[], drafts: Draft[]): void {
  const lexicon = numberLexicon(lang);
  let i = 0;
  while (i < f.length) {
    if (!isDigit(f[i]) || used[i] || isDigit(f[i - 1])) {
      i++;
      continue;
    }
    const p = parseDigits(f, i, lang);
    let end = p.end;
    while (end > p.start && used[end - 1]) end--;
    const value = canonicalNumber(p.integer, p.fraction);
    const keys = [`n:${value}`];
    let kind: NumberKind = 'number';
    const rest = f.slice(end);
    // 1er, 2e, 1st, 20th.
    const suffix = p.fraction === '' ? lang.ordinalSuffixes.find((s) => rest.toLowerCase().startsWith(s) && !/^\p{L}/u.test(rest.slice(s.length))) : undefined;
    if (suffix) {
      kind = 'ordinal';
      end += suffix.length;
    }
    // 10.30 may be a time in British English.
    if (lang.time.dotMinutes && p.decimalSeparator === '.' && p.fraction.length === 2 && p.integer.length <= 2) {
      const hours = Number(p.integer);
      const minutes = Number(p.fraction);
      if (hours <= 24 && minutes <= 59) keys.push(`t:${hours * 60 + minutes}`);
    }
    // 1,5 million = 1 500 000.
    const scaleWord = /^\s+([\p{L}\p{M}]+)/u.exec(f.slice(end));
    if (scaleWord && kind === 'number') {
      const lexeme = lexicon.words.get(foldKey(scaleWord[1] ?? ''));
      if (lexeme && (lexeme.kind === 'multiplier' || lexeme.kind === 'plural-multiplier')) {
        keys.push(`n:${scale(value, lexeme.value)}`);
        end += scaleWord[0].length;
      }
    }
    for (let k = p.start; k < end; k++) used[k] = true;
    drafts.push({ start: p.start, end, value, keys, kind, soft: false });
    i = end;
  }
}

function readWords(f: string, lang: LangData, used: boolean[], drafts: Draft[]): void {
  const ws = words(f).filter((w) => !used.slice(w.start, w.end).some(Boolean) && !/\d/u.test(w.text));
  let i = 0;
  while (i < ws.length) {
    const phrase = numberPhraseAt(lang, ws, f, i);
    if (!phrase) {
      i++;
      continue;
    }
    const start = ws[phrase.first]?.start ?? 0;
    const end = ws[phrase.last - 1]?.end ?? start;
    const value = String(phrase.value);
    drafts.push({ start, end, value, keys: [`n:${value}`], kind: 'word', soft: true });
    i = phrase.last;
  }
}

