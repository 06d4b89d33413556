// Numbers in segment text, read by value in any of the digit systems our languages use
// (ASCII, Arabic-Indic U+0660–0669, Eastern Arabic-Indic U+06F0–06F9) with the language's
// group and decimal separators, and written back in the style of an existing number.

import { languageData } from './lang/index.js';
import { primaryLanguage } from '../language-tag.js';

export type DigitSystem = 'latn' | 'arab' | 'arabext';

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** Canonical value: ASCII digits, no grouping, `.` before decimals, no leading zeros (`1500.5`). */
  value: string;
  digits: DigitSystem;
  /** Group separator used in `text`, if any. */
  group?: string;
  /** Decimal separator used in `text`, if any. */
  decimal?: string;
  /** Integer digits as written (to keep zero padding such as `05`). */
  integerWidth: number;
}

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const patternCache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function numberPattern(lang: string): RegExp {
  const key = primaryLanguage(lang);
  let re = patternCache.get(key);
  if (!re) {
    const data = languageData(key);
    const group = data.group.map(escape).join('|');
    const decimal = data.decimal.map(escape).join('|');
    // A grouped number starts with one to three digits and continues in threes.
    re = new RegExp(
      `(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])(?:${DIGIT}{1,3}(?:(?:${group})${DIGIT}{3})+|${DIGIT}+)(?:(?:${decimal})${DIGIT}+)?(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9])`,
      'gu',
    );
    patternCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
}

/** The numbers of a text, in order. */
export function findNumbers(text: string, lang: string): NumberToken[] {
  const data = languageData(lang);
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(numberPattern(lang))) {
    const raw = match[0];
    const separators = [...raw.matchAll(/[^0-9\u0660-\u0669\u06F0-\u06F9]/gu)];
    // The last separator is the decimal one when the language uses it so, unless it could only
    // be grouping (three digits follow and it already grouped, or it is not a decimal mark).
    let decimalAt = -1;
    const last = separators[separators.length - 1];
    if (last) {
      const c = last[0];
      const after = raw.length - last.index - 1;
      const groupedBefore = separators.length > 1 && separators[0]![0] === c;
      if (data.decimal.includes(c) && !groupedBefore && (!data.group.includes(c) || after !== 3)) decimalAt = last.index;
    }
    const integerText = decimalAt >= 0 ? raw.slice(0, decimalAt) : raw;
    const fractionText = decimalAt >= 0 ? raw.slice(decimalAt + 1) : '';
    const group = separators.find((m) => m.index !== decimalAt)?.[0];
    const integer = Array.from(integerText.replace(/[^0-9\u0660-\u0669\u06F0-\u06F9]/gu, ''), asciiDigit).join('');
    const fraction = Array.from(fractionText, asciiDigit).join('');
    const digits = digitSystemOf(raw);
    const trimmed = integer.replace(/^0+(?=\d)/, '');
    tokens.push({
      start: match.index,
      end: match.index + raw.length,
      text: raw,
      value: fraction ? `${trimmed}.${fraction}` : trimmed,
      digits,
      ...(group !== undefined ? { group } : {}),
      ...(decimalAt >= 0 ? { decimal: raw[decimalAt]! } : {}),
      integerWidth: integer.length,
    });
  }
  return tokens;
}

const ZERO: Record<DigitSystem, number> = { latn: 0x30, arab: 0x0660, arabext: 0x06f0 };

/** The digit system `text` is written in (ASCII when it has no other digits). */
export function digitSystemOf(text: string): DigitSystem {
  return /[\u0660-\u0669]/u.test(text) ? 'arab' : /[\u06F0-\u06F9]/u.test(text) ? 'arabext' : 'latn';
}

/** `text` with its ASCII digits written in `digits`. */
export function inDigits(text: string, digits: DigitSystem): string {
  const zero = ZERO[digits];
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}

/** Writes `value` (canonical) as `like` is written: same digits, group and decimal separators, zero padding. */
export function formatLike(value: string, like: NumberToken, lang: string): string {
  const [integerPart, fraction] = value.split('.') as [string, string | undefined];
  let integer = integerPart;
  if (like.integerWidth > integer.length && /^[0\u0660\u06F0]/.test(like.text)) integer = integer.padStart(like.integerWidth, '0');
  if (like.group !== undefined && integer.length > 3) {
    const groups: string[] = [];
    for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end));
    integer = groups.join(like.group);
  }
  let text = integer;
  if (fraction !== undefined) {
    const decimal = like.decimal ?? (like.digits === 'latn' ? (lang.startsWith('ar') ? '.' : languageData(lang).decimal[0]!) : '\u066B');
    text += decimal + fraction;
  }
  return inDigits(text, like.digits);
}
