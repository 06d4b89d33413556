import type { Image, ImageReference, Link, PhrasingContent } from 'mdast';
import type { InlineTag } from '../types.js';
import { describeInline, type Definitions } from './describe-tag.js';
import { escapeText } from './escape.js';

/** Phrasing content turned into block text. */
export interface EncodedInline {
  /** Block text with numbered tags. */
  text: string;
  tags: InlineTag[];
  /** The original node behind each tag number. */
  nodes: Map<number, PhrasingContent>;
  /** Images, and links with a title, in order: their alt text and titles become blocks of their own. */
  attributed: Array<Image | ImageReference | Link>;
}

// A soft line break inside a paragraph is only layout: it reads as a space.
const SOFT_BREAK = /[ \t]*\r?\n[ \t]*/g;

/** Collapses the soft line breaks of literal text into single spaces. */
export function collapseSoftBreaks(value: string): string {
  return value.replace(SOFT_BREAK, ' ');
}

/**
 * Encodes phrasing content as block text: text is escaped, nodes with children become paired
 * tags `<n>…</n>`, nodes without become `<n/>`, numbered from 1 in order of appearance.
 */
export function encodeInline(children: readonly PhrasingContent[], definitions: Definitions): EncodedInline {
  const result: EncodedInline = { text: '', tags: [], nodes: new Map(), attributed: [] };
  const encode = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return escapeText(collapseSoftBreaks(node.value));
        const n = result.tags.length + 1;
        const paired = 'children' in node;
        result.tags.push({ n, kind: node.type, paired, description: describeInline(node, definitions) });
        result.nodes.set(n, node);
        if (node.type === 'image' || node.type === 'imageReference' || (node.type === 'link' && node.title)) result.attributed.push(node);
        return paired ? `<${n}>${encode(node.children)}</${n}>` : `<${n}/>`;
      })
      .join('');
  result.text = encode(children);
  return result;
}
