// Text of a file handed over as bytes or as a string: UTF-8 only, positioned errors otherwise.

import { InputError } from '../errors.js';

/**
 * The text of `input` without a byte-order mark. Bytes must be valid UTF-8; a string must not
 * contain U+FFFD, the mark a lenient decoder leaves where bytes were not UTF-8.
 */
export function decodeText(input: string | Uint8Array, file: string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const offset = firstInvalidByte(input);
      throw new InputError('invalid UTF-8; save the file as UTF-8', { file, line: lineAtByte(input, offset) });
    }
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    throw new InputError('invalid UTF-8 (U+FFFD replacement character); save the file as UTF-8', {
      file,
      line: lineAt(text, replacement),
    });
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** 1-based line of the character at `index`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) if (bytes[k] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let k = 0;
  while (k < bytes.length) {
    const lead = bytes[k]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (size === 0 || k + size > bytes.length) return k;
    try {
      decoder.decode(bytes.subarray(k, k + size));
    } catch {
      return k;
    }
    k += size;
  }
  return bytes.length;
}
