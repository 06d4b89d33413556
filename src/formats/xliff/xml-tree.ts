// XML text → a small element tree with namespaces and line numbers, read with saxes (a
// conforming, non-validating parser). XLIFF files are at most a few megabytes, so a tree keeps
// the readers simple. Malformed XML is an InputError at the line saxes stopped on.

import { SaxesParser } from 'saxes';
import { inputError } from '../../errors.js';

export interface XNode {
  /** Namespace URI ('' for none). */
  uri: string;
  /** Local name. */
  local: string;
  /** Attributes by qualified name as written (`id`, `xml:space`, `logoport:matchpercent`). */
  attributes: ReadonlyMap<string, string>;
  /** Attributes in a namespace, by `{uri}local`. */
  namespaced: ReadonlyMap<string, string>;
  children: XChild[];
  /** 1-based line where the start tag ends. */
  line: number;
}

export type XChild = XNode | string;

/** Parses a whole document into its root element. */
export function parseXmlTree(xml: string, file: string): XNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XNode[] = [];
  let root: XNode | undefined;
  let failure: { message: string; line: number } | undefined;

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the line goes into the InputError instead.
    failure ??= { message: error.message.replace(/^\d+:\d+: /, ''), line: parser.line };
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    const namespaced = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      attributes.set(attribute.name, attribute.value);
      if (attribute.uri) namespaced.set(`{${attribute.uri}}${attribute.local}`, attribute.value);
    }
    const node: XNode = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, namespaced, children: [], line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children.length - 1;
    if (typeof parent.children[last] === 'string') parent.children[last] += text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= { message: (error as Error).message, line: parser.line };
  }
  if (failure) throw inputError(`malformed XML: ${failure.message}`, file, failure.line);
  if (!root) throw inputError('malformed XML: no root element', file, 1);
  return root;
}

/** Element children of a node. */
export function elements(node: XNode): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string');
}

/** Element children in namespace `uri` with local name `local`. */
export function childrenNamed(node: XNode, uri: string, local: string): XNode[] {
  return elements(node).filter((c) => c.uri === uri && c.local === local);
}

/** First element child in namespace `uri` with local name `local`. */
export function childNamed(node: XNode, uri: string, local: string): XNode | undefined {
  return elements(node).find((c) => c.uri === uri && c.local === local);
}

/** All text inside a node, elements included (for notes). */
export function textContent(node: XNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
