// What a cached index remembers of the memory file it was built from, unit by unit: each unit's
// length and fingerprint and how many entries it gave, and the fingerprint of the file's head.
// When the file later differs only in some units replaced in place (what `tm update` writes when
// a translation, or the French of a segment, changed) and units appended, the next command keeps
// the cached index, reads only those units, and has the entries they replace answer no more.
//
// The map travels at the end of the cache file, after the index (which its reader ignores), as
// 32-bit words: MAGIC, units, head fingerprint (2), then per unit its length, fingerprint (2) and
// entries, and last its own length in bytes and MAGIC again, so that it is found from the end.

import { fingerprint, type TmxUnitSpans } from '../formats/tmx/index.js';

const MAGIC = 0x54554d31; // "TUM1"
const WORDS_PER_UNIT = 4;
const HEAD = 4;

/** A memory file's units as a cache keeps them. */
export interface UnitMap {
  readonly words: Uint32Array;
}

/** The map of a file's units (`spans`, undefined when they cannot be told apart), given how many entries each gave (in file order). */
export function unitMap(bytes: Buffer, spans: TmxUnitSpans | undefined, entriesPerUnit: readonly number[]): UnitMap | undefined {
  const units = entriesPerUnit.length;
  if (!spans || spans.starts.length !== units) return undefined;
  const words = new Uint32Array(HEAD + units * WORDS_PER_UNIT + 2);
  for (let u = 0; u < units; u++) {
    const at = HEAD + u * WORDS_PER_UNIT;
    const start = spans.starts[u]!;
    const end = spans.ends[u]!;
    words[at] = end - start;
    fingerprint(bytes, start, end, words, at + 1);
    words[at + 3] = entriesPerUnit[u]!;
  }
  words[0] = MAGIC;
  words[1] = units;
  fingerprint(bytes, 0, spans.headEnd, words, 2);
  words[words.length - 2] = words.byteLength;
  words[words.length - 1] = MAGIC;
  return { words };
}

/** The map at the end of a cache file's bytes, or undefined when it has none. */
export function readUnitMap(bytes: Uint8Array): UnitMap | undefined {
  const length = unitMapLength(bytes);
  if (length === undefined || length > bytes.byteLength || length % 4 !== 0 || length < (HEAD + 2) * 4) return undefined;
  // Copied: the cache's bytes may not be aligned for 32-bit words, and the index keeps views on them.
  const words = new Uint32Array(length / 4);
  new Uint8Array(words.buffer).set(bytes.subarray(bytes.byteLength - length));
  if (words[0] !== MAGIC || words.length !== HEAD + words[1]! * WORDS_PER_UNIT + 2) return undefined;
  return { words };
}

/** The map's length in bytes, from the last 8 bytes of a cache file (or of any bytes that end with them), or undefined when they end no map. */
export function unitMapLength(last: Uint8Array): number | undefined {
  if (last.byteLength < 8) return undefined;
  const tail = new DataView(last.buffer, last.byteOffset + last.byteLength - 8, 8);
  return tail.getUint32(4, true) === MAGIC ? tail.getUint32(0, true) : undefined;
}

/** How many entries each unit gave, in file order. */
export function entriesPerUnit(map: UnitMap): Uint32Array {
  const { words } = map;
  return Uint32Array.from({ length: words[1]! }, (_, u) => words[HEAD + u * WORDS_PER_UNIT + 3]!);
}

/** The map as the bytes to write after the index (little-endian, as readUnitMap reads it). */
export function unitMapBytes(map: UnitMap): Uint8Array {
  const bytes = new Uint8Array(map.words.byteLength);
  const view = new DataView(bytes.buffer);
  map.words.forEach((word, i) => view.setUint32(4 * i, word, true));
  return bytes;
}

/** How a file differs from the one a map was made of. */
export interface UnitChanges {
  /** Where the file's first unit starts: its head is what precedes. */
  headEnd: number;
  /** The units (numbers in both files) whose bytes changed, with their places in the file. */
  changed: Array<{ unit: number; start: number; end: number; firstEntry: number; entries: number }>;
  /** The places of the units appended since, in order. */
  appended: Array<{ start: number; end: number }>;
}

/**
 * Which units of the file (`spans`, undefined when they cannot be told apart) changed in place and
 * which were appended since the map was made, with the first entry and the number of entries each
 * changed one gave; undefined when the file differs otherwise: another head, units removed, or its
 * units not told apart.
 */
export function unitChanges(map: UnitMap, bytes: Buffer, spans: TmxUnitSpans | undefined): UnitChanges | undefined {
  const { words } = map;
  const units = words[1]!;
  if (!spans || spans.starts.length < units) return undefined;
  const print = new Uint32Array(2);
  fingerprint(bytes, 0, spans.headEnd, print, 0);
  if (print[0] !== words[2] || print[1] !== words[3]) return undefined;
  const changed: UnitChanges['changed'] = [];
  const appended: UnitChanges['appended'] = [];
  let entry = 0;
  for (let u = 0; u < spans.starts.length; u++) {
    const start = spans.starts[u]!;
    const end = spans.ends[u]!;
    if (u >= units) {
      appended.push({ start, end });
      continue;
    }
    const at = HEAD + u * WORDS_PER_UNIT;
    let same = words[at] === end - start;
    if (same) {
      fingerprint(bytes, start, end, print, 0);
      same = print[0] === words[at + 1] && print[1] === words[at + 2];
    }
    if (!same) changed.push({ unit: u, start, end, firstEntry: entry, entries: words[at + 3]! });
    entry += words[at + 3]!;
  }
  return { headEnd: spans.headEnd, changed, appended };
}
