// The attributes of an inline HTML tag that a reader sees or hears: a tooltip (`title`), an
// image's text (`alt`), a label read aloud (`aria-label`). In `L'<abbr title="Organisation des
// Nations unies">ONU</abbr>` the tooltip is French text like any other; the tag itself stays a
// numbered tag of its sentence, and its attribute becomes a block of its own.

import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { HTML_TEXT_ATTRIBUTES, type HtmlTextAttribute } from '../types.js';

/** An attribute of a tag: its decoded value and where its written value (quotes included) is. */
interface Attribute {
  name: string;
  value: string;
  start: number;
  end: number;
}

const TAG_NAME = /^<[A-Za-z][A-Za-z0-9:-]*/u;
// One attribute: its name, and a double-quoted, single-quoted or bare value (HTML's syntax).
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/uy;

function attributesOf(tag: string): Attribute[] {
  const head = TAG_NAME.exec(tag);
  if (!head) return []; // a closing tag, a comment, a declaration
  const out: Attribute[] = [];
  ATTRIBUTE.lastIndex = head[0].length;
  for (let match = ATTRIBUTE.exec(tag); match; match = ATTRIBUTE.exec(tag)) {
    const end = ATTRIBUTE.lastIndex;
    const raw = match[2] ?? match[3] ?? match[4];
    if (raw === undefined) continue; // a bare flag such as `hidden`
    const quoted = match[4] === undefined ? 2 : 0;
    out.push({ name: match[1]!.toLowerCase(), value: decodeReferences(raw), start: end - raw.length - quoted, end });
  }
  return out;
}

function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z][A-Za-z0-9]*));/gu, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The translatable attributes of an inline HTML tag, in the order written (decoded values). */
export function textAttributes(tag: string): Array<{ name: HtmlTextAttribute; value: string }> {
  return attributesOf(tag).flatMap(({ name, value }) =>
    (HTML_TEXT_ATTRIBUTES as readonly string[]).includes(name) ? [{ name: name as HtmlTextAttribute, value }] : [],
  );
}

/** `tag` with the value of attribute `name` replaced by `value` (double-quoted, escaped). */
export function withAttribute(tag: string, name: string, value: string): string {
  const attribute = attributesOf(tag).find((a) => a.name === name);
  if (!attribute) return tag;
  return `${tag.slice(0, attribute.start)}"${escapeAttributeValue(value)}"${tag.slice(attribute.end)}`;
}

/** A value to write between double quotes in an HTML tag. */
export function escapeAttributeValue(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
