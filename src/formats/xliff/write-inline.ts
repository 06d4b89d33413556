// Block text (`Le <1>président</1> a dit<2/>`) → XLIFF 2.0 inline content of one side (all
// sources, or all targets) of a unit. A tag pair closed in the same segment is a <pc>; a pair
// split across segments (bold over two sentences) is an <sc>/<ec> pair linked by `startRef`,
// and `isolated="yes"` when its other half is not in the unit; a standalone tag is a <ph>.
// Code IDs are the tag numbers, unique in a unit because tags are numbered per block; the
// Markdown of each code goes to <originalData> through `dataRef`.

import type { InlineTag } from '../../types.js';
import { tokenizeTaggedText, unescapeText, type TaggedToken } from '../../source/index.js';
import { markdownCode, type MarkdownCode } from './markdown-codes.js';
import { content, mixedElement, type XmlChild, type XmlElement } from './xml-writer.js';

type Role = 'pc-start' | 'pc-end' | 'sc' | 'ec';

/** Decides, in one segment, which tags pair up as <pc> and which are left open or closed. */
function roles(tokens: readonly TaggedToken[]): Map<number, Role> {
  const result = new Map<number, Role>();
  const stack: number[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'open') stack.push(i);
    if (token.type !== 'close') return;
    const depth = stack.findLastIndex((j) => (tokens[j] as { n: number }).n === token.n);
    if (depth < 0) {
      result.set(i, 'ec');
      return;
    }
    // Tags opened inside the pair and still open cross its end: they cannot be <pc>.
    for (const j of stack.slice(depth + 1)) result.set(j, 'sc');
    result.set(stack[depth] as number, 'pc-start');
    result.set(i, 'pc-end');
    stack.length = depth;
  });
  for (const j of stack) result.set(j, 'sc');
  return result;
}

export interface InlineSide {
  /** Inline content for each text; `[]` for an absent text. */
  children: XmlChild[][];
  /** <originalData> entries the codes refer to: data ID → Markdown. */
  data: Map<string, string>;
}

const startRef = (n: number): string => `d${n}`;
const endRef = (n: number): string => `d${n}-end`;

/** XLIFF inline content for the texts of one side of a unit. */
export function writeInline(texts: readonly (string | undefined)[], tags: ReadonlyMap<number, InlineTag>): InlineSide {
  const tokenized = texts.map((text) => (text === undefined ? [] : tokenizeTaggedText(text)));
  const segmentRoles = tokenized.map(roles);
  // Which spans are split across segments, to tell linked <sc>/<ec> from isolated ones.
  const opened = new Set<number>();
  const closed = new Set<number>();
  tokenized.forEach((tokens, s) =>
    segmentRoles[s]?.forEach((role, i) => {
      const n = (tokens[i] as { n: number }).n;
      if (role === 'sc') opened.add(n);
      if (role === 'ec') closed.add(n);
    }),
  );
  const data = new Map<string, string>();
  const codeOf = (n: number): MarkdownCode | undefined => {
    const tag = tags.get(n);
    return tag ? markdownCode(tag) : undefined;
  };
  const refer = (id: string, markdown: string | undefined): string | undefined => {
    if (markdown === undefined) return undefined;
    data.set(id, markdown);
    return id;
  };

  const children = tokenized.map((tokens, s) => {
    const role = segmentRoles[s] as Map<number, Role>;
    const root: XmlChild[] = [];
    const open: XmlElement[] = [];
    const add = (child: XmlChild): void => {
      (open[open.length - 1]?.children ?? root).push(child);
    };
    tokens.forEach((token, i) => {
      if (token.type === 'text') return add(content(unescapeText(token.value)));
      const n = token.n;
      const code = codeOf(n);
      const kind = { type: code?.type, subType: code?.subType };
      if (token.type === 'self') {
        return add(mixedElement('ph', { id: n, dataRef: refer(startRef(n), code?.start), ...kind }));
      }
      switch (role.get(i)) {
        case 'pc-start': {
          const pc = mixedElement('pc', {
            id: n,
            dataRefStart: refer(startRef(n), code?.start),
            dataRefEnd: refer(endRef(n), code?.end),
            ...kind,
          });
          add(pc);
          open.push(pc);
          return;
        }
        case 'pc-end':
          open.pop();
          return;
        case 'sc':
          return add(
            mixedElement('sc', {
              id: n,
              dataRef: refer(startRef(n), code?.start),
              ...kind,
              isolated: closed.has(n) ? undefined : 'yes',
            }),
          );
        default:
          return add(
            mixedElement('ec', {
              ...(opened.has(n) ? { startRef: n } : { id: n, isolated: 'yes' }),
              dataRef: refer(endRef(n), code?.end),
              ...kind,
            }),
          );
      }
    });
    return root;
  });
  return { children, data };
}
