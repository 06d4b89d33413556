// Plain-text editions of a right-to-left language (the Markdown file, the i18next values) have no
// markup to isolate a Latin name with, so they get the Unicode isolates instead: LRI … PDI
// (UAX #9), as the W3C advises for text without markup. Otherwise a site that renders the
// Markdown, or an app that shows a bundle value, glues the figure that follows a Latin name to
// it ("Airbus A320 200 راكب" shows 200 on the wrong side: test/e2e.bidi.test.ts). Runs that the
// translator has already isolated (or embedded) are left as they are.

import type { Nodes, Root } from 'mdast';
import { EMBEDDING_OPENERS, ISOLATE_OPENERS, OVERRIDE_OPENERS, PDF, PDI } from '../qa/text/controls.js';
import { escapeText, unescapeText } from '../source/index.js';
import { PLAIN_TEXT_KINDS, type Block } from '../types.js';
import { findLatinRuns } from './latin-runs.js';

const LRI = '\u2066';
const OPENERS = new Set<string>([...ISOLATE_OPENERS, ...EMBEDDING_OPENERS, ...OVERRIDE_OPENERS]);
const CLOSERS = new Set<string>([PDI, PDF]);

/** Nodes where directional controls stop counting (UAX #9: a paragraph ends them all). */
const BLOCKS = new Set<string>(['paragraph', 'heading', 'tableCell']);

export interface Isolated {
  text: string;
  /** Isolates and embeddings still open at the end of the text. */
  depth: number;
}

/**
 * Wraps each Latin run of `text` in LRI … PDI, except the runs inside an isolate or embedding
 * (`depth` of them open before the text, as when a paragraph is split by emphasis).
 */
export function isolateLatinText(text: string, depth = 0): Isolated {
  const runs = findLatinRuns(text);
  let out = '';
  let at = 0;
  let open = depth;
  for (const run of runs) {
    for (; at < run.start; at++) {
      open = nextDepth(open, text[at]!);
      out += text[at];
    }
    out += open > 0 ? text.slice(run.start, run.end) : `${LRI}${text.slice(run.start, run.end)}${PDI}`;
    at = run.end;
  }
  const tail = text.slice(at);
  for (const char of tail) open = nextDepth(open, char);
  return { text: out + tail, depth: open };
}

function nextDepth(depth: number, char: string): number {
  if (OPENERS.has(char)) return depth + 1;
  if (CLOSERS.has(char)) return Math.max(0, depth - 1);
  return depth;
}

/** A copy of an edition's mdast with the Latin runs of its prose isolated (see isolateLatinText). */
export function isolateLatinMarkdown(tree: Root): Root {
  const copy = structuredClone(tree);
  const state = { depth: 0 };
  const visit = (node: Nodes): void => {
    if (hasOwnDirection(node)) return;
    if (BLOCKS.has(node.type)) state.depth = 0;
    // Only text nodes are prose: code, raw HTML and front matter hold values, not text children.
    if (node.type === 'text') {
      const isolated = isolateLatinText(node.value, state.depth);
      node.value = isolated.text;
      state.depth = isolated.depth;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(copy);
  return copy;
}

/** A node that sets its own direction, such as the span around a passage left in the source language. */
function hasOwnDirection(node: Nodes): boolean {
  const properties = (node.data as { hProperties?: { dir?: unknown } } | undefined)?.hProperties;
  return properties?.dir != null;
}

/**
 * Block texts with the Latin runs of the plain-text blocks isolated: the front matter's title and
 * summary (a site shows them as the page title), alt text and tooltips (attributes, where
 * `<bdi>` cannot go). They hold no tags.
 */
export function isolateLatinPlainTexts(texts: ReadonlyMap<number, string>, blocks: readonly Block[]): Map<number, string> {
  const out = new Map(texts);
  for (const block of blocks) {
    const text = texts.get(block.index);
    if (text !== undefined && PLAIN_TEXT_KINDS.has(block.kind)) out.set(block.index, escapeText(isolateLatinText(unescapeText(text)).text));
  }
  return out;
}

/** An i18next bundle with the Latin runs of its values isolated (tags such as `<1>` hold none). */
export function isolateLatinValues(bundle: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, isolateLatinText(value).text]));
}
