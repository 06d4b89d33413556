// Adapting a match that differs from the query only in numbers, times, month or weekday names:
// the target gets the query's figures (found in the target by value, written in the target's
// digits and separators, or in English words where the target has words), times (in the target's
// style: `7.30pm`, `19:30`) and month and weekday names (in the same name set). Numbers in words
// count as figures in the source (`deux soldats` → `trois soldats`), and so do ordinals, in
// digits or words (`3e`, `troisième` → `4th`, `fourth`; `1er tour` → `2nd round`). When a
// changed figure cannot be found in the target, or not rewritten there, there is no adaptation:
// a wrong number is worse than none. So is a noun that no longer agrees with its number, which
// the number checks cannot see: `12 قتيلا` does not become `9 قتيلا` (Arabic counts 3 to 10 with
// a plural, 11 to 99 with a singular), nor `1 soldier` `2 soldier`. The unadapted match keeps
// the old figure, which the numbers penalty and the quality checks both report, and
// adaptFigures says why, for the translator.

import { dateName, findDateNames, type DateNameKind } from './date-names.js';
import { findNumbers, formatLike } from './numbers.js';
import { normalizeSpacing } from './normalize.js';
import { findWordNumbers, writeOrdinalWordLike, writeWordNumberLike } from './number-words.js';
import { ordinalSuffixAt, ordinalSuffixFor } from './ordinals.js';
import { findTimes, formatTimeLike } from './times.js';
import { primaryLanguage } from '../language-tag.js';
import { extractNumbers } from '../qa/index.js';

interface Variable {
  kind: 'number' | 'ordinal' | 'time' | DateNameKind;
  value: string;
  /** As written in its text, for the reason given when it cannot be adapted. */
  text: string;
}

const NAMES: readonly DateNameKind[] = ['month', 'weekday'];

const pluralRules = new Map<string, Intl.PluralRules | undefined>();

/**
 * The plural rules of a language, or `undefined` when Intl has none: a memory's tag may be
 * anything (`en_US`, `x-klingon`), and Intl would give an unknown one the machine's own rules.
 */
function pluralRulesOf(lang: string): Intl.PluralRules | undefined {
  const primary = primaryLanguage(lang);
  if (!pluralRules.has(primary)) {
    let rules: Intl.PluralRules | undefined;
    try {
      rules = Intl.PluralRules.supportedLocalesOf([primary]).length > 0 ? new Intl.PluralRules(primary) : undefined;
    } catch {
      rules = undefined;
    }
    pluralRules.set(primary, rules);
  }
  return pluralRules.get(primary);
}

/**
 * True when a word other than a month name (`12 نيسان` is a date) follows the number and the
 * number's plural category (Intl.PluralRules: the forms a counted noun takes) changes: the word
 * may be a noun that must change with it.
 */
function agreementChanges(before: string, after: string, target: string, end: number, lang: string, months: readonly { start: number }[]): boolean {
  const gap = /^[\s\u00a0\u202f]*/u.exec(target.slice(end))![0].length;
  if (!/^\p{L}/u.test(target.slice(end + gap, end + gap + 1)) || months.some((m) => m.start === end + gap)) return false;
  const rules = pluralRulesOf(lang);
  return rules !== undefined && rules.select(Number(before)) !== rules.select(Number(after));
}

const PLACEHOLDER: Record<Variable['kind'], string> = { number: '\u0001', month: '\u0002', weekday: '\u0003', time: '\u0004', ordinal: '\u0005' };

/** The text with numbers, times, months and weekdays replaced by placeholders, and their values in order. */
function skeleton(text: string, lang: string): { shape: string; values: Variable[] } {
  // Read once as the checks read numbers: times and numbers in words both come from it.
  const read = extractNumbers(text, lang);
  const times = findTimes(text, lang, read);
  const inTime = (n: { start: number; end: number }): boolean => times.some((t) => n.start < t.end && t.start < n.end);
  const spans = [
    ...times.map((t) => ({ start: t.start, end: t.end, v: { kind: 'time' as const, value: t.value } })),
    ...findNumbers(text, lang)
      .filter((n) => !inTime(n))
      .map((n) => {
        // `1er` and `2e` are one shape: the suffix goes with the value.
        const suffix = ordinalSuffixAt(text, n.end, lang);
        return suffix === undefined
          ? { start: n.start, end: n.end, v: { kind: 'number' as const, value: n.value } }
          : { start: n.start, end: n.end + suffix.length, v: { kind: 'ordinal' as const, value: n.value } };
      }),
    ...findWordNumbers(text, lang, { read }).map((n) => ({ start: n.start, end: n.end, v: { kind: n.ordinal ? ('ordinal' as const) : ('number' as const), value: n.value } })),
    ...NAMES.flatMap((kind) => findDateNames(text, lang, kind).map((m) => ({ start: m.start, end: m.end, v: { kind, value: String(m.number) } }))),
  ].sort((a, b) => a.start - b.start);
  let shape = '';
  let at = 0;
  for (const span of spans) {
    shape += text.slice(at, span.start).toLowerCase() + PLACEHOLDER[span.v.kind];
    at = span.end;
  }
  shape += text.slice(at).toLowerCase();
  return { shape, values: spans.map((s) => ({ ...s.v, text: text.slice(s.start, s.end) })) };
}

/** What became of a match whose source differs from the query in figures only. */
export type FigureAdaptation = { adapted: string } | { refused: string };

/**
 * The target with the query's figures in place of the source's, or why it cannot be had (for
 * the translator: `the target has no 426`); `undefined` when the sources differ in more than
 * figures, or not at all.
 */
export function adaptFigures(query: string, source: string, target: string, sourceLang: string, targetLang: string): FigureAdaptation | undefined {
  const q = skeleton(normalizeSpacing(query), sourceLang);
  const s = skeleton(normalizeSpacing(source), sourceLang);
  if (q.shape !== s.shape) return undefined;
  const changes = s.values.map((old, i) => ({ old, now: q.values[i]! })).filter((c) => c.old.value !== c.now.value);
  if (changes.length === 0) return undefined;
  const missing = (old: Variable): FigureAdaptation => ({ refused: `the target has no ${old.text}` });
  const agreeing = (written: string, now: Variable): FigureAdaptation => ({ refused: `the word after ${written} in the target may have to change for ${now.text}` });
  const unwritable = (written: string, now: Variable): FigureAdaptation => ({ refused: `${written} in the target cannot be rewritten for ${now.text}` });
  const read = extractNumbers(target, targetLang);
  const times = findTimes(target, targetLang, read);
  // The 30 of `19:30` is not the source's `30 %`.
  const numbers = findNumbers(target, targetLang).filter((n) => !times.some((t) => n.start < t.end && t.start < n.end));
  // `3rd` is the ordinal 3, not the number: `3 jours` → `4 jours` must not make it `4rd`.
  const suffixes = numbers.map((n) => ordinalSuffixAt(target, n.end, targetLang));
  const usedTimes = new Set<number>();
  const names = { month: findDateNames(target, targetLang, 'month'), weekday: findDateNames(target, targetLang, 'weekday') };
  const usedNumbers = new Set<number>();
  const wordNumbers = findWordNumbers(target, targetLang, { ones: true, read });
  const usedWords = new Set<number>();
  const usedNames = { month: new Set<number>(), weekday: new Set<number>() };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { old, now } of changes) {
    if (old.kind === 'time') {
      const at = times.findIndex((t, i) => !usedTimes.has(i) && t.value === old.value);
      const text = at < 0 ? undefined : formatTimeLike(now.value, times[at]!, targetLang);
      if (text !== undefined) {
        usedTimes.add(at);
        edits.push({ start: times[at]!.start, end: times[at]!.end, text });
        continue;
      }
      // `pendant 10 heures` reads as a time but is a duration: `for 10 hours` has the number.
      const hours = /^(\d+):00$/u;
      const [before, after] = [hours.exec(old.value)?.[1], hours.exec(now.value)?.[1]];
      if (before === undefined || after === undefined) return missing(old);
      const n = numbers.findIndex((x, i) => !usedNumbers.has(i) && suffixes[i] === undefined && x.value === before);
      if (n < 0) return missing(old);
      if (agreementChanges(before, after, target, numbers[n]!.end, targetLang, names.month)) return agreeing(numbers[n]!.text, now);
      usedNumbers.add(n);
      edits.push({ start: numbers[n]!.start, end: numbers[n]!.end, text: formatLike(after, numbers[n]!, targetLang) });
    } else if (old.kind === 'ordinal') {
      // In digits with the suffix of the new value (`3rd` → `4th`, `1re` → `2e`), in English words
      // (`third` → `fourth`), or else a plain number (`Day 3`, `اليوم 3`).
      const free = (i: number): boolean => !usedNumbers.has(i) && numbers[i]!.value === old.value;
      const w = wordNumbers.findIndex((n, i) => !usedWords.has(i) && n.ordinal && n.value === old.value);
      let at = numbers.findIndex((_, i) => free(i) && suffixes[i] !== undefined);
      if (at < 0 && w >= 0) {
        const text = writeOrdinalWordLike(now.value, wordNumbers[w]!, targetLang);
        if (text === undefined) return unwritable(wordNumbers[w]!.text, now);
        usedWords.add(w);
        edits.push({ start: wordNumbers[w]!.start, end: wordNumbers[w]!.end, text });
        continue;
      }
      if (at < 0) at = numbers.findIndex((_, i) => free(i));
      if (at < 0) return missing(old);
      const token = numbers[at]!;
      const suffix = suffixes[at];
      const written = suffix === undefined ? '' : ordinalSuffixFor(now.value, suffix, targetLang);
      if (written === undefined) return unwritable(token.text + suffix, now);
      usedNumbers.add(at);
      edits.push({ start: token.start, end: token.end + (suffix?.length ?? 0), text: formatLike(now.value, token, targetLang) + written });
    } else if (old.kind === 'number') {
      const at = numbers.findIndex((n, i) => !usedNumbers.has(i) && suffixes[i] === undefined && n.value === old.value);
      if (at >= 0) {
        usedNumbers.add(at);
        const token = numbers[at]!;
        if (agreementChanges(old.value, now.value, target, token.end, targetLang, names.month)) return agreeing(token.text, now);
        edits.push({ start: token.start, end: token.end, text: formatLike(now.value, token, targetLang) });
        continue;
      }
      // The target may write it in words: `two soldiers` → `three soldiers`.
      const w = wordNumbers.findIndex((n, i) => !usedWords.has(i) && !n.ordinal && n.value === old.value);
      if (w < 0) return missing(old);
      const text = writeWordNumberLike(now.value, wordNumbers[w]!, targetLang);
      if (text === undefined) return unwritable(wordNumbers[w]!.text, now);
      if (agreementChanges(old.value, now.value, target, wordNumbers[w]!.end, targetLang, names.month)) return agreeing(wordNumbers[w]!.text, now);
      usedWords.add(w);
      edits.push({ start: wordNumbers[w]!.start, end: wordNumbers[w]!.end, text });
    } else {
      const kind = old.kind;
      const at = names[kind].findIndex((m, i) => !usedNames[kind].has(i) && String(m.number) === old.value);
      if (at < 0) return missing(old);
      usedNames[kind].add(at);
      const token = names[kind][at]!;
      edits.push({
        start: token.start,
        end: token.end,
        text: dateName(kind, Number(now.value), token, target.slice(token.start, token.end), targetLang),
      });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = target;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { adapted: out };
}

/**
 * The target with the query's figures in place of the source's, or `undefined` when the match
 * differs in more than figures or a changed figure cannot be adapted (adaptFigures says why).
 */
export function adaptTarget(query: string, source: string, target: string, sourceLang: string, targetLang: string): string | undefined {
  const result = adaptFigures(query, source, target, sourceLang, targetLang);
  return result && 'adapted' in result ? result.adapted : undefined;
}
