// The quoted strings of the PO format: `"…"` with C escapes.

import { InputError } from '../errors.js';

/** A complete quoted string, as it may appear after a keyword or on a continuation line. */
export const QUOTED = /^"(?:[^"\\]|\\.)*"$/su;

/**
 * The escapes gettext-parser decodes like GNU gettext does. It reads any other escape (`\x41`,
 * `\101`, `\a`) as the bare letter, which would corrupt the text, so those are refused.
 */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** The value of a quoted PO string (`QUOTED`). */
export function unquote(quoted: string, file: string, line: number): string {
  return quoted.slice(1, -1).replace(/\\(.)/gsu, (all, escape: string) => {
    const value = ESCAPES[escape];
    if (value === undefined) {
      throw new InputError(`unsupported escape sequence ${all}; write the character itself`, { file, line });
    }
    return value;
  });
}

/** Throw `InputError` when a quoted PO string holds an escape that `unquote` refuses. */
export function checkEscapes(quoted: string, file: string, line: number): void {
  if (quoted.includes('\\')) unquote(quoted, file, line);
}
