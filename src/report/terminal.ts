// Terminal text: colour through node:util styleText, display width (wide CJK, zero-width marks
// and bidi controls), and visible control characters so a message cannot move the cursor.
import { styleText } from 'node:util';
import stringWidth from 'string-width';

type Style = Parameters<typeof styleText>[0];

/** `text` in `style` when `color` is on. The caller has decided (shouldColor), so styleText
 * must not second-guess it against process.stdout. */
export function paint(color: boolean, style: Style, text: string): string {
  return color && text !== '' ? styleText(style, text, { validateStream: false }) : text;
}

/** Columns the text takes in a terminal (ANSI escapes excluded). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Pad with spaces to `width` columns, on the right (`end`) or on the left (`start`). */
export function pad(text: string, width: number, side: 'start' | 'end' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}

/** Cut the text to at most `width` columns, marking the cut with `…`. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

// C0 and C1 controls except tab and newline, DEL, (with the u flag) lone surrogates, and the
// invisible bidi controls: in a diagnostic, `\u2067` says more than a character one cannot see,
// and an unbalanced one would reorder the rest of the terminal line.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Control characters as `\u001b`-style text: visible, and harmless to the terminal. Tabs become spaces. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\t/g, ' ');
}
