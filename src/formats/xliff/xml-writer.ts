// A small XML writer for XLIFF. General-purpose builders re-indent mixed content (a newline
// and spaces would then become part of a translation), let CR and tabs in attributes be
// normalized away by the reader, and reject or drop characters XML cannot hold. Here:
// elements with only element children are indented; elements with text are written as is;
// CR, TAB and LF in attributes are character references; a character XML 1.0 cannot hold is
// an XLIFF `<cp hex>` in content that allows it, U+FFFD elsewhere (notes, attributes).

export type Attributes = Readonly<Record<string, string | number | undefined>>;

export interface XmlElement {
  name: string;
  attributes: Attributes;
  children: XmlChild[];
  /** Mixed content (<source>, <target>, <note>…): written exactly, descendants never indented. */
  mixed: boolean;
}

/** Text; `codePoints` allows `<cp hex>` for characters XML cannot hold. */
export interface XmlText {
  text: string;
  codePoints: boolean;
}

export type XmlChild = XmlElement | XmlText;

/** Builds an element with element-only content; `undefined` attributes are left out. */
export function element(name: string, attributes: Attributes = {}, children: XmlChild[] = []): XmlElement {
  return { name, attributes, children, mixed: false };
}

/** Builds an element with mixed content (text and inline elements). */
export function mixedElement(name: string, attributes: Attributes = {}, children: XmlChild[] = []): XmlElement {
  return { name, attributes, children, mixed: true };
}

/** Text content of <source>, <target>, inline codes and <data>: `<cp>` allowed. */
export function content(text: string): XmlText {
  return { text, codePoints: true };
}

/** Text content of other elements (<note>). */
export function plain(text: string): XmlText {
  return { text, codePoints: false };
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000
  );
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

function escape(value: string, escapes: Readonly<Record<string, string>>, codePoints: boolean): string {
  let out = '';
  for (const char of value) {
    const cp = char.codePointAt(0) ?? 0xfffd;
    if (isXmlChar(cp)) out += escapes[char] ?? char;
    else if (codePoints && !isSurrogate(cp)) out += `<cp hex="${cp.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    else out += '\uFFFD';
  }
  return out;
}

function openTag(node: XmlElement): string {
  let out = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attributes)) {
    if (value !== undefined) out += ` ${key}="${escape(String(value), ATTRIBUTE_ESCAPES, false)}"`;
  }
  return out;
}

const STEP = '  ';

function write(node: XmlChild, indent: string | undefined): string {
  if (!('name' in node)) return escape(node.text, TEXT_ESCAPES, node.codePoints);
  if (node.children.length === 0) return `${openTag(node)}/>`;
  const inner =
    indent === undefined || node.mixed
      ? node.children.map((child) => write(child, undefined)).join('')
      : node.children.map((child) => `\n${indent}${STEP}${write(child, indent + STEP)}`).join('') + `\n${indent}`;
  return `${openTag(node)}>${inner}</${node.name}>`;
}


/** The document: XML declaration, then the root element indented by two spaces. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}
