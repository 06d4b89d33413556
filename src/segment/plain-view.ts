// Rules match a "plain" view of the text: inline tags (`<1>`, `</1>`, `<2/>`) and invisible
// formatting characters (bidi controls, soft hyphen) are removed, so that `fin.</1> Début`
// reads as `fin. Début`. The view keeps a map back to offsets in the original text.

/** Something removed from the plain view, with the side of a boundary it sticks to. */
export interface InvisibleSpan {
  start: number;
  end: number;
  /** `back`: stays with the text before it (`</1>`, `<2/>`, U+202C); `forward`: with the text after (`<1>`, U+202B). */
  attach: 'back' | 'forward';
  /** Tag number, for inline tags. */
  tag?: number;
  /** For tags: open `<n>`, close `</n>` or standalone `<n/>`. */
  role?: 'open' | 'close' | 'standalone';
}

export interface PlainView {
  /** Text without inline tags and formatting characters. */
  text: string;
  /** Original offset of each plain character, and of the end at index `text.length`; `null` when nothing was removed. */
  toOriginal: Int32Array | null;
  /** Removed spans, in text order. */
  invisible: InvisibleSpan[];
}

const INVISIBLE = /<(\d+)>|<\/(\d+)>|<(\d+)\/>|([\u202a\u202b\u202d\u202e\u2066-\u2068])|[\u00ad\u200e\u200f\u202c\u2069]/g;

/** Build the plain view of `text` in one pass. */
export function plainView(text: string): PlainView {
  INVISIBLE.lastIndex = 0;
  let match = INVISIBLE.exec(text);
  if (match === null) return { text, toOriginal: null, invisible: [] };

  const invisible: InvisibleSpan[] = [];
  const pieces: string[] = [];
  const toOriginal = new Int32Array(text.length + 1);
  let plainLength = 0;
  let copied = 0;
  const copyUpTo = (end: number): void => {
    for (let i = copied; i < end; i++) toOriginal[plainLength++] = i;
    if (end > copied) pieces.push(text.slice(copied, end));
  };

  while (match !== null) {
    copyUpTo(match.index);
    const start = match.index;
    const end = start + match[0].length;
    const [, open, close, standalone, isolateOrEmbed] = match;
    if (open !== undefined) invisible.push({ start, end, attach: 'forward', tag: Number(open), role: 'open' });
    else if (close !== undefined) invisible.push({ start, end, attach: 'back', tag: Number(close), role: 'close' });
    else if (standalone !== undefined) invisible.push({ start, end, attach: 'back', tag: Number(standalone), role: 'standalone' });
    else invisible.push({ start, end, attach: isolateOrEmbed !== undefined ? 'forward' : 'back' });
    copied = end;
    match = INVISIBLE.exec(text);
  }
  copyUpTo(text.length);
  toOriginal[plainLength] = text.length;
  return { text: pieces.join(''), toOriginal: toOriginal.subarray(0, plainLength + 1), invisible };
}

/**
 * Original offset of a boundary found at `plainOffset` in the plain view. The boundary sits
 * right after the last visible character before it, plus the invisible spans that stick to
 * that character (a closing tag, a standalone tag, a "pop directional formatting").
 */
export function originalBoundary(view: PlainView, plainOffset: number, spanAt: ReadonlyMap<number, InvisibleSpan>): number {
  const map = view.toOriginal;
  if (map === null) return plainOffset;
  if (plainOffset === 0) return 0;
  let offset = map[plainOffset - 1]! + 1;
  for (let span = spanAt.get(offset); span !== undefined && span.attach === 'back'; span = spanAt.get(offset)) {
    offset = span.end;
  }
  return offset;
}
