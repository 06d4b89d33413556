// The pairing of source and target dates, shared by the date check and the number check
// (numbers inside dates belong to the date check).

import { datesAgree, extractDates, type DateToken } from '../extract/dates.js';
import { pairUp } from '../match/bipartite.js';
import { foldDigits } from '../text/digits.js';
import type { QaPair } from '../types.js';

export interface DatePairing {
  source: DateToken[];
  target: DateToken[];
  unmatchedSource: DateToken[];
  unmatchedTarget: DateToken[];
}

/** Dates of both sides and those left unpaired. */
export function pairDates(pair: QaPair): DatePairing {
  const source = extractDates(pair.source, pair.sourceLang);
  const target = extractDates(pair.target, pair.targetLang);
  const pairing = pairUp(source, target, datesAgree);
  return {
    source,
    target,
    unmatchedSource: pairing.unmatchedSource.map((i) => source[i] as DateToken),
    unmatchedTarget: pairing.unmatchedTarget.map((j) => target[j] as DateToken),
  };
}

/** Day, month and year numbers of dates, as canonical numbers. */
export function dateNumbers(dates: readonly DateToken[]): Set<string> {
  const out = new Set<string>();
  for (const d of dates) {
    for (const r of d.readings) for (const v of [r.day, r.month, r.year]) if (v !== undefined) out.add(String(v));
    // Two-digit years are written as such.
    for (const m of foldDigits(d.text).matchAll(/\d+/g)) out.add(String(Number(m[0])));
  }
  return out;
}
