/**
 * Numbers differ between source and target.
 *
 * Numbers are compared by value, as a multiset in any order: `1 500` = `1,500` = `١٬٥٠٠`,
 * `3,5 %` = `3.5%` = `٣٫٥٪`, `10 h 30` = `10:30`, `1er` = `1st`, `XXe` = `20th` = `العشرين`,
 * `trois` = `three` = `3`. Numbers written in words are never required (a translator may
 * write `both` for `les deux`), but two different ones left over on both sides are reported.
 * Numbers inside dates belong to `date-mismatch`, so a wrong day is reported once. A decimal
 * comma where the target language groups thousands with it (`3,5` in English or Arabic) is read
 * as two numbers; it is reported once, as a decimal comma, with the way to write it. So is a
 * number grouped as the source language groups it (`1 500`, `1.500` for 1500 in English). Two
 * source numbers joined by a bare comma (`3,5 cases` for `3 ou 5 cas`) match by value but read
 * as one malformed number: that is reported too.
 */

import { canonicalNumber, extractNumbers, type NumberToken } from '../extract/numbers.js';
import { findingOf, quote } from '../finding.js';
import { langData } from '../lang/index.js';
import { numberSeparators } from '../lang/indexes.js';
import { foldDigits } from '../text/digits.js';
import { primaryLanguage } from '../../language-tag.js';
import { pairUp } from '../match/bipartite.js';
import type { Finding } from '../../types.js';
import type { Check, QaPair } from '../types.js';
import { dateNumbers, pairDates } from './date-match.js';

function label(token: NumberToken): string {
  const plain = token.text.replace(/[\s\u00A0\u202F\u2009]+/gu, '');
  return plain === token.value || token.kind === 'time' ? quote(token.text) : `${quote(token.text)} (${token.value})`;
}

function hardFirst(tokens: readonly NumberToken[]): number[] {
  return tokens.map((_, i) => i).sort((a, b) => Number(tokens[a]?.soft) - Number(tokens[b]?.soft) || a - b);
}

const LEADING_DIGITS = /^\p{Nd}+/u;

/** Whether the target language groups thousands with a comma (English, Arabic): `3,5` is then no decimal. */
function commaGroups(pair: QaPair): boolean {
  return !numberSeparators(langData(pair.targetLang)).decimal.includes(',');
}

/** The leading digits of `right` when it follows `left` after a bare comma in the target (`3,5`: `5`). */
function afterBareComma(pair: QaPair, left: NumberToken, right: NumberToken): string | undefined {
  if (right.start !== left.end + 1 || pair.target[left.end] !== ',') return undefined;
  return LEADING_DIGITS.exec(right.text)?.[0];
}

interface DecimalComma {
  /** The source number it stands for, and the two target numbers it was read as. */
  source: NumberToken;
  parts: [NumberToken, NumberToken];
  start: number;
  end: number;
  /** How the target language writes it. */
  written: string;
}

/**
 * A decimal comma in a language that has none (`3,5` in English or Arabic, as French writes it)
 * is read as two numbers, `3` and `5`: when together they make a source number that the target
 * does not write otherwise, it is one mistake, reported once with the way to write it. Found
 * before numbers are paired, so that the `8` of `6,8` is not taken for the source's other `8`.
 */
function decimalCommas(pair: QaPair, source: readonly NumberToken[], target: readonly NumberToken[]): DecimalComma[] {
  if (!commaGroups(pair)) return [];
  const out: DecimalComma[] = [];
  const used = new Set<NumberToken>();
  const ordered = [...target].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [whole, rest] = [ordered[i]!, ordered[i + 1]!];
    const fraction = afterBareComma(pair, whole, rest);
    if (whole.kind !== 'number' || !/^\P{L}+$/u.test(whole.text)) continue;
    if (fraction === undefined || used.has(whole) || used.has(rest)) continue;
    const key = `n:${canonicalNumber(foldDigits(whole.text.replace(/\P{Nd}/gu, '')), foldDigits(fraction))}`;
    const wanted = source.filter((t) => !used.has(t) && t.keys.includes(key));
    const written = ordered.filter((t) => t !== whole && t !== rest && !used.has(t) && t.keys.includes(key));
    // The source's value written correctly elsewhere in the target is not this one.
    const sourceToken = wanted.length > written.length ? wanted[0] : undefined;
    if (!sourceToken) continue;
    // Digits other than ASCII take the Arabic decimal sign (٣٫٥).
    const sign = /[0-9]/.test(fraction) ? '.' : '\u066B';
    out.push({ source: sourceToken, parts: [whole, rest], start: whole.start, end: rest.start + fraction.length, written: `${whole.text}${sign}${fraction}` });
    used.add(whole).add(rest).add(sourceToken);
  }
  return out;
}

interface SourceStyled {
  source: NumberToken;
  parts: NumberToken[];
  start: number;
  end: number;
  written: string;
}

/** Separators that join the pieces of one number written in the source's style (`1 500`, `1.500`). */
const JOINS = new Set([' ', '\u00A0', '\u202F', '.', ',']);
const NUMBER_BODY = /^\p{Nd}(?:[\p{Nd}.,\s\u00A0\u202F]*\p{Nd})?/u;

/**
 * A number written as the source language writes it (`1 500` or `1.500` for 1500 in English) is
 * read in the target's conventions as other numbers (`1` and `500`, or 1.5). When the text reads
 * in the source's conventions as a source number that is otherwise missing, it is one mistake,
 * reported once with the target's way to write it.
 */
function sourceStyled(pair: QaPair, missing: readonly NumberToken[], extra: readonly NumberToken[]): SourceStyled[] {
  const out: SourceStyled[] = [];
  const ordered = [...extra].filter((t) => t.kind === 'number').sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    let last = i;
    while (last + 1 < ordered.length && ordered[last + 1]!.start === ordered[last]!.end + 1 && JOINS.has(pair.target[ordered[last]!.end]!)) last++;
    // The longest run first: `1 250 000` before `1 250`.
    for (let j = last; j >= i; j--) {
      const body = NUMBER_BODY.exec(pair.target.slice(ordered[i]!.start, ordered[j]!.end))?.[0];
      if (body === undefined) continue;
      const read = extractNumbers(body, pair.sourceLang);
      if (read.length !== 1 || read[0]!.start !== 0 || read[0]!.end !== body.length || read[0]!.kind !== 'number') continue;
      const key = `n:${read[0]!.value}`;
      if (ordered[i]!.keys.includes(key)) continue;
      const source = missing.find((t) => !out.some((d) => d.source === t) && t.keys.includes(key));
      if (!source) continue;
      const digits = /[0-9]/.test(body) ? 'latn' : /[\u06F0-\u06F9]/u.test(body) ? 'arabext' : 'arab';
      const written = new Intl.NumberFormat(`${primaryLanguage(pair.targetLang)}-u-nu-${digits}`, { maximumFractionDigits: 20 }).format(Number(read[0]!.value));
      out.push({ source, parts: ordered.slice(i, j + 1), start: ordered[i]!.start, end: ordered[i]!.start + body.length, written });
      i = j;
      break;
    }
  }
  return out;
}

function shares(a: NumberToken, b: NumberToken): boolean {
  return a.keys.some((k) => b.keys.includes(k));
}

/**
 * Pairs of target numbers that matched source numbers but are joined by a bare comma, in a
 * language whose comma groups thousands: `3,5` is neither a number nor a list there.
 */
function joinedByComma(pair: QaPair, target: readonly NumberToken[], matched: ReadonlySet<NumberToken>): Array<[NumberToken, NumberToken, string]> {
  if (!commaGroups(pair)) return [];
  const ordered = target.filter((t) => matched.has(t) && t.kind === 'number').sort((a, b) => a.start - b.start);
  const out: Array<[NumberToken, NumberToken, string]> = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [left, right] = [ordered[i]!, ordered[i + 1]!];
    const digits = afterBareComma(pair, left, right);
    if (digits === undefined || !/^\p{Nd}+$/u.test(left.text)) continue;
    out.push([left, right, digits]);
    i++;
  }
  return out;
}

/** Word numbers worth comparing when both sides have one left: not `un`/`one`/`premier`, which are also articles and pronouns. */
function meaningful(token: NumberToken): boolean {
  return Number(token.value) >= 2;
}

export const numberMismatch: Check = {
  id: 'number-mismatch',
  severity: 'error',
  title: 'A number of the source is missing or different in the target (compared by value)',
  examples: {
    ok: [
      { source: 'Quelque 1 500 soldats.', target: 'Some 1,500 soldiers.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Une hausse de 3,5 %.', target: 'ارتفاع بنسبة ٣٫٥٪.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Au moins 426 civils ont été tués.', target: 'قُتل ما لا يقل عن 426 مدنياً.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Trois soldats ont été blessés.', target: '3 soldiers were wounded.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'La réunion a commencé à 10 h 30.', target: 'The meeting began at 10.30am.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Au XXe siècle.', target: 'في القرن العشرين.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Les deux pays ont signé.', target: 'Both countries signed.', sourceLang: 'fr', targetLang: 'en', note: 'a word number may be rephrased' },
    ],
    notOk: [
      { source: 'Au moins 426 civils ont été tués.', target: 'At least 425 civilians were killed.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Quelque 1 500 soldats.', target: 'نحو ١٥٠ جندياً.', sourceLang: 'fr', targetLang: 'ar' },
      { source: 'Une hausse de 3,5 %.', target: 'A rise of 35%.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Une hausse de 3,5 %.', target: 'A rise of 3,5%.', sourceLang: 'fr', targetLang: 'en', note: 'a decimal comma, where English groups thousands with it' },
      { source: 'Quelque 1 500 soldats.', target: 'Some 1.500 soldiers.', sourceLang: 'fr', targetLang: 'en', note: 'grouped as French may, read as 1.5 in English' },
      { source: 'On signale 3 ou 5 cas.', target: '3,5 cases are reported.', sourceLang: 'fr', targetLang: 'en', note: 'two numbers joined by a bare comma read as one malformed number' },
      { source: 'Trois soldats ont été blessés.', target: 'Four soldiers were wounded.', sourceLang: 'fr', targetLang: 'en' },
      { source: 'Ils ont mené 45 frappes.', target: 'They carried out strikes.', sourceLang: 'fr', targetLang: 'en' },
    ],
  },
  run(pair: QaPair): Finding[] {
    const dates = pairDates(pair);
    const allSource = extractNumbers(pair.source, pair.sourceLang, { exclude: dates.source });
    const allTarget = extractNumbers(pair.target, pair.targetLang, { exclude: dates.target });
    const commas = decimalCommas(
      pair,
      allSource.filter((t) => !t.soft),
      allTarget.filter((t) => !t.soft),
    );
    const afterCommas = new Set<NumberToken>(commas.flatMap((d) => [d.source, ...d.parts]));
    const source = allSource.filter((t) => !afterCommas.has(t));
    const target = allTarget.filter((t) => !afterCommas.has(t));
    const pairing = pairUp(source, target, shares, { source: hardFirst(source), target: hardFirst(target) });
    // A number equal to part of a date the other side lacks is the date check's to report.
    const sourceDateParts = dateNumbers(dates.unmatchedSource);
    const targetDateParts = dateNumbers(dates.unmatchedTarget);
    const leftSource = pairing.unmatchedSource.map((i) => source[i] as NumberToken);
    const leftTarget = pairing.unmatchedTarget.map((j) => target[j] as NumberToken);
    const styled = sourceStyled(
      pair,
      leftSource.filter((t) => !t.soft),
      leftTarget.filter((t) => !t.soft),
    );
    // The decimal commas' numbers are out of `source` and `target` already.
    const explained = new Set<NumberToken>(styled.flatMap((d) => [d.source, ...d.parts]));
    const missing = leftSource.filter((t) => !t.soft && !targetDateParts.has(t.value) && !explained.has(t));
    const extra = leftTarget.filter((t) => !t.soft && !sourceDateParts.has(t.value) && !explained.has(t));
    const softSource = leftSource.filter((t) => t.soft && meaningful(t));
    const softTarget = leftTarget.filter((t) => t.soft && meaningful(t));

    const leftTargetSet = new Set(leftTarget);
    const joined = joinedByComma(pair, target, new Set(target.filter((t) => !leftTargetSet.has(t))));
    const findings: Finding[] = joined.map(([left, right, digits]) => {
      const end = right.start + digits.length;
      return findingOf(
        numberMismatch,
        pair,
        `${quote(pair.target.slice(left.start, end))} joins two numbers of the source, ${quote(left.text)} and ${quote(pair.target.slice(right.start, end))}, with a bare comma: in ${pair.targetLang} text it reads as one malformed number; write them apart as the source does`,
        { side: 'target', start: left.start, end },
      );
    });
    findings.push(...commas.map((d) =>
      findingOf(
        numberMismatch,
        pair,
        `Decimal comma in ${quote(pair.target.slice(d.start, d.end))}: in ${pair.targetLang} text a comma groups thousands; write ${quote(d.written)} (the source's ${label(d.source)})`,
        { side: 'target', start: d.start, end: d.end },
      ),
    ));
    for (const d of styled) {
      findings.push(
        findingOf(
          numberMismatch,
          pair,
          `${quote(pair.target.slice(d.start, d.end))} follows ${pair.sourceLang} number style, which reads otherwise in ${pair.targetLang} text; write ${quote(d.written)} (the source's ${label(d.source)})`,
          { side: 'target', start: d.start, end: d.end },
        ),
      );
    }
    const expected = [...missing, ...softSource];
    const found = [...extra, ...softTarget];
    const pairs = Math.min(expected.length, found.length);
    for (let k = 0; k < pairs; k++) {
      const want = expected[k] as NumberToken;
      const got = found[k] as NumberToken;
      if (want.soft && got.soft) {
        findings.push(findingOf(numberMismatch, pair, `Number ${label(want)} of the source is ${label(got)} in the target`, { side: 'target', start: got.start, end: got.end }));
      } else {
        findings.push(findingOf(numberMismatch, pair, `Unexpected number ${label(got)} in target, expected ${label(want)}`, { side: 'target', start: got.start, end: got.end }));
      }
    }
    for (const want of expected.slice(pairs)) {
      if (want.soft) continue;
      findings.push(findingOf(numberMismatch, pair, `Missing number ${label(want)} in target`, { side: 'source', start: want.start, end: want.end }));
    }
    for (const got of found.slice(pairs)) {
      if (got.soft) continue;
      findings.push(findingOf(numberMismatch, pair, `Unexpected number ${label(got)} in target, not in the source`, { side: 'target', start: got.start, end: got.end }));
    }
    return findings;
  },
};
