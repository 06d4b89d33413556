// Adapting a match that differs from the query only in numbers or month names: the target
// gets the query's figures (found in the target by value, written in the target's digits and
// separators) and month names (in the same name set). When a changed figure cannot be found
// in the target, there is no adaptation: a wrong number is worse than none.

import { findMonths, monthName } from './months.js';
import { findNumbers, formatLike } from './numbers.js';
import { normalizeSpacing } from './normalize.js';

interface Variable {
  kind: 'number' | 'month';
  value: string;
}

/** The text with numbers and months replaced by placeholders, and their values in order. */
function skeleton(text: string, lang: string): { shape: string; values: Variable[] } {
  const spans = [
    ...findNumbers(text, lang).map((n) => ({ start: n.start, end: n.end, v: { kind: 'number' as const, value: n.value } })),
    ...findMonths(text, lang).map((m) => ({ start: m.start, end: m.end, v: { kind: 'month' as const, value: String(m.month) } })),
  ].sort((a, b) => a.start - b.start);
  let shape = '';
  let at = 0;
  for (const span of spans) {
    shape += text.slice(at, span.start).toLowerCase() + (span.v.kind === 'number' ? '\u0001' : '\u0002');
    at = span.end;
  }
  shape += text.slice(at).toLowerCase();
  return { shape, values: spans.map((s) => s.v) };
}

/** True when the two sources differ, and only in numbers or month names. */
export function differsOnlyInFigures(query: string, source: string, sourceLang: string): boolean {
  const q = skeleton(normalizeSpacing(query), sourceLang);
  const s = skeleton(normalizeSpacing(source), sourceLang);
  return q.shape === s.shape && q.values.some((v, i) => v.value !== s.values[i]!.value);
}

/**
 * The target with the query's figures in place of the source's, or `undefined` when the match
 * differs in more than figures or a changed figure is not in the target.
 */
export function adaptTarget(
  query: string,
  source: string,
  target: string,
  sourceLang: string,
  targetLang: string,
): string | undefined {
  const q = skeleton(normalizeSpacing(query), sourceLang);
  const s = skeleton(normalizeSpacing(source), sourceLang);
  if (q.shape !== s.shape) return undefined;
  const changes = s.values.map((old, i) => ({ old, now: q.values[i]! })).filter((c) => c.old.value !== c.now.value);
  if (changes.length === 0) return undefined;
  const numbers = findNumbers(target, targetLang);
  const months = findMonths(target, targetLang);
  const usedNumbers = new Set<number>();
  const usedMonths = new Set<number>();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { old, now } of changes) {
    if (old.kind === 'number') {
      const at = numbers.findIndex((n, i) => !usedNumbers.has(i) && n.value === old.value);
      if (at < 0) return undefined;
      usedNumbers.add(at);
      const token = numbers[at]!;
      edits.push({ start: token.start, end: token.end, text: formatLike(now.value, token, targetLang) });
    } else {
      const at = months.findIndex((m, i) => !usedMonths.has(i) && String(m.month) === old.value);
      if (at < 0) return undefined;
      usedMonths.add(at);
      const token = months[at]!;
      edits.push({
        start: token.start,
        end: token.end,
        text: monthName(Number(now.value), token, target.slice(token.start, token.end), targetLang),
      });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = target;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
