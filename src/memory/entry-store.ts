// Entries of a memory as the index file keeps them: one JSON text each, in UTF-8, one after the
// other in pieces of about a megabyte, decoded only when a match returns one. A million entries
// held this way take 217 MB instead of 309 MB of heap, are a few hundred objects for the garbage
// collector instead of millions, and the index file is written from the same pieces.

import { InputError } from '../errors.js';
import type { MemoryEntry } from './entry.js';
import type { EntryStore } from './index-types.js';

/** Entries are encoded in pieces of about this many bytes: no array per entry, no copy of the whole. */
const PIECE = 1 << 20;

/** Entries encoded one after another: entry i is `start[i]` to `start[i + 1]` in the concatenated pieces. */
export interface EncodedEntries {
  readonly pieces: readonly Uint8Array[];
  readonly start: Uint32Array;
}

/**
 * Encodes entries as they come; `each` sees every entry once (the caller keeps what it needs of
 * it). Each entry's JSON is encoded straight into the current piece, which gives its length in
 * bytes: no string of a megabyte built and encoded again, no count of its bytes in script.
 */
export function encodeEntries(entries: Iterable<MemoryEntry>, each?: (entry: MemoryEntry) => void): EncodedEntries {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const starts: number[] = [];
  let bytes = 0;
  let piece = new Uint8Array(PIECE);
  let used = 0;
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (used + 3 * json.length > piece.length) {
      if (used > 0) pieces.push(piece.subarray(0, used));
      piece = new Uint8Array(Math.max(PIECE, 3 * json.length));
      used = 0;
    }
    const { written } = encoder.encodeInto(json, piece.subarray(used));
    starts.push(bytes);
    bytes += written;
    used += written;
    each?.(entry);
  }
  pieces.push(piece.subarray(0, used));
  starts.push(bytes);
  return { pieces, start: startTable(starts) };
}

/**
 * The entries' start offsets as the index keeps them, in 32 bits: a memory file whose entries
 * take 4 GiB or more (some twenty million) is refused, where the offsets would wrap and entries
 * come back as other entries' bytes.
 */
export function startTable(starts: readonly number[]): Uint32Array {
  if (starts.length > 0 && starts[starts.length - 1]! > 0xffffffff) {
    throw new InputError('a memory file too large to index: its entries take 4 GiB or more; split it into several files in the same folder (each gets an index of its own)');
  }
  return Uint32Array.from(starts);
}

/** A store over encoded entries: each is decoded when asked for. */
export function encodedStore(encoded: EncodedEntries): EntryStore {
  const { pieces, start } = encoded;
  // Byte offset of each piece; an entry never spans two.
  const pieceStart = new Float64Array(pieces.length + 1);
  pieces.forEach((p, i) => (pieceStart[i + 1] = pieceStart[i]! + p.byteLength));
  /** Entry i's bytes. */
  const bytesOf = (i: number): Uint8Array => {
    const from = start[i]!;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (pieceStart[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    const at = from - pieceStart[lo]!;
    return pieces[lo]!.subarray(at, at + start[i + 1]! - from);
  };
  return storeOver(start.length - 1, bytesOf, () => encoded);
}

/** Reads `length` bytes of the concatenated entries from `offset` (from wherever they lie). */
export type EntryBytes = (offset: number, length: number) => Uint8Array;

/** A reading store takes its entries' bytes a page of this size at a time… */
const PAGE = 1 << 16;
/** …and keeps the pages it read last. */
const PAGES_KEPT = 32;

/**
 * A store over encoded entries left where they lie (in an index file): an entry's bytes are read
 * when it is asked for. A lookup wants a few entries of a million, so the file's 200 MB of
 * entries are not read with the index; a pass over every entry (a search of the targets) reads
 * each page once, as the last pages read are kept.
 */
export function readingStore(start: Uint32Array, read: EntryBytes): EntryStore {
  const total = start[start.length - 1]!;
  const pages = new Map<number, Uint8Array>();
  const page = (p: number): Uint8Array => {
    let bytes = pages.get(p);
    if (bytes) {
      // Most recently used last: the first is the one to drop.
      pages.delete(p);
    } else {
      bytes = read(p * PAGE, Math.min(PAGE, total - p * PAGE));
      if (pages.size === PAGES_KEPT) pages.delete(pages.keys().next().value!);
    }
    pages.set(p, bytes);
    return bytes;
  };
  const bytesOf = (i: number): Uint8Array => {
    const from = start[i]!;
    const to = start[i + 1]!;
    const p = Math.floor(from / PAGE);
    // An entry across a page boundary is read on its own.
    if (to - from > 0 && Math.floor((to - 1) / PAGE) !== p) return read(from, to - from);
    const at = from - p * PAGE;
    return page(p).subarray(at, at + to - from);
  };
  return storeOver(start.length - 1, bytesOf, () => ({ pieces: [read(0, total)], start }));
}

/** A store of `size` entries whose JSON `bytesOf` gives. */
function storeOver(size: number, bytesOf: (i: number) => Uint8Array, encoded: () => EncodedEntries): EntryStore {
  const decoder = new TextDecoder();
  const get = (i: number): MemoryEntry => JSON.parse(decoder.decode(bytesOf(i))) as MemoryEntry;
  return {
    size,
    get,
    target: (i) => {
      const bytes = bytesOf(i);
      const value = targetSpan(bytes);
      return value ? decodeJsonString(bytes.subarray(value[0], value[1]), decoder) : get(i).target;
    },
    encoded,
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SOURCE_KEY = new TextEncoder().encode('{"source":"');
const TARGET_KEY = new TextEncoder().encode(',"target":"');

/** Where a JSON string that opens before `from` closes (its closing quote), or -1. */
function stringEnd(bytes: Uint8Array, from: number): number {
  for (let at = from; at < bytes.length; at++) {
    if (bytes[at] === BACKSLASH) at++;
    else if (bytes[at] === QUOTE) return at;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, at: number, key: Uint8Array): boolean {
  if (at + key.length > bytes.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[at + k] !== key[k]) return false;
  return true;
}

/**
 * The bytes of the target's JSON string (without its quotes) in an entry's JSON as entries are
 * built (source, then target, first), or undefined for any other layout. Quotes and backslashes
 * are ASCII, which UTF-8 never uses inside a multi-byte character, so the bytes can be scanned.
 */
function targetSpan(json: Uint8Array): [number, number] | undefined {
  if (!startsWith(json, 0, SOURCE_KEY)) return undefined;
  const sourceEnd = stringEnd(json, SOURCE_KEY.length);
  if (sourceEnd < 0 || !startsWith(json, sourceEnd + 1, TARGET_KEY)) return undefined;
  const from = sourceEnd + 1 + TARGET_KEY.length;
  const to = stringEnd(json, from);
  return to < 0 ? undefined : [from, to];
}

/** A JSON string's value from its bytes without the quotes: decoded as is unless it holds an escape. */
function decodeJsonString(bytes: Uint8Array, decoder: { decode(bytes: Uint8Array): string }): string {
  const text = decoder.decode(bytes);
  return text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text;
}

/** Entries kept as objects. */
export function arrayStore(entries: readonly MemoryEntry[]): EntryStore {
  return { size: entries.length, get: (i) => entries[i]! };
}
