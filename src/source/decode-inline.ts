import type { PhrasingContent, Text } from 'mdast';
import { unescapeText } from './escape.js';
import { tokenizeTaggedText } from './tagged-text.js';

type Paired = Extract<PhrasingContent, { children: unknown }>;

interface Frame {
  n: number;
  node: Paired | undefined;
  children: PhrasingContent[];
  /** Reopened after an outer tag closed across it; dropped if it gets no content. */
  reopened?: boolean;
}

// Markdown cannot open or close emphasis next to a space (`** bold **` is literal), so spaces a
// translator leaves inside these tags are moved just outside them.
const ATTENTION = new Set(['emphasis', 'strong', 'delete']);

/**
 * Turns (translated) block text back into phrasing content, taking for each tag number the
 * original node in `nodes`. Translators may move, repeat or drop tags: a dropped tag just
 * disappears, a missing closing tag is closed at the end, a closing tag that matches nothing
 * open is dropped, overlapping tags (`<1>a <2>b</1> c</2>`) are split the way HTML parsers do
 * (`<1>a <2>b</2></1><2> c</2>`), and a tag that is unknown or used in the wrong form (`<1/>`
 * for a paired tag) stays as literal text. Never throws.
 */
export function decodeInline(text: string, nodes: ReadonlyMap<number, PhrasingContent>): PhrasingContent[] {
  const stack: Frame[] = [{ n: 0, node: undefined, children: [] }];
  const top = (): Frame => stack[stack.length - 1]!;
  const literal = (value: string): void => {
    top().children.push({ type: 'text', value });
  };
  const closeTop = (): void => {
    const frame = stack.pop()!;
    top().children.push(...finish(frame));
  };
  for (const token of tokenizeTaggedText(text)) {
    if (token.type === 'text') {
      literal(unescapeText(token.value));
      continue;
    }
    const node = nodes.get(token.n);
    const paired = node !== undefined && 'children' in node;
    if (token.type === 'open' && paired) {
      stack.push({ n: token.n, node, children: [] });
    } else if (token.type === 'self' && node !== undefined && !paired) {
      top().children.push({ ...node });
    } else if (token.type === 'close' && stack.some((f, i) => i > 0 && f.n === token.n)) {
      // Closing an outer tag closes the ones opened inside it, which then continue after it.
      const reopen: Frame[] = [];
      while (top().n !== token.n) {
        const { n, node: inner } = top();
        reopen.unshift({ n, node: inner, children: [], reopened: true });
        closeTop();
      }
      closeTop();
      stack.push(...reopen);
    } else if (token.type === 'close' && paired) {
      // A known tag closed twice, or closed before it opens: nothing to close.
    } else {
      literal(token.raw);
    }
  }
  while (stack.length > 1) closeTop();
  return mergeText(stack[0]!.children);
}

function finish(frame: Frame): PhrasingContent[] {
  const children = mergeText(frame.children);
  const node = frame.node!;
  if (frame.reopened && children.length === 0) return [];
  if (!ATTENTION.has(node.type)) return [{ ...node, children } as Paired];
  const [lead, inner, trail] = hoistSpaces(children);
  const out: PhrasingContent[] = [];
  if (lead) out.push({ type: 'text', value: lead });
  if (inner.length > 0) out.push({ ...node, children: inner } as Paired);
  if (trail) out.push({ type: 'text', value: trail });
  return out;
}

function hoistSpaces(children: PhrasingContent[]): [string, PhrasingContent[], string] {
  const inner = children.slice();
  let lead = '';
  let trail = '';
  const first = inner[0];
  if (first?.type === 'text') {
    const m = /^\s+/.exec(first.value);
    if (m) {
      lead = m[0];
      inner[0] = { ...first, value: first.value.slice(lead.length) };
    }
  }
  const lastIndex = inner.length - 1;
  const last = inner[lastIndex];
  if (last?.type === 'text') {
    const m = /\s+$/.exec(last.value);
    if (m) {
      trail = m[0];
      inner[lastIndex] = { ...last, value: last.value.slice(0, last.value.length - trail.length) };
    }
  }
  return [lead, mergeText(inner), trail];
}

/** Merges adjacent text nodes and drops empty ones. */
function mergeText(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      if (!child.value) continue;
      const prev = out[out.length - 1];
      if (prev?.type === 'text') {
        out[out.length - 1] = { type: 'text', value: (prev as Text).value + child.value };
        continue;
      }
    }
    out.push(child);
  }
  return out;
}
