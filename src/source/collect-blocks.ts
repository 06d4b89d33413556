import type { Definition, Heading, Html, Image, ImageReference, Link, Nodes, Paragraph, PhrasingContent, Root, TableCell, Yaml } from 'mdast';
import { FRONT_MATTER_TEXT_KEYS, type Block, type BlockKind, type FrontMatterTextKey, type HtmlTextAttribute } from '../types.js';
import type { Definitions } from './describe-tag.js';
import { encodeInline, collapseSoftBreaks } from './encode-inline.js';
import { escapeText } from './escape.js';
import { readFrontMatter } from './front-matter.js';
import { textAttributes } from './html-attributes.js';
import { plainText } from './tagged-text.js';

/**
 * Where a block's text lives in the tree: the phrasing children of a node, an image's alt, an
 * image's or link's title, a value of the front matter, or an attribute of inline HTML.
 */
export type BlockTarget =
  | { type: 'phrasing'; parent: Heading | Paragraph | TableCell; nodes: ReadonlyMap<number, PhrasingContent> }
  | { type: 'alt'; image: Image | ImageReference }
  | { type: 'title'; node: Image | Link | Definition }
  | { type: 'front-matter'; key: FrontMatterTextKey }
  | { type: 'html-attribute'; node: Html; name: HtmlTextAttribute };

/** A block together with the tree location it was read from. */
export interface BlockSite {
  block: Block;
  target: BlockTarget;
}

/**
 * Finds the translatable blocks of a document, in document order. Parsing and rebuilding both
 * go through this one walk, so a block index always designates the same place in the tree.
 */
export function collectBlocks(tree: Root, meta: Record<string, unknown> = readFrontMatter(tree)): BlockSite[] {
  const definitions = collectDefinitions(tree);
  const sites: BlockSite[] = [];
  const add = (kind: BlockKind, text: string, line: number, target: BlockTarget, tags: Block['tags'] = []): void => {
    if (plainText(text).trim() === '') return;
    sites.push({ block: { index: sites.length, kind, text, tags, line }, target });
  };
  // The front matter comes first: its title and summary, in the order the keys are written.
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (yaml) {
    const keys = Object.keys(meta).filter((key): key is FrontMatterTextKey => (FRONT_MATTER_TEXT_KEYS as readonly string[]).includes(key));
    for (const key of keys) {
      const value = meta[key];
      if (typeof value === 'string') add(`front-matter-${key}`, escapeText(collapseSoftBreaks(value.trim())), keyLine(yaml, key), { type: 'front-matter', key });
    }
  }
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
    // So are the tooltip, alt text and spoken label of inline HTML (`<abbr title="…">`).
    for (const node of encoded.nodes.values()) {
      if (node.type !== 'html') continue;
      for (const { name, value } of textAttributes(node.value)) {
        add(`html-${name}`, escapeText(collapseSoftBreaks(value.trim())), lineOf(node), { type: 'html-attribute', node, name });
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

/** The 1-based line of a top-level key of the front matter in the `.md` file. */
function keyLine(yaml: Yaml, key: string): number {
  const at = yaml.value.split(/\r?\n/u).findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`));
  return lineOf(yaml) + 1 + Math.max(0, at);
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
