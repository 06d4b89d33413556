// Turns the inline content of a `<seg>` (or `<sub>`) into tagged text plus the native codes,
// and makes the tag numbers of all variants of a unit agree, so that `<1>` in the French text
// and `<1>` in the English text stand for the same code, as the TMX `x` attribute says.

import type { TmxInlineCode, TmxNativeCode, TmxAttributes } from './types.js';

/** A piece of inline content in document order, as the reader collects it. */
export type SegPart =
  | string
  | { type: 'code'; native: TmxNativeCode }
  | { type: 'hi-open'; attrs: TmxAttributes }
  | { type: 'hi-close' };

/** A tag occurrence in a segment, pointing at a code by its local index. */
type Token = string | { code: number; role: 'open' | 'close' | 'single' };

/** A segment before its tags are numbered: tokens and codes, with keys to match codes across variants. */
export interface PendingSegment {
  tokens: Token[];
  codes: Array<Omit<TmxInlineCode, 'n'>>;
  keys: string[];
}

/** Text that would read as one of our tags (`<3>`, `</3>`, `<3/>`) and must be kept as a literal. */
const TAG_LOOKALIKE = /<\/?\d+\/?>/g;

function contentKey(native: TmxNativeCode): string {
  return native.content.map((part) => (typeof part === 'string' ? part : `\u0000sub:${part.text}`)).join('');
}

/** Collects the parts of one `<seg>` into tokens and codes (bpt/ept paired by `i`). */
export function pendingSegment(parts: SegPart[]): PendingSegment {
  // Most segments are plain text: no codes to pair, number or key.
  if (parts.every((part) => typeof part === 'string' && !part.includes('<'))) {
    return { tokens: (parts as string[]).filter((part) => part.length > 0), codes: [], keys: [] };
  }
  const closeOf = new Map<number, number>();
  const openIndexByI = new Map<string, number[]>();
  parts.forEach((part, index) => {
    if (typeof part === 'string' || part.type !== 'code') return;
    const { element, attrs } = part.native;
    const i = attrs['i'];
    if (i === undefined) return;
    if (element === 'bpt') {
      const open = openIndexByI.get(i) ?? [];
      open.push(index);
      openIndexByI.set(i, open);
    } else if (element === 'ept') {
      const open = openIndexByI.get(i);
      const start = open?.shift();
      if (start !== undefined) closeOf.set(start, index);
    }
  });
  const closing = new Map<number, number>();
  for (const [start, end] of closeOf) closing.set(end, start);

  const tokens: Token[] = [];
  const codes: PendingSegment['codes'] = [];
  const keys: string[] = [];
  const codeOfPart = new Map<number, number>();
  const hiStack: number[] = [];
  const seen = new Map<string, number>();
  const addCode = (code: Omit<TmxInlineCode, 'n'>, key: string): number => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    codes.push(code);
    keys.push(`${key}#${count}`);
    return codes.length - 1;
  };
  const addText = (text: string): void => {
    // Most text has no `<` at all: no regex iterator for it.
    if (!text.includes('<')) {
      if (text.length > 0) tokens.push(text);
      return;
    }
    let last = 0;
    for (const match of text.matchAll(TAG_LOOKALIKE)) {
      if (match.index > last) tokens.push(text.slice(last, match.index));
      const code = addCode(
        { paired: false, open: { element: 'text', attrs: {}, content: [match[0]] } },
        `t:${match[0]}`,
      );
      tokens.push({ code, role: 'single' });
      last = match.index + match[0].length;
    }
    if (last < text.length) tokens.push(text.slice(last));
  };

  parts.forEach((part, index) => {
    if (typeof part === 'string') {
      addText(part);
      return;
    }
    if (part.type === 'hi-open') {
      const x = part.attrs['x'];
      const code = addCode(
        { paired: true, open: { element: 'hi', attrs: part.attrs, content: [] } },
        x !== undefined ? `p:x${x}` : `h:${part.attrs['type'] ?? ''}`,
      );
      hiStack.push(code);
      tokens.push({ code, role: 'open' });
      return;
    }
    if (part.type === 'hi-close') {
      const code = hiStack.pop();
      if (code !== undefined) tokens.push({ code, role: 'close' });
      return;
    }
    const { native } = part;
    const x = native.attrs['x'];
    const end = closeOf.get(index);
    if (end !== undefined) {
      const endPart = parts[end] as { type: 'code'; native: TmxNativeCode };
      const code = addCode(
        { paired: true, open: native, close: endPart.native },
        x !== undefined ? `p:x${x}` : `p:${native.attrs['i'] ?? ''}:${contentKey(native)}`,
      );
      codeOfPart.set(index, code);
      tokens.push({ code, role: 'open' });
      return;
    }
    const start = closing.get(index);
    if (start !== undefined) {
      tokens.push({ code: codeOfPart.get(start)!, role: 'close' });
      return;
    }
    const code = addCode(
      { paired: false, open: native },
      x !== undefined ? `s:x${x}` : `s:${native.element}:${contentKey(native)}`,
    );
    tokens.push({ code, role: 'single' });
  });
  return { tokens, codes, keys };
}

/** Writes the tokens with the given numbers (`numbers[localIndex]`). */
function render(segment: PendingSegment, numbers: number[]): { text: string; codes: TmxInlineCode[] } {
  let text = '';
  for (const token of segment.tokens) {
    if (typeof token === 'string') {
      text += token;
      continue;
    }
    const n = numbers[token.code]!;
    text += token.role === 'open' ? `<${n}>` : token.role === 'close' ? `</${n}>` : `<${n}/>`;
  }
  const codes = segment.codes
    .map((code, index) => ({ n: numbers[index]!, ...code }))
    .sort((a, b) => a.n - b.n);
  return { text, codes };
}

/** Numbers the tags of a lone segment (a `<sub>`) 1, 2, 3… in order of appearance. */
export function numberSegment(segment: PendingSegment): { text: string; codes: TmxInlineCode[] } {
  return render(
    segment,
    segment.codes.map((_, index) => index + 1),
  );
}

/**
 * Numbers the tags of all variants of a unit: the reference variant (the source) 1, 2, 3… in
 * order of appearance; a code of another variant gets the number of the reference code with the
 * same key (same `x`, or same element and native content), else a fresh number.
 */
export function numberVariants(
  segments: PendingSegment[],
  reference: number,
): Array<{ text: string; codes: TmxInlineCode[] }> {
  const ref = segments[reference];
  if (!ref) return [];
  const refNumbers = ref.codes.map((_, index) => index + 1);
  const numberByKey = new Map<string, number>();
  ref.keys.forEach((key, index) => numberByKey.set(key, refNumbers[index]!));
  return segments.map((segment, s) => {
    if (s === reference) return render(segment, refNumbers);
    let next = ref.codes.length + 1;
    const used = new Set<number>();
    const numbers = segment.keys.map((key) => {
      const n = numberByKey.get(key);
      if (n !== undefined && !used.has(n)) {
        used.add(n);
        return n;
      }
      return 0;
    });
    const taken = new Set(numbers);
    return render(
      segment,
      numbers.map((n) => {
        if (n !== 0) return n;
        while (taken.has(next)) next++;
        taken.add(next);
        return next;
      }),
    );
  });
}
