import { createIntl, createIntlCache } from '@formatjs/intl';
import { InputError } from '../errors.js';

/** A formatted publication date. */
export interface Dateline {
  /** Machine-readable value for `<time datetime>`: `2017`, `2017-07` or `2017-07-15`. */
  datetime: string;
  /** The date as readers of the edition write it: `July 2017`, `يوليو 2017`. */
  text: string;
}

const cache = createIntlCache();

// The front matter `date` may give a year, a month or a day; the dateline shows as much.
const PRECISION = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formats a front matter `date` (`2017`, `2017-07`, `2017-07-15`, or a YAML timestamp) for an
 * edition language. The numbering system is explicit because the CLDR default for `ar` changed
 * between ICU versions. Returns `undefined` when there is no date; a malformed date or an
 * unsupported language is an `InputError`.
 */
export function formatDateline(
  date: unknown,
  lang: string,
  numberingSystem = 'latn',
  where: { file?: string | undefined; line?: number | undefined } = {},
): Dateline | undefined {
  if (date === undefined || date === null || date === '') return undefined;
  const parsed = parseDate(date);
  if (!parsed) {
    throw new InputError(`front matter date "${String(date)}" is not YYYY, YYYY-MM or YYYY-MM-DD`, where);
  }
  numberingSystem = numberingSystem.toLowerCase();
  checkSupport(lang, numberingSystem);
  const errors: string[] = [];
  const intl = createIntl({ locale: lang, onError: (e) => errors.push(e.message.split('\n')[0] ?? '') }, cache);
  const text = intl.formatDate(parsed.utc, { ...PRECISION[parsed.precision], timeZone: 'UTC', numberingSystem });
  if (errors.length > 0) throw new InputError(`cannot format the date for "${lang}": ${errors[0]}`, where);
  return { datetime: parsed.datetime, text };
}

// Intl silently falls back to another language or to Latin digits; an edition must not.
function checkSupport(lang: string, numberingSystem: string): void {
  let supported: boolean;
  try {
    supported = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    throw new InputError(`invalid language tag "${lang}"`);
  }
  if (!supported) throw new InputError(`no date formats for language "${lang}"`);
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat(lang, { numberingSystem }).resolvedOptions().numberingSystem;
  } catch {
    resolved = undefined;
  }
  if (resolved !== numberingSystem) throw new InputError(`unsupported numbering system "${numberingSystem}"`);
}

interface ParsedDate {
  utc: number;
  datetime: string;
  precision: keyof typeof PRECISION;
}

function parseDate(date: unknown): ParsedDate | undefined {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return undefined;
    return { utc: date.getTime(), datetime: date.toISOString().slice(0, 10), precision: 'day' };
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(date).trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const utc = Date.UTC(year, month - 1, day);
  // Rejects 2017-13 and 2017-02-30, which Date.UTC would silently roll over.
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { utc, datetime: m[0], precision: d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year' };
}
