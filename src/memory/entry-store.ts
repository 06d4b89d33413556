// Entries of a memory as the index file keeps them: one JSON text each, in UTF-8, one after the
// other in pieces of about a megabyte, decoded only when a match returns one. A million entries
// held this way take 217 MB instead of 309 MB of heap, are a few hundred objects for the garbage
// collector instead of millions, and the index file is written from the same pieces.

import type { MemoryEntry } from './entry.js';
import type { EntryStore } from './index-types.js';

/** Entries are encoded in pieces of about this many characters: no array per entry, no copy of the whole. */
const PIECE = 1 << 20;

/** Entries encoded one after another: entry i is `start[i]` to `start[i + 1]` in the concatenated pieces. */
export interface EncodedEntries {
  readonly pieces: readonly Uint8Array[];
  readonly start: Uint32Array;
}

/** Bytes of a string in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && !(c >= 0xd800 && c <= 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Encodes entries as they come; `each` sees every entry once (the caller keeps what it needs of it). */
export function encodeEntries(entries: Iterable<MemoryEntry>, each?: (entry: MemoryEntry) => void): EncodedEntries {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const starts: number[] = [];
  let bytes = 0;
  let piece = '';
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    starts.push(bytes);
    bytes += utf8Length(json);
    piece += json;
    if (piece.length >= PIECE) {
      pieces.push(encoder.encode(piece));
      piece = '';
    }
    each?.(entry);
  }
  pieces.push(encoder.encode(piece));
  starts.push(bytes);
  return { pieces, start: Uint32Array.from(starts) };
}

/** A store over encoded entries: each is decoded when asked for. */
export function encodedStore(encoded: EncodedEntries): EntryStore {
  const { pieces, start } = encoded;
  // Byte offset of each piece; an entry never spans two.
  const pieceStart = new Float64Array(pieces.length + 1);
  pieces.forEach((p, i) => (pieceStart[i + 1] = pieceStart[i]! + p.byteLength));
  const decoder = new TextDecoder();
  return {
    size: start.length - 1,
    get: (i) => {
      const from = start[i]!;
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (pieceStart[mid]! <= from) lo = mid;
        else hi = mid - 1;
      }
      const at = from - pieceStart[lo]!;
      return JSON.parse(decoder.decode(pieces[lo]!.subarray(at, at + start[i + 1]! - from))) as MemoryEntry;
    },
    encoded: () => encoded,
  };
}

/** Entries kept as objects. */
export function arrayStore(entries: readonly MemoryEntry[]): EntryStore {
  return { size: entries.length, get: (i) => entries[i]! };
}
