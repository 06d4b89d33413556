import { unescapeText } from './escape.js';

/** A piece of block text: literal (escaped) text or one inline tag. */
export type TaggedToken =
  | { type: 'text'; value: string }
  | { type: 'open' | 'close' | 'self'; n: number; raw: string };

// `<n>`, `</n>` and `<n/>`; a space before the slash (`<1 />`) is tolerated because people type it.
const TAG = /<(\/?)(\d{1,6})\s*(\/?)>/g;

/**
 * Splits block text into literal text and tags. Text values stay escaped; `</n/>` and other
 * shapes that are not tags are returned as text.
 */
export function tokenizeTaggedText(text: string): TaggedToken[] {
  const tokens: TaggedToken[] = [];
  let last = 0;
  const pushText = (value: string): void => {
    if (!value) return;
    const prev = tokens[tokens.length - 1];
    if (prev?.type === 'text') prev.value += value;
    else tokens.push({ type: 'text', value });
  };
  for (const m of text.matchAll(TAG)) {
    const [raw, closing, digits, selfClosing] = m;
    const start = m.index;
    pushText(text.slice(last, start));
    last = start + raw.length;
    if (closing && selfClosing) {
      pushText(raw);
      continue;
    }
    const n = Number(digits);
    tokens.push({ type: closing ? 'close' : selfClosing ? 'self' : 'open', n, raw });
  }
  pushText(text.slice(last));
  return tokens;
}

/** The readable text of block text: tags removed, escapes undone. */
export function plainText(text: string): string {
  return tokenizeTaggedText(text)
    .map((t) => (t.type === 'text' ? unescapeText(t.value) : ''))
    .join('');
}
