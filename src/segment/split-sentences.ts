// Split one text into sentences. Inline tags are transparent to the rules, a boundary never
// falls inside a paired tag, and offsets refer to the text as given (tags included).

import type { Sentence } from '../types.js';
import { findBoundaries } from './engine.js';
import { rulesFor } from './languages.js';
import { originalBoundary, plainView, type InvisibleSpan, type PlainView } from './plain-view.js';

/** `[open.start, close.end)` of each paired tag whose two halves are both present. */
function pairedTagRanges(spans: readonly InvisibleSpan[]): Array<[number, number]> {
  const open = new Map<number, number>();
  const ranges: Array<[number, number]> = [];
  for (const span of spans) {
    if (span.tag === undefined) continue;
    if (span.role === 'open') open.set(span.tag, span.start);
    else if (span.role === 'close') {
      const start = open.get(span.tag);
      if (start !== undefined) {
        ranges.push([start, span.end]);
        open.delete(span.tag);
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Drop boundaries (ascending) that would cut a paired tag in two. */
function outsideTagPairs(boundaries: number[], ranges: ReadonlyArray<[number, number]>): number[] {
  if (ranges.length === 0) return boundaries;
  const kept: number[] = [];
  let next = 0;
  let coveredUntil = -1;
  for (const boundary of boundaries) {
    while (next < ranges.length && ranges[next]![0] < boundary) coveredUntil = Math.max(coveredUntil, ranges[next++]![1]);
    if (coveredUntil <= boundary) kept.push(boundary);
  }
  return kept;
}

function toOriginal(view: PlainView, boundaries: number[]): number[] {
  if (view.toOriginal === null) return boundaries;
  const spanAt = new Map(view.invisible.map((span) => [span.start, span]));
  return boundaries.map((boundary) => originalBoundary(view, boundary, spanAt));
}

const LEADING_SPACE = /\S/g;

/** The sentence between two boundaries, without surrounding whitespace; `null` when blank. */
function trimmed(text: string, start: number, end: number): Sentence | null {
  LEADING_SPACE.lastIndex = start;
  const first = LEADING_SPACE.exec(text);
  if (first === null || first.index >= end) return null;
  let last = end;
  while (last > first.index && /\s/.test(text[last - 1]!)) last--;
  return { start: first.index, end: last, text: text.slice(first.index, last) };
}

/** Split `text` into sentences with the rules of `lang` (`fr`, `en`, `ar`; `fr-CA` → `fr`). */
export function splitSentences(text: string, lang: string): Sentence[] {
  const language = rulesFor(lang);
  const view = plainView(text);
  const boundaries = outsideTagPairs(toOriginal(view, findBoundaries(view.text, language)), pairedTagRanges(view.invisible));
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of [...boundaries, text.length]) {
    const sentence = trimmed(text, start, end);
    if (sentence !== null) sentences.push(sentence);
    start = end;
  }
  return sentences;
}
