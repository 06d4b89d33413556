/**
 * Dates differ between source and target.
 *
 * Day, month and year are compared as a date whatever the order and the language of the
 * month name: `18 juin 2017` = `June 18, 2017` = `18 حزيران/يونيو 2017` = `18/06/2017`;
 * `octobre 2016` = `October 2016` = `تشرين الأول/أكتوبر 2016`. The target may be more precise
 * than the source (add the year), never less. Two month names that disagree in one Arabic date
 * (`حزيران/يوليو`) are an error too.
 */

import { formatDateValue, type DateToken } from '../extract/dates.js';
import { findingOf, quote } from '../finding.js';
import type { Finding } from '../../types.js';
import type { Check, QaPair } from '../types.js';
import { pairDates } from './date-match.js';

function label(date: DateToken): string {
  const reading = date.readings[0];
  return reading ? `${quote(date.text)} (${date.readings.map(formatDateValue).join(' or ')})` : quote(date.text);
}

export const dateMismatch: Check = {
  id: 'date-mismatch',
  severity: 'error',
  title: 'A date of the source is missing or different in the target (day, month and year compared)',
  examples: {
    ok: [
      { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On June 18, 2017, the army launched the assault.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 حزيران/يونيو 2017، شنّ الجيش الهجوم.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'L’offensive a été lancée en octobre 2016.', target: 'أُطلق الهجوم في تشرين الأول/أكتوبر ٢٠١٦.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Le rapport est daté du 18/06/2017.', target: 'The report is dated 18 June 2017.', sourceLang: 'fr', targetLang: 'en' },
    ],
    notOk: [
      { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On 18 July 2017, the army launched the assault.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'في 18 حزيران/يوليو 2017، شنّ الجيش الهجوم.', sourceLang: 'fr', targetLang: 'ar', note: 'the two month names disagree' },
      { source: 'L’offensive a été lancée en octobre 2016.', target: 'The offensive was launched in October 2015.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Le 18 juin 2017, l’armée a lancé l’assaut.', target: 'On 18 June, the army launched the assault.', sourceLang: 'fr', targetLang: 'en', note: 'the year is lost' },
    ],
  },
  run(pair: QaPair): Finding[] {
    const dates = pairDates(pair);
    const findings: Finding[] = [];
    const reported = new Set<DateToken>();
    for (const date of dates.target) {
      if (!date.conflict || reported.has(date)) continue;
      reported.add(date);
      const [a, b] = date.conflict;
      findings.push(findingOf(dateMismatch, pair, `Month names disagree in ${quote(date.text)} (month ${a} and month ${b})`, { side: 'target', start: date.start, end: date.end }));
    }
    // A day range gives one token per day with the same text: report the range once.
    const once = (list: DateToken[]): DateToken[] => list.filter((d, i) => list.findIndex((x) => x.start === d.start && x.end === d.end) === i);
    const missing = once(dates.unmatchedSource);
    const extra = once(dates.unmatchedTarget).filter((d) => !reported.has(d));
    const pairs = Math.min(missing.length, extra.length);
    for (let k = 0; k < pairs; k++) {
      const want = missing[k] as DateToken;
      const got = extra[k] as DateToken;
      findings.push(findingOf(dateMismatch, pair, `Unexpected date ${label(got)} in target, expected ${label(want)}`, { side: 'target', start: got.start, end: got.end }));
    }
    for (const want of missing.slice(pairs)) {
      findings.push(findingOf(dateMismatch, pair, `Missing date ${label(want)} in target`, { side: 'source', start: want.start, end: want.end }));
    }
    for (const got of extra.slice(pairs)) {
      findings.push(findingOf(dateMismatch, pair, `Unexpected date ${label(got)} in target, not in the source`, { side: 'target', start: got.start, end: got.end }));
    }
    return findings;
  },
};
