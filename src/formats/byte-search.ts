// Buffer.indexOf and Buffer.lastIndexOf in Node 20 give a wrong, negative position for a match
// that starts 2 GiB or more into the buffer: the position wraps as a 32-bit integer
// (2^31 + 500 comes back as -2^31 + 500). A memory file of ten million units is that large, so
// such a buffer is searched a window of at most WINDOW bytes at a time, each window a view.

/** Buffers up to this length are searched by Node directly. */
const DIRECT = 2 ** 31 - 1;

/** Bytes per window of a larger buffer (a window also holds what a match begun in it needs). */
export const WINDOW = 2 ** 30;

export type Needle = string | Uint8Array | number;

function needleLength(needle: Needle): number {
  if (typeof needle === 'number') return 1;
  return typeof needle === 'string' ? Buffer.byteLength(needle) : needle.length;
}

/** The first position at or after `from` where `needle` (a UTF-8 string, bytes or a byte) starts in `bytes`, or -1. */
export function indexOfBytes(bytes: Buffer, needle: Needle, from = 0, window = WINDOW): number {
  if (bytes.length <= DIRECT && window === WINDOW) return bytes.indexOf(needle, from);
  const overlap = needleLength(needle) - 1;
  for (let start = Math.max(0, from); start < bytes.length; start += window) {
    const at = bytes.subarray(start, start + window + overlap).indexOf(needle);
    if (at >= 0) return start + at;
  }
  return -1;
}

/** The last position where `needle` starts in `bytes`, or -1. */
export function lastIndexOfBytes(bytes: Buffer, needle: Needle, window = WINDOW): number {
  if (bytes.length <= DIRECT && window === WINDOW) return bytes.lastIndexOf(needle);
  const overlap = needleLength(needle) - 1;
  for (let end = bytes.length; end > 0; end -= window) {
    const start = Math.max(0, end - window);
    const at = bytes.subarray(start, end + overlap).lastIndexOf(needle);
    if (at >= 0) return start + at;
  }
  return -1;
}
