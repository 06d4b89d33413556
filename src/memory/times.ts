// Times of day in segment text, read as the quality checks read them (`19 h 30` = `19:30` =
// `7.30pm` = `٧:٣٠ مساء`), and written back in the style of a time already in the target:
// `7.30pm` becomes `8pm` for 20:00, `19 h 30` becomes `20 h`, `19:30` becomes `20:00`.

import { extractNumbers, langData, type NumberToken } from '../qa/index.js';
import { foldDigits } from '../qa/text/digits.js';
import { digitSystemOf, inDigits } from './numbers.js';

export interface TimeToken {
  start: number;
  end: number;
  text: string;
  /** `H:MM`, 24-hour. */
  value: string;
}

/** The times of day of a text, in order; `read` is the text as the checks read it, when the caller has it already. */
export function findTimes(text: string, lang: string, read: readonly NumberToken[] = extractNumbers(text, lang)): TimeToken[] {
  return read
    .filter((n) => n.kind === 'time')
    .map(({ start, end, text: written, value }) => ({ start, end, text: written, value }));
}

/** The same meridiem word for the other half of the day (`pm` → `am`, `p.m.` → `a.m.`, `مساء` → `صباحا`). */
function otherHalf(word: string, from: readonly string[], to: readonly string[]): string {
  const at = from.findIndex((w) => w.toLowerCase() === word.toLowerCase());
  const other = to[Math.max(0, Math.min(at, to.length - 1))] ?? word;
  return word === word.toUpperCase() && word !== word.toLowerCase() ? other.toUpperCase() : other;
}

/**
 * `value` (`H:MM`) written as `like` is: 12-hour with its meridiem word, hour marker (`h`), or
 * `H:MM`, in its digits. Minutes of `:00` are dropped where the style allows (`8pm`, `20 h`).
 * `undefined` when the style of `like` is not one of these.
 */
export function formatTimeLike(value: string, like: TimeToken, lang: string): string | undefined {
  const [hours, minutes] = value.split(':').map(Number) as [number, number];
  const mm = String(minutes).padStart(2, '0');
  const written = foldDigits(like.text);
  const t = langData(lang).time;
  let out: string | undefined;
  const meridiem = /^(\d{1,2})(?:([.:])\d{2})?(\s?)(\D+)$/u.exec(written);
  const marker = /^(\d{1,2})(\s?)(\D+?)(?:(\s?)\d{2})?$/u.exec(written);
  const clock = /^(\d{1,2}):\d{2}$/u.exec(written);
  if (meridiem && [...t.am, ...t.pm].some((w) => w.toLowerCase() === meridiem[4]!.toLowerCase())) {
    const word = meridiem[4]!;
    const wasPm = t.pm.some((w) => w.toLowerCase() === word.toLowerCase());
    const isPm = hours >= 12;
    const half = wasPm === isPm ? word : isPm ? otherHalf(word, t.am, t.pm) : otherHalf(word, t.pm, t.am);
    const hour12 = hours % 12 === 0 ? 12 : hours % 12;
    out = `${hour12}${minutes ? `${meridiem[2] ?? '.'}${mm}` : ''}${meridiem[3]}${half}`;
  } else if (marker && t.hourMarkers.some((w) => w.toLowerCase() === marker[3]!.toLowerCase())) {
    out = `${hours}${marker[2]}${marker[3]}${minutes ? `${marker[4] ?? marker[2]}${mm}` : ''}`;
  } else if (clock) {
    out = `${String(hours).padStart(clock[1]!.length, '0')}:${mm}`;
  }
  return out === undefined ? undefined : inDigits(out, digitSystemOf(like.text));
}
