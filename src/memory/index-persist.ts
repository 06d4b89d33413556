// A compact binary form of an index: a small JSON directory followed by the typed arrays,
// 8-byte aligned, so that loading is a handful of views on the buffer (no parsing of the
// gram tables). Entries are stored as one JSON text each and decoded only when a match
// returns them.

import { InputError } from '../errors.js';
import type { MemoryEntry } from './entry.js';
import { encodedStore, encodeEntries, readingStore } from './entry-store.js';
import { HISTOGRAM_BUCKETS, type EntryStore, type Groups, type MemoryIndex } from './index-types.js';

const MAGIC = 0x54_4d_49_58; // "TMIX"
const VERSION = 5;

type ArrayKind = 'u8' | 'u16' | 'u32';
type Section = [offset: number, byteLength: number, kind: ArrayKind];

interface Directory {
  size: number;
  trigramMaxLength: number;
  bigramMaxLength: number;
  /** Histograms.shares (JSON keeps a double exactly). */
  bucketShares: number[];
  sections: Record<string, Section>;
}

function kindOf(array: Uint8Array | Uint16Array | Uint32Array): ArrayKind {
  return array instanceof Uint8Array ? 'u8' : array instanceof Uint16Array ? 'u16' : 'u32';
}

/** `n` rounded up to a multiple of 8, past 2 GiB too (a cache of six million entries is 2.5 GB). */
export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Serializes an index, its entries included. */
export function serializeIndex(index: MemoryIndex): Uint8Array {
  const parts = serializeIndexParts(index);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/**
 * serializeIndex as the consecutive pieces of the file, for a writer that takes them one by
 * one: a million-entry index is never copied into one buffer of half a gigabyte.
 */
export function serializeIndexParts(index: MemoryIndex): Uint8Array[] {
  const encoder = new TextEncoder();
  const stored = index.entries.encoded?.() ?? encodeEntries(allEntries(index.entries));
  const entryData = [...stored.pieces];
  const entryStart = stored.start;

  const arrays: Array<[string, Uint8Array | Uint16Array | Uint32Array | Uint8Array[]]> = [
    ['texts', index.texts],
    ['textStart', index.textStart],
    ['sameStart', index.sameStart],
    ['sameEntries', index.sameEntries],
    ['byLength', index.byLength],
    ['lengthStart', index.lengthStart],
    ['groupStart', index.groups.start],
    ['groupMinLength', index.groups.minLength],
    ['groupMaxLength', index.groups.maxLength],
    ['groupLengthStart', index.groups.lengthStart],
    ['repDistance', index.groups.repDistance],
    ['alphabet', index.alphabet],
    ['triKeys', index.trigrams.keys],
    ['triStarts', index.trigrams.starts],
    ['triPostings', index.trigrams.postings],
    ['biKeys', index.bigrams.keys],
    ['biStarts', index.bigrams.starts],
    ['biPostings', index.bigrams.postings],
    ['frequentKeys', index.frequent.keys],
    ['frequentGroupBits', index.frequent.groupBits],
    ['bucketOf', index.histograms.bucketOf],
    ['histograms', index.histograms.counts],
    ['groupHistograms', index.histograms.groupMaxima],
    ['signatureStart', index.signatures.start],
    ['signatures', index.signatures.words],
    ['entryData', entryData],
    ['entryStart', entryStart],
  ];
  const sections: Record<string, Section> = {};
  const body: Uint8Array[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    const pieces = Array.isArray(array) ? array : [new Uint8Array(array.buffer, array.byteOffset, array.byteLength)];
    const byteLength = pieces.reduce((sum, p) => sum + p.byteLength, 0);
    sections[name] = [offset, byteLength, Array.isArray(array) ? 'u8' : kindOf(array)];
    body.push(...pieces);
    const padded = align8(offset + byteLength);
    if (padded > offset + byteLength) body.push(new Uint8Array(padded - offset - byteLength));
    offset = padded;
  }
  const directory: Directory = {
    size: index.size,
    trigramMaxLength: Math.min(index.trigrams.maxLength, 0x7fffffff),
    bigramMaxLength: index.bigrams.maxLength,
    bucketShares: Array.from(index.histograms.shares),
    sections,
  };
  const json = encoder.encode(JSON.stringify(directory));
  const head = new Uint8Array(align8(12 + json.length));
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, VERSION);
  view.setUint32(8, json.length);
  head.set(json, 12);
  return [head, ...body];
}

function* allEntries(store: EntryStore): Generator<MemoryEntry> {
  for (let i = 0; i < store.size; i++) yield store.get(i);
}

function loadGroups(start: Uint32Array, minLength: Uint32Array, maxLength: Uint32Array, lengthStart: Uint32Array, repDistance: Uint16Array): Groups {
  return { count: minLength.length, start, minLength, maxLength, lengthStart, repDistance };
}

/** An index file read in parts: its length, and `length` bytes from `offset` (a view or a fresh copy). */
export interface IndexSource {
  readonly byteLength: number;
  read(offset: number, length: number): Uint8Array;
}

/** Loads a serialized index (views on `bytes`, copied once if misaligned). `file` names it in errors. */
export function loadIndex(bytes: Uint8Array, file?: string): MemoryIndex {
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  return readIndex({ byteLength: aligned.byteLength, read: (offset, length) => aligned.subarray(offset, offset + length) }, file, false);
}

/**
 * Loads an index from a file read part by part: every section but the entries, which stay in
 * the file and are read as they are asked for (entry-store.ts's readingStore). The source must
 * stay readable while the index is in use.
 */
export function loadIndexLazily(source: IndexSource, file?: string): MemoryIndex {
  return readIndex(source, file, true);
}

function readIndex(source: IndexSource, file: string | undefined, lazyEntries: boolean): MemoryIndex {
  const bad = (why: string): never => {
    throw new InputError(`not a translation-memory index: ${why}`, { file });
  };
  if (source.byteLength < 12) bad('too short');
  const head = source.read(0, 12);
  const view = new DataView(head.buffer, head.byteOffset, 12);
  if (view.getUint32(0) !== MAGIC) bad('wrong magic number');
  if (view.getUint32(4) !== VERSION) bad(`unsupported version ${view.getUint32(4)}`);
  const jsonLength = view.getUint32(8);
  if (12 + jsonLength > source.byteLength) bad('truncated directory');
  let directory: Directory;
  try {
    directory = JSON.parse(new TextDecoder().decode(source.read(12, jsonLength))) as Directory;
  } catch {
    return bad('unreadable directory');
  }
  const dataStart = align8(12 + jsonLength);
  const section = (name: string, kind: ArrayKind): [offset: number, byteLength: number] => {
    const found = directory.sections?.[name];
    if (!found || found[2] !== kind) return bad(`missing section ${name}`);
    const [offset, byteLength] = found;
    if (dataStart + offset + byteLength > source.byteLength) return bad(`truncated section ${name}`);
    return [dataStart + offset, byteLength];
  };
  const get = <K extends ArrayKind>(name: string, kind: K): K extends 'u8' ? Uint8Array : K extends 'u16' ? Uint16Array : Uint32Array => {
    const [offset, byteLength] = section(name, kind);
    let bytes = source.read(offset, byteLength);
    // Typed arrays of 16 and 32 bits need an aligned start.
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const array =
      kind === 'u8'
        ? bytes
        : kind === 'u16'
          ? new Uint16Array(bytes.buffer, bytes.byteOffset, byteLength / 2)
          : new Uint32Array(bytes.buffer, bytes.byteOffset, byteLength / 4);
    return array as never;
  };
  const size = directory.size;
  const shares = directory.bucketShares;
  if (!Array.isArray(shares) || shares.length !== HISTOGRAM_BUCKETS || !shares.every((share) => typeof share === 'number')) bad('missing bucket shares');
  const entryStart = get('entryStart', 'u32');
  if (entryStart.length !== size + 1) bad('entry table of the wrong size');
  let entries: EntryStore;
  if (lazyEntries) {
    const [dataOffset, dataLength] = section('entryData', 'u8');
    if (entryStart[size]! > dataLength) bad('entry table beyond the entries');
    entries = readingStore(entryStart, (offset, length) => source.read(dataOffset + offset, length));
  } else {
    entries = encodedStore({ pieces: [get('entryData', 'u8')], start: entryStart });
  }
  return {
    size,
    entries,
    texts: get('texts', 'u16'),
    textStart: get('textStart', 'u32'),
    sameStart: get('sameStart', 'u32'),
    sameEntries: get('sameEntries', 'u32'),
    byLength: get('byLength', 'u32'),
    lengthStart: get('lengthStart', 'u32'),
    groups: loadGroups(get('groupStart', 'u32'), get('groupMinLength', 'u32'), get('groupMaxLength', 'u32'), get('groupLengthStart', 'u32'), get('repDistance', 'u16')),
    alphabet: get('alphabet', 'u8'),
    trigrams: {
      q: 3,
      maxLength: directory.trigramMaxLength === 0x7fffffff ? Number.MAX_SAFE_INTEGER : directory.trigramMaxLength,
      keys: get('triKeys', 'u32'),
      starts: get('triStarts', 'u32'),
      postings: get('triPostings', 'u32'),
    },
    bigrams: {
      q: 2,
      maxLength: directory.bigramMaxLength,
      keys: get('biKeys', 'u32'),
      starts: get('biStarts', 'u32'),
      postings: get('biPostings', 'u32'),
    },
    frequent: { keys: get('frequentKeys', 'u32'), groupBits: get('frequentGroupBits', 'u32') },
    histograms: {
      bucketOf: get('bucketOf', 'u8'),
      counts: get('histograms', 'u8'),
      groupMaxima: get('groupHistograms', 'u8'),
      shares: Float64Array.from(shares),
    },
    signatures: { start: get('signatureStart', 'u32'), words: get('signatures', 'u32') },
  };
}
