// A segment's text for reading: inline tags as chips, runs of the other direction isolated
// (Latin names and grouped numbers in Arabic, Arabic words in French or English), and optional
// highlighted ranges (glossary terms).

import type { ComponentChildren, JSX } from 'preact';
import { findLatinRuns } from '../../src/build/latin-runs.js';
import type { InlineTag } from '../../src/types.js';

export interface Highlight {
  start: number;
  end: number;
  title: string;
  className?: string;
}

interface Span {
  start: number;
  end: number;
}

const TAG = /<(\/?)(\d+)(\/?)>/g;
// A number with separators the bidi algorithm would split in a right-to-left line: French
// thousands with spaces ("1 500"), ranges and dates ("2016-2017", "12/07/2017").
const GROUPED_NUMBER = /\p{Nd}{1,3}(?:[ \u00A0\u202F]\p{Nd}{3})+(?!\p{Nd})|\p{Nd}+(?:[.,\u066B\u066C:/-]\p{Nd}+)+/gu;
const ARABIC_RUN = /\p{Script=Arabic}(?:[\p{Script=Arabic}\p{M}\p{Nd} \u00A0]*[\p{Script=Arabic}\p{M}])?/gu;
// Neutral filler that hides tags from the run finders without joining runs across them.
const MASK = '\uFFFC';

export function RichText(props: {
  text: string;
  dir: 'ltr' | 'rtl';
  tags?: readonly InlineTag[];
  highlights?: readonly Highlight[];
}): JSX.Element {
  const { text, dir } = props;
  const tags = [...text.matchAll(TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length, n: Number(m[2]) }));
  let masked = text;
  for (const tag of tags) masked = masked.slice(0, tag.start) + MASK.repeat(tag.end - tag.start) + masked.slice(tag.end);
  const isolates = dir === 'rtl' ? rtlIsolates(masked) : matches(masked, ARABIC_RUN);
  const isolateDir = dir === 'rtl' ? 'ltr' : 'rtl';
  const highlights = props.highlights ?? [];

  const cuts = new Set([0, text.length]);
  for (const span of [...tags, ...isolates, ...highlights]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const out: ComponentChildren[] = [];
  let group: ComponentChildren[] = [];
  let groupIsolate = -1;
  const flush = (): void => {
    if (group.length === 0) return;
    out.push(groupIsolate >= 0 ? <bdi dir={isolateDir}>{group}</bdi> : group);
    group = [];
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const isolate = isolates.findIndex((s) => s.start <= start && end <= s.end);
    if (isolate !== groupIsolate) {
      flush();
      groupIsolate = isolate;
    }
    const tag = tags.find((t) => t.start <= start && end <= t.end);
    if (tag) {
      if (tag.start === start) {
        const description = props.tags?.find((t) => t.n === tag.n)?.description;
        group.push(
          <bdi dir="ltr" class="tag" title={description ? `Inline tag ${tag.n}: ${description}` : `Inline tag ${tag.n}`}>
            {text.slice(tag.start, tag.end)}
          </bdi>,
        );
      }
      continue;
    }
    const piece = text.slice(start, end);
    const highlight = highlights.find((h) => h.start <= start && end <= h.end);
    group.push(highlight ? <mark class={highlight.className} title={highlight.title}>{piece}</mark> : piece);
  }
  flush();
  return <>{out}</>;
}

/** Latin runs (names, English words) and grouped numbers, not overlapping. */
function rtlIsolates(text: string): Span[] {
  const latin = findLatinRuns(text);
  const numbers = matches(text, GROUPED_NUMBER).filter((n) => !latin.some((l) => l.start < n.end && n.start < l.end));
  return [...latin, ...numbers].sort((a, b) => a.start - b.start);
}

function matches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
