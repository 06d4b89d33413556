// Where each unit of a TMX file lies in its bytes, found without parsing it, and a fingerprint
// of each: enough to tell which units of a large memory changed since it was last read (the
// project's own memory after `tm update` replaced a few in place) and to read only those.
//
// The scan is exact for the markup it accepts. Outside comments, CDATA sections and processing
// instructions, `<` in XML only opens a tag (text and attribute values must escape it), so
// `<tu` followed by a space or `>` opens a unit and `</tu>` closes it (`<tuv`, `</tuv>` differ
// from both). A body holding any of those constructs, or anything but white space between its
// units, gives no spans: the caller then reads the whole file, which also reports what is wrong.
// What a unit holds is left to the parser: a unit whose bytes changed is parsed before it is
// used, and one whose bytes did not was parsed when the file was last read whole.

import { indexOfBytes } from '../byte-search.js';

const OPEN = Buffer.from('<tu');
const CLOSE = Buffer.from('</tu>');
const BODY = Buffer.from('<body');

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function onlySpace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(bytes[i]!)) return false;
  return true;
}

/**
 * Calls `visit(start, end)` for each unit of `bytes` (UTF-8 or another ASCII-compatible encoding)
 * before `bodyEnd` (the offset of `</body>`), in order, from `<tu` to after its `</tu>`, and
 * returns where the first unit starts (the end of the body when there is none: what precedes it
 * is the file's head), or undefined, having visited some, when the units cannot be told apart.
 */
export function forEachTmxUnit(bytes: Buffer, bodyEnd: number, visit: (start: number, end: number) => void): number | undefined {
  const body = indexOfBytes(bytes, BODY);
  if (body < 0 || body >= bodyEnd) return undefined;
  for (const construct of ['<!', '<?']) {
    const at = indexOfBytes(bytes, construct, body);
    if (at >= 0 && at < bodyEnd) return undefined;
  }
  const bodyOpen = indexOfBytes(bytes, '>', body);
  if (bodyOpen < 0 || bodyOpen >= bodyEnd) return undefined;
  let headEnd = bodyEnd;
  let at = bodyOpen + 1;
  for (;;) {
    const start = indexOfBytes(bytes, OPEN, at);
    if (start < 0 || start >= bodyEnd) break;
    const next = bytes[start + OPEN.length]!;
    if (!(isSpace(next) || next === 0x3e) || !onlySpace(bytes, at, start)) return undefined;
    const close = indexOfBytes(bytes, CLOSE, start);
    if (close < 0 || close >= bodyEnd) return undefined;
    if (headEnd === bodyEnd) headEnd = start;
    visit(start, close + CLOSE.length);
    at = close + CLOSE.length;
  }
  return onlySpace(bytes, at, bodyEnd) ? headEnd : undefined;
}

/**
 * Where the one unit of `bytes` lies (from `<tu` to after its `</tu>`), when they hold one unit
 * and white space only, by the scan's own rules (a unit written for a file, `unitXml`); else
 * undefined.
 */
export function loneTmxUnit(bytes: Buffer): { start: number; end: number } | undefined {
  let start = 0;
  while (start < bytes.length && isSpace(bytes[start]!)) start++;
  for (let k = 0; k < OPEN.length; k++) if (bytes[start + k] !== OPEN[k]) return undefined;
  const next = bytes[start + OPEN.length];
  if (next === undefined || !(isSpace(next) || next === 0x3e)) return undefined;
  const close = indexOfBytes(bytes, CLOSE, start);
  if (close < 0 || !onlySpace(bytes, close + CLOSE.length, bytes.length)) return undefined;
  return { start, end: close + CLOSE.length };
}

/** A TMX file's units as forEachTmxUnit finds them, kept for the several passes a command makes over them. */
export interface TmxUnitSpans {
  /** Where the first unit starts (what precedes is the file's head). */
  readonly headEnd: number;
  /** Unit i is `bytes[starts[i], ends[i])`. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The units of `bytes` before `bodyEnd` (see forEachTmxUnit), or undefined when they cannot be told apart. */
export function tmxUnitSpans(bytes: Buffer, bodyEnd: number): TmxUnitSpans | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const headEnd = forEachTmxUnit(bytes, bodyEnd, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  return headEnd === undefined ? undefined : { headEnd, starts, ends };
}

/**
 * A 64-bit fingerprint of `bytes[from, to)` as two 32-bit words, into `out[at]` and `out[at + 1]`:
 * two multiplicative hashes with different constants (a changed unit passes for unchanged only if
 * both collide, about once in 2^64).
 */
export function fingerprint(bytes: Uint8Array, from: number, to: number, out: Uint32Array, at: number): void {
  let a = 0x811c9dc5 ^ (to - from);
  let b = 0x9747b28c;
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  out[at] = a >>> 0;
  out[at + 1] = b >>> 0;
}
