// Writes tagged segment text back as TMX inline markup: each tag becomes the native code it was
// read from (same element, attributes and content), or a generic `bpt`/`ept`/`ph` when the tag
// has no recorded code (text written by a translator or taken from a PO file).

import { attributes, escapeText } from './escape.js';
import type { TmxInlineCode, TmxNativeCode, TmxSub } from './types.js';

const TAG = /<(\d+)>|<\/(\d+)>|<(\d+)\/>/g;

type Token = string | { n: number; role: 'open' | 'close' | 'single' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index > last) tokens.push(text.slice(last, m.index));
    const [open, close, single] = [m[1], m[2], m[3]];
    if (open !== undefined) tokens.push({ n: Number(open), role: 'open' });
    else if (close !== undefined) tokens.push({ n: Number(close), role: 'close' });
    else tokens.push({ n: Number(single), role: 'single' });
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push(text.slice(last));
  return tokens;
}

function writeContent(content: Array<string | TmxSub>, where: string): string {
  return content
    .map((part) =>
      typeof part === 'string'
        ? escapeText(part, where)
        : `<sub${attributes(part.attrs, where)}>${writeSegment(part.text, part.codes, [], where)}</sub>`,
    )
    .join('');
}

function writeNative(native: TmxNativeCode, where: string): string {
  if (native.element === 'text') return writeContent(native.content, where);
  const inner = writeContent(native.content, where);
  return `<${native.element}${attributes(native.attrs, where)}>${inner}</${native.element}>`;
}

/** `hi` tags that cannot be written as nested XML (crossing or unclosed) are written as bpt/ept. */
function brokenHighlights(tokens: Token[], codeOf: (n: number) => TmxInlineCode | undefined): Set<number> {
  const broken = new Set<number>();
  const stack: number[] = [];
  for (const token of tokens) {
    if (typeof token === 'string' || token.role === 'single') continue;
    if (codeOf(token.n)?.open.element !== 'hi') continue;
    if (token.role === 'open') {
      stack.push(token.n);
    } else if (stack[stack.length - 1] === token.n) {
      stack.pop();
    } else {
      broken.add(token.n);
      const at = stack.indexOf(token.n);
      if (at >= 0) stack.splice(at, 1);
    }
  }
  for (const n of stack) broken.add(n);
  return broken;
}

/**
 * Writes the content of a `<seg>`: `text` with its tags as native codes from `codes`, else from
 * `fallback` (the codes of the unit's other variants, which share tag numbers), else generic ones.
 */
export function writeSegment(text: string, codes: TmxInlineCode[], fallback: TmxInlineCode[], where: string): string {
  const own = new Map(codes.map((c) => [c.n, c]));
  const other = new Map(fallback.map((c) => [c.n, c]));
  const codeOf = (n: number): TmxInlineCode | undefined => own.get(n) ?? other.get(n);
  const tokens = tokenize(text);
  const broken = brokenHighlights(tokens, codeOf);
  const usedI = new Set<string>();
  for (const code of codes) if (code.open.attrs['i'] !== undefined) usedI.add(code.open.attrs['i']);
  const generatedI = new Map<number, string>();
  const iFor = (n: number): string => {
    let i = generatedI.get(n);
    if (i === undefined) {
      let k = n;
      while (usedI.has(String(k))) k++;
      i = String(k);
      usedI.add(i);
      generatedI.set(n, i);
    }
    return i;
  };

  let out = '';
  for (const token of tokens) {
    if (typeof token === 'string') {
      out += escapeText(token, where);
      continue;
    }
    const { n, role } = token;
    const code = codeOf(n);
    if (!code) {
      out +=
        role === 'open'
          ? `<bpt i="${iFor(n)}" x="${n}"></bpt>`
          : role === 'close'
            ? `<ept i="${iFor(n)}"></ept>`
            : `<ph x="${n}"></ph>`;
      continue;
    }
    if (code.open.element === 'hi') {
      if (role === 'single') {
        out += `<ph${attributes({ x: code.open.attrs['x'] ?? String(n), type: code.open.attrs['type'] }, where)}></ph>`;
      } else if (broken.has(n)) {
        const type = code.open.attrs['type'];
        out +=
          role === 'close'
            ? `<ept i="${iFor(n)}"></ept>`
            : `<bpt${attributes({ i: iFor(n), x: code.open.attrs['x'] ?? String(n), type }, where)}></bpt>`;
      } else {
        out += role === 'close' ? '</hi>' : `<hi${attributes(code.open.attrs, where)}>`;
      }
      continue;
    }
    out += writeNative(role === 'close' && code.close ? code.close : code.open, where);
  }
  return out;
}
