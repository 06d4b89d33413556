import type { Definition, Heading, Image, ImageReference, Link, Nodes, Paragraph, PhrasingContent, Root, TableCell } from 'mdast';
import type { Block, BlockKind } from '../types.js';
import type { Definitions } from './describe-tag.js';
import { encodeInline, collapseSoftBreaks } from './encode-inline.js';
import { escapeText } from './escape.js';
import { plainText } from './tagged-text.js';

/** Where a block's text lives in the tree: the phrasing children of a node, an image's alt, or an image's or link's title. */
export type BlockTarget =
  | { type: 'phrasing'; parent: Heading | Paragraph | TableCell; nodes: ReadonlyMap<number, PhrasingContent> }
  | { type: 'alt'; image: Image | ImageReference }
  | { type: 'title'; node: Image | Link | Definition };

/** A block together with the tree location it was read from. */
export interface BlockSite {
  block: Block;
  target: BlockTarget;
}

/**
 * Finds the translatable blocks of a document, in document order. Parsing and rebuilding both
 * go through this one walk, so a block index always designates the same place in the tree.
 */
export function collectBlocks(tree: Root): BlockSite[] {
  const definitions = collectDefinitions(tree);
  const sites: BlockSite[] = [];
  const add = (kind: BlockKind, text: string, line: number, target: BlockTarget, tags: Block['tags'] = []): void => {
    if (plainText(text).trim() === '') return;
    sites.push({ block: { index: sites.length, kind, text, tags, line }, target });
  };
  const addPhrasing = (parent: Heading | Paragraph | TableCell, kind: BlockKind): void => {
    const encoded = encodeInline(parent.children, definitions);
    add(kind, encoded.text, lineOf(parent), { type: 'phrasing', parent, nodes: encoded.nodes }, encoded.tags);
    // An image's alt text and an image's or link's title (the tooltip a reader sees) are blocks
    // of their own, right after the block that holds them.
    for (const node of encoded.attributed) {
      if (node.type !== 'link') add('image-alt', escapeText(collapseSoftBreaks(node.alt ?? '')), lineOf(node), { type: 'alt', image: node });
      if (node.type !== 'imageReference' && node.title) {
        add(node.type === 'link' ? 'link-title' : 'image-title', escapeText(collapseSoftBreaks(node.title)), lineOf(node), { type: 'title', node });
      }
    }
  };
  const walk = (node: Nodes, paragraphKind: BlockKind): void => {
    switch (node.type) {
      case 'heading':
        return addPhrasing(node, 'heading');
      case 'paragraph':
        return addPhrasing(node, paragraphKind);
      case 'tableCell':
        return addPhrasing(node, 'table-cell');
      case 'blockquote':
        return node.children.forEach((child) => walk(child, 'blockquote'));
      case 'listItem':
        return node.children.forEach((child) => walk(child, 'list-item'));
      case 'definition':
        // `[id]: url "title"`: the title every reference to it shows.
        if (node.title) add('link-title', escapeText(collapseSoftBreaks(node.title)), lineOf(node), { type: 'title', node });
        return;
      default:
        // Containers (root, list, table, row, footnote definition) are walked; leaves such as
        // code, html, thematicBreak and yaml hold nothing to translate.
        if ('children' in node) for (const child of node.children) walk(child, paragraphKind);
    }
  };
  walk(tree, 'paragraph');
  return sites;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function collectDefinitions(tree: Root): Definitions {
  const definitions = new Map<string, Definition>();
  const visit = (node: Nodes): void => {
    // CommonMark: the first definition of an identifier wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return definitions;
}
