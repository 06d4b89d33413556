import type { Element, ElementContent, Root, RootContent } from 'hast';
import { findLatinRuns } from './latin-runs.js';

// Content whose direction is already settled, or that is not prose.
const SKIP = new Set(['bdi', 'bdo', 'code', 'kbd', 'pre', 'samp', 'script', 'style', 'svg', 'math', 'var']);

/**
 * rehype plugin for right-to-left editions: wraps each Latin-script run of a text (a name such
 * as "Amnesty International (AI)", an English word, a URL) in `<bdi>`, so that the bidi
 * algorithm lays it out as one left-to-right unit inside the Arabic sentence. Elements that
 * carry their own `dir` (e.g. a passage left in French) are left alone.
 */
export function rehypeIsolateLatin(): (tree: Root) => void {
  return (tree) => {
    isolateChildren(tree);
  };
}

function isolateChildren(parent: Root | Element): void {
  const out: Array<RootContent & ElementContent> = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      out.push(...splitText(child.value));
      continue;
    }
    if (child.type === 'element' && !SKIP.has(child.tagName) && child.properties.dir == null) {
      isolateChildren(child);
    }
    out.push(child as RootContent & ElementContent);
  }
  parent.children = out;
}

function splitText(value: string): Array<RootContent & ElementContent> {
  const runs = findLatinRuns(value);
  if (runs.length === 0) return [{ type: 'text', value }];
  const out: Array<RootContent & ElementContent> = [];
  let last = 0;
  for (const { start, end } of runs) {
    if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
    out.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: value.slice(start, end) }] });
    last = end;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
