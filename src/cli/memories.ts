// Reads a language's translation memories (locales/<lang>/*.tmx; memory.tmx is the project's own),
// one index per file. A large file's index is kept in .cache/tessera/, named by a hash of the
// file, so the next command loads it instead of parsing the TMX and indexing again.
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';
import { createTmxReader, loneTmxUnit, tmxUnitSpans, type TmxHeader, type TmxUnitSpans, type TranslationUnit } from '../formats/tmx/index.js';
import { indexOfBytes, lastIndexOfBytes } from '../formats/byte-search.js';
import {
  buildIndex,
  buildIndexFromStore,
  encodedStore,
  encodeEntries,
  entriesFromUnit,
  type EncodedEntries,
  type EntriesFromTmxOptions,
  loadIndexLazily,
  lookup,
  memorySize,
  mergeKey,
  serializeIndexParts,
  type LookupQuery,
  type Match,
  type MemoryEntry,
  type MemoryIndex,
} from '../memory/index.js';
import { createNotice, type OutputStream } from '../report/index.js';
import { collectGarbageNow } from './heap.js';
import { exists, fileStat, listFiles, openCache, readBytes, readCache, readCacheTail, readParts, removeStaleCaches, textPieces, writeCache, type FileStat } from './io.js';
import { STAMP_SETTLE_MS, stampedName, stampFor, stampPath, stampPrefix, type MemoryStamp } from './memory-stamp.js';
import type { Project } from './project.js';
import { entriesPerUnit, readUnitMap, unitChanges, unitMap, unitMapBytes, unitMapLength, type UnitChanges, type UnitMap } from './unit-map.js';

/** The project's own memory of a language, relative to the root. */
export function ownMemoryPath(project: Project, lang: string): string {
  return join(project.config.localesDir, lang, 'memory.tmx');
}

/** Paths of a language's memory files, relative to the root, sorted (memory.tmx first). */
export function memoryFiles(project: Project, lang: string): string[] {
  const dir = join(project.config.localesDir, lang);
  return listFiles(project.root, dir, '.tmx')
    .sort((a, b) => Number(b === 'memory.tmx') - Number(a === 'memory.tmx') || a.localeCompare(b))
    .map((name) => join(dir, name));
}

/** Entries of one memory file for the project's source language into `lang`. */
export function readMemory(project: Project, file: string, lang: string): MemoryEntry[] {
  return entriesOf(project, file, readBytes(project.root, file), lang);
}

/** A memory file as a merge needs it (see memoryForMerge). */
export interface MemoryForMerge {
  /** Entries in the file. */
  size: number;
  /** The last position of each of the keys asked for, among the file's entries. */
  lastAt: Map<string, number>;
  /** The entries at those positions. */
  at: Map<number, MemoryEntry>;
  /** The file's header, written back as it was (its notes and props included). */
  header: TmxHeader | undefined;
  /**
   * What `take` makes of each unit of the file and its entries (none for a unit without this
   * language pair), read again from the same bytes as they are needed.
   */
  units<T>(take: (unit: TranslationUnit, entries: MemoryEntry[]) => T): Generator<T>;
  /**
   * The merged file as the file's own bytes, but for the units `touched` names (by the number of
   * their first entry and how many they have), whose text `rewrite` gives, and `appended` before
   * the end of the body: a million unchanged units are copied, not parsed and written again.
   * Undefined when the file cannot be copied so (not in UTF-8 with the declaration Tessera writes,
   * or its units not told apart without parsing): `units` then serves.
   */
  copy(
    touched: (first: number, count: number) => boolean,
    rewrite: (unit: TranslationUnit, entries: MemoryEntry[], first: number) => string,
    appended: readonly string[],
  ): CopiedMemory | undefined;
}

/** A merged memory file as the pieces of its bytes. */
export interface CopiedMemory {
  pieces: Array<string | Uint8Array>;
  /**
   * Once the pieces are written as the file: leaves, where the merge went through a cache's unit
   * map, the record of what changed since that cache (see recordedPatch), so that even the first
   * command after the update reads only those units.
   */
  keep(): void;
}

/**
 * A memory file read for a merge of the `updates`: only the entries the merge compares (those
 * with an update's key) are kept, and the rest are read again when the merged file is written,
 * from the same bytes (a million-unit memory is never a million objects, nor a file that changed
 * between).
 */
export function memoryForMerge(project: Project, file: string, lang: string, updates: readonly MemoryEntry[]): MemoryForMerge {
  const bytes = readBytes(project.root, file);
  const fromMap = mergeFromUnitMap(project, file, lang, updates, bytes);
  if (fromMap) return fromMap;
  const found = keyPositions(new Set(updates.map(mergeKey)));
  let size = 0;
  let header: TmxHeader | undefined;
  const perUnit: number[] = [];
  for (const entry of entriesIn(project, file, bytes, lang, true, (read) => (header = read), perUnit)) found.note(entry, size++);
  return mergeView(file, bytes, undefined, perUnit, entryOptions(project, file, lang), size, found, header, undefined);
}

/** The last position of each key among the entries noted, with the entry there. */
function keyPositions(keys: ReadonlySet<string>): { lastAt: Map<string, number>; at: Map<number, MemoryEntry>; note(entry: MemoryEntry, position: number): void } {
  const lastAt = new Map<string, number>();
  const at = new Map<number, MemoryEntry>();
  return {
    lastAt,
    at,
    note(entry, position) {
      const key = mergeKey(entry);
      if (!keys.has(key)) return;
      const earlier = lastAt.get(key);
      if (earlier !== undefined) at.delete(earlier);
      lastAt.set(key, position);
      at.set(position, entry);
    },
  };
}

/** A MemoryForMerge over the file's bytes, given what was found of it. */
function mergeView(
  file: string,
  bytes: Buffer,
  spans: TmxUnitSpans | undefined,
  perUnit: readonly number[],
  options: EntriesFromTmxOptions,
  size: number,
  { lastAt, at }: { lastAt: Map<string, number>; at: Map<number, MemoryEntry> },
  header: TmxHeader | undefined,
  base: PatchBase | undefined,
): MemoryForMerge {
  return {
    size,
    lastAt,
    at,
    header,
    units: (take) => fromUnits(file, bytes, (unit, ready) => ready.push(take(unit, entriesFromUnit(unit, options)))),
    copy: (touched, rewrite, appended) => copyMerged(file, bytes, spans, perUnit, options, touched, rewrite, appended, base),
  };
}

/** What a merge through a cache's unit map knows of that cache, to record the merged file's changes since it. */
interface PatchBase {
  root: string;
  /** The file's cache prefix (cachePrefix). */
  prefix: string;
  /** The hash of a file's bytes before its `</body>` (given in parts) that names its caches and records. */
  hash: (parts: Iterable<Uint8Array | string>) => string;
  cacheFile: string;
  /** How many entries each unit gave when the cache was made (its unit map). */
  mapped: Uint32Array;
  changes: UnitChanges;
}

/** Tessera writes its memories in UTF-8 with this declaration: only such a file is copied as bytes. */
const UTF8_DECLARATION = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>');

function declaredUtf8(bytes: Buffer): boolean {
  return bytes.subarray(0, UTF8_DECLARATION.length).equals(UTF8_DECLARATION);
}

/** What follows the units of a TMX file. */
const WELL_ENDED = /^<\/body>\s*<\/tmx>\s*$/;

/** Whether the file's last `</body>` (at `bodyEnd`, -1 for none) is followed only by what ends a TMX file. */
function endsWell(bytes: Buffer, bodyEnd: number): boolean {
  return bodyEnd >= 0 && WELL_ENDED.test(bytes.subarray(bodyEnd, bodyEnd + 64).toString('latin1'));
}

/**
 * memoryForMerge without parsing the whole file, from the unit map a cache of its index keeps
 * (unit-map.ts): the units are found in the bytes, the map says how many entries each unchanged
 * one gives, and only the units that may hold the keys (their `tuid` is one of the keys') and the
 * ones changed or appended since the map was made are parsed. The keys' entries and positions
 * are then those a full read finds. Undefined when that cannot be done exactly (a key without an
 * ID, no cache of the file with a map, a file the map does not describe but for units replaced or
 * appended, or not in UTF-8 with Tessera's declaration): the caller reads the whole file.
 */
export function mergeFromUnitMap(project: Project, file: string, lang: string, updates: readonly MemoryEntry[], bytes: Buffer): MemoryForMerge | undefined {
  // Only updates keyed by their ID (mergeKey): an entry with an update's key is in a unit with that `tuid`.
  if (updates.some((update) => update.tuid === undefined || update.doc === undefined)) return undefined;
  const keys = new Set(updates.map(mergeKey));
  const tuids = new Set(updates.map((update) => update.tuid!));
  const bodyEnd = lastIndexOfBytes(bytes, '</body>');
  if (!endsWell(bytes, bodyEnd) || !declaredUtf8(bytes)) return undefined;
  const spans = once(() => tmxUnitSpans(bytes, bodyEnd));
  for (const { cacheFile, map, changes } of cachesDescribing(project, lang, file, bytes, spans)) {
    const base: PatchBase = { root: project.root, prefix: cachePrefix(project, lang, file), hash: (parts) => contentHash(project, lang, file, parts), cacheFile, mapped: entriesPerUnit(map), changes };
    return mergeFromChanges(project, file, lang, keys, tuids, bytes, spans()!, base);
  }
  return undefined;
}

/**
 * The caches of the file (by their prefix) whose unit map describes it but for units replaced in
 * place or appended, with what changed. Only a map is read (from the end of the cache file): a
 * cache of half a gigabyte that does not describe the file is not loaded.
 */
function* cachesDescribing(
  project: Project,
  lang: string,
  file: string,
  bytes: Buffer,
  spans: () => TmxUnitSpans | undefined,
): Generator<{ cacheFile: string; map: UnitMap; changes: UnitChanges }> {
  const prefix = cachePrefix(project, lang, file);
  for (const name of listFiles(project.root, CACHE_DIR, '.idx')) {
    if (!name.startsWith(prefix)) continue;
    const cacheFile = join(CACHE_DIR, name);
    const stored = readCacheTail(project.root, cacheFile, 8, unitMapLength);
    const map = stored && readUnitMap(stored);
    const changes = map && unitChanges(map, bytes, spans());
    if (map && changes) yield { cacheFile, map, changes };
  }
}

/** The `tuid` of the unit whose start tag begins at `start`, as written (entities not resolved), or undefined. */
function rawTuid(bytes: Buffer, start: number): string | undefined {
  const tagEnd = indexOfBytes(bytes, 0x3e, start);
  const tag = bytes.toString('utf8', start, tagEnd < 0 ? start : tagEnd);
  const m = /\stuid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

function mergeFromChanges(
  project: Project,
  file: string,
  lang: string,
  keys: ReadonlySet<string>,
  tuids: ReadonlySet<string>,
  bytes: Buffer,
  spans: TmxUnitSpans,
  base: PatchBase,
): MemoryForMerge | undefined {
  const { mapped, changes } = base;
  const changed = new Set(changes.changed.map((c) => c.unit));
  // The units to read, and how many entries each unit of the file gives (-1: read it to know).
  const reads: Array<{ unit: number; start: number; end: number }> = [];
  const perUnit: number[] = [];
  for (let u = 0; u < spans.starts.length; u++) {
    const start = spans.starts[u]!;
    const known = u < mapped.length && !changed.has(u);
    const tuid = rawTuid(bytes, start);
    if (!known || (tuid !== undefined && (tuids.has(tuid) || tuid.includes('&')))) reads.push({ unit: u, start, end: spans.ends[u]! });
    perUnit.push(known ? mapped[u]! : -1);
  }
  const headEnd = changes.headEnd;
  const options = entryOptions(project, file, lang);
  let header: TmxHeader | undefined;
  const parsed: MemoryEntry[][] = [];
  try {
    for (const entries of unitsAt<MemoryEntry[]>(file, bytes.subarray(0, headEnd), spanBytes(bytes, reads), (unit, ready) => ready.push(entriesFromUnit(unit, options)), (read) => (header = read))) parsed.push(entries);
  } catch {
    return undefined;
  }
  if (parsed.length !== reads.length) return undefined;
  reads.forEach(({ unit }, r) => {
    // A unit the map knows must give what the map says; -1 stays for none.
    if (perUnit[unit] === -1) perUnit[unit] = parsed[r]!.length;
    else if (perUnit[unit] !== parsed[r]!.length) perUnit[unit] = -2;
  });
  if (perUnit.some((count) => count < 0)) return undefined;
  // Each unit's first entry, for the units read; the keys' last positions among their entries.
  const found = keyPositions(keys);
  let size = 0;
  let r = 0;
  for (let unit = 0; unit < perUnit.length; unit++) {
    if (r < reads.length && reads[r]!.unit === unit) {
      parsed[r]!.forEach((entry, k) => found.note(entry, size + k));
      r++;
    }
    size += perUnit[unit]!;
  }
  return mergeView(file, bytes, spans, perUnit, options, size, found, header, base);
}

/** MemoryForMerge.copy, over the file's bytes and the number of entries each of its units gave. */
function copyMerged(
  file: string,
  bytes: Buffer,
  known: TmxUnitSpans | undefined,
  perUnit: readonly number[],
  options: EntriesFromTmxOptions,
  touched: (first: number, count: number) => boolean,
  rewrite: (unit: TranslationUnit, entries: MemoryEntry[], first: number) => string,
  appended: readonly string[],
  base: PatchBase | undefined,
): CopiedMemory | undefined {
  const bodyEnd = lastIndexOfBytes(bytes, '</body>');
  if (bodyEnd < 0 || !declaredUtf8(bytes)) return undefined;
  const found = known ?? tmxUnitSpans(bytes, bodyEnd);
  if (!found || found.starts.length !== perUnit.length) return undefined;
  const { headEnd } = found;
  // The units to write anew, with their number and the number of their first entry.
  const spans: Array<{ unit: number; start: number; end: number; first: number }> = [];
  let first = 0;
  for (let u = 0; u < perUnit.length; u++) {
    if (touched(first, perUnit[u]!)) spans.push({ unit: u, start: found.starts[u]!, end: found.ends[u]!, first });
    first += perUnit[u]!;
  }
  // Each new text takes the place of its unit's bytes from `<tu` to `</tu>` (the line break after
  // it stays the file's).
  let read = 0;
  const texts = Array.from(unitsAt<string>(file, bytes.subarray(0, headEnd), spanBytes(bytes, spans), (unit, ready) => ready.push(rewrite(unit, entriesFromUnit(unit, options), spans[read++]!.first).replace(/\n$/, ''))));
  if (texts.length !== spans.length) return undefined;
  const pieces: Array<string | Uint8Array> = [];
  let at = 0;
  spans.forEach(({ start, end }, i) => {
    pieces.push(bytes.subarray(at, start), texts[i]!);
    at = end;
  });
  pieces.push(bytes.subarray(at, bodyEnd), ...appended, bytes.subarray(bodyEnd));
  const keep = (): void => {
    const patch = base && mergedPatch(base, found, bodyEnd, spans, texts, appended);
    // Named by the merged file's bytes before its `</body>`: every piece but the last.
    if (patch) writeRecord(base.root, base.prefix, recordPath(base.prefix, cacheName(patch.end, base.hash(pieces.slice(0, -1)))), patch.record);
  };
  return { pieces, keep };
}

/**
 * The patch record of a merged file against the cache the merge found, from how the file was
 * made: its unchanged units moved by the rewritten ones before them, the rewritten units changed,
 * the appended ones after the map's. Undefined when that cannot be told exactly (a rewrite that
 * is not one unit, as a unit split by entry) or would not be patched (as many changes as earn a
 * cache of their own): the next command then finds the changes itself.
 */
function mergedPatch(
  base: PatchBase,
  old: TmxUnitSpans,
  bodyEnd: number,
  rewritten: ReadonlyArray<{ unit: number; start: number; end: number }>,
  texts: readonly string[],
  appended: readonly string[],
): { record: PatchRecord; end: number } | undefined {
  const { mapped, changes } = base;
  const changedBefore = new Set(changes.changed.map((c) => c.unit));
  const changed: UnitChanges['changed'] = [];
  const appendedSpans: UnitChanges['appended'] = [];
  const place = (unit: number, start: number, end: number): void => {
    if (unit >= mapped.length) appendedSpans.push({ start, end });
    else if (changedBefore.has(unit) || rewrittenAt.has(unit)) changed.push({ unit, start, end, firstEntry: firstEntry[unit]!, entries: mapped[unit]! });
  };
  const firstEntry = new Float64Array(mapped.length);
  for (let u = 1; u < mapped.length; u++) firstEntry[u] = firstEntry[u - 1]! + mapped[u - 1]!;
  const rewrittenAt = new Map<number, number>(rewritten.map(({ unit }, i) => [unit, i]));
  let shift = 0;
  for (let u = 0; u < old.starts.length; u++) {
    const i = rewrittenAt.get(u);
    if (i === undefined) {
      place(u, old.starts[u]! + shift, old.ends[u]! + shift);
      continue;
    }
    const text = Buffer.from(texts[i]!);
    const span = loneTmxUnit(text);
    if (!span) return undefined;
    const start = old.starts[u]! + shift;
    place(u, start + span.start, start + span.end);
    shift += text.length - (old.ends[u]! - old.starts[u]!);
  }
  let at = bodyEnd + shift;
  for (const written of appended) {
    const text = Buffer.from(written);
    const span = loneTmxUnit(text);
    if (!span) return undefined;
    appendedSpans.push({ start: at + span.start, end: at + span.end });
    at += text.length;
  }
  if (changed.length + appendedSpans.length >= INDEX_CACHE_MIN_ENTRIES) return undefined;
  return { record: { base: basename(base.cacheFile), changes: { headEnd: changes.headEnd, changed, appended: appendedSpans } }, end: at };
}

/** Entries of a memory file's bytes, read unit by unit: a memory of a million units is never held as one document. */
function entriesOf(project: Project, file: string, bytes: Buffer, lang: string): MemoryEntry[] {
  return Array.from(entriesIn(project, file, bytes, lang));
}

/** How a memory file's units become entries: the project's source language into `lang`, the file as their origin. */
function entryOptions(project: Project, file: string, lang: string, extras = true): EntriesFromTmxOptions {
  return { sourceLang: project.config.sourceLang, targetLang: lang, origin: file, extras };
}

/** The entries of a memory file's bytes as they are read (without their unit's extras for an index). */
function entriesIn(
  project: Project,
  file: string,
  bytes: Buffer,
  lang: string,
  extras = true,
  onHeader?: (header: TmxHeader) => void,
  perUnit?: number[],
  onRead?: (fraction: number) => void,
): Generator<MemoryEntry> {
  const options = entryOptions(project, file, lang, extras);
  return fromUnits<MemoryEntry>(
    file,
    bytes,
    (unit, ready) => {
      const entries = entriesFromUnit(unit, options);
      perUnit?.push(entries.length);
      for (const entry of entries) ready.push(entry);
    },
    onHeader,
    onRead,
  );
}

/** The bytes of a memory file decoded and parsed at a time. */
const PIECE_BYTES = 1 << 20;

/**
 * What `take` makes of each unit of a memory file's bytes, as they are read. Only what it keeps
 * outlives the unit: holding the units themselves until they are yielded made a million-unit
 * read 1 to 2 s slower (the collector moves them to the old generation).
 */
function* fromUnits<T>(
  file: string,
  bytes: Buffer,
  take: (unit: TranslationUnit, ready: T[]) => void,
  onHeader?: (header: TmxHeader) => void,
  onRead?: (fraction: number) => void,
): Generator<T> {
  let ready: T[] = [];
  const reader = createTmxReader((unit) => take(unit, ready), onHeader ? { file, onHeader } : { file });
  let read = 0;
  for (const text of textPieces(bytes, file, PIECE_BYTES)) {
    reader.write(text);
    yield* ready;
    ready = [];
    read = Math.min(bytes.length, read + PIECE_BYTES);
    onRead?.(bytes.length === 0 ? 1 : read / bytes.length);
  }
  reader.close();
  yield* ready;
}

/**
 * What `take` makes of some units of a memory file's bytes, read apart under the file's own head
 * (the bytes before its first unit): the units `spans` names, in their order.
 */
function unitsAt<T>(
  file: string,
  head: Uint8Array,
  units: readonly Uint8Array[],
  take: (unit: TranslationUnit, ready: T[]) => void,
  onHeader?: (header: TmxHeader) => void,
): Generator<T> {
  const document = Buffer.concat([head, ...units, Buffer.from('</body></tmx>')]);
  return fromUnits(file, document, take, onHeader);
}

/** The bytes of `spans` in a file's `bytes`, in order. */
function spanBytes(bytes: Buffer, spans: ReadonlyArray<{ start: number; end: number }>): Buffer[] {
  return spans.map(({ start, end }) => bytes.subarray(start, end));
}

/** Every entry of a language's memories, file by file, as they are read (an export never holds them all). */
export function* streamMemories(project: Project, lang: string): Generator<MemoryEntry> {
  for (const file of memoryFiles(project, lang)) yield* entriesIn(project, file, readBytes(project.root, file), lang);
}

export interface LoadedMemories {
  files: string[];
  /** The indexes of every file, in the order of `files`: lookups search them as one memory. */
  indexes: MemoryIndex[];
  /**
   * Per file (in the order of `files`), its indexes: one, or its cached index followed by one of
   * the units replaced in place since and one of the units appended since (either may be absent).
   */
  byFile: MemoryIndex[][];
  /** Entries in all of them. */
  size: number;
  /** The files whose index was built from the whole TMX here; the others' came from the cache (or `reuse`). */
  built: string[];
  /** The files whose cached index was used for their unchanged units, with indexes of the units replaced or appended since. */
  patched: string[];
  /**
   * Writes the indexes built here that are large enough to the cache, and removes the language's
   * cache files that no longer belong to one of its memory files. Commands call it once they have
   * succeeded, so that one stopped by bad input writes nothing, not even a cache.
   */
  keep(): void;
}

export interface LoadOptions {
  /** Files of at least this many entries get their index cached (default INDEX_CACHE_MIN_ENTRIES). */
  cacheMin?: number;
  /**
   * Called when a large file (INDEX_NOTICE_BYTES or more) is read and indexed whole, which takes
   * seconds (15 s for a million units, a minute for three): a command tells the user why it waits.
   * The function it returns is called once that is over, or has failed; its `step`, if it has one,
   * hears how far it has come: the step's name (`reading`, `grouping near duplicates`) and, for
   * a step that knows it, the percentage done.
   */
  onIndex?: (file: string) => IndexingDone;
  /** The indexes the caller already holds for an unchanged file (the editor's server), used without reading the file. */
  reuse?: (file: string) => MemoryIndex[] | undefined;
  /** How long after its last change a file is stamped (memory-stamp.ts; default STAMP_SETTLE_MS). */
  stampSettleMs?: number;
}

/** What LoadOptions.onIndex returns. */
export type IndexingDone = (() => void) & { step?: (name: string, percent?: number) => void };

/** Memory files of at least this many entries get their index cached (smaller ones index in well under a second). */
export const INDEX_CACHE_MIN_ENTRIES = 20_000;
const CACHE_DIR = join('.cache', 'tessera');
/** Bump when what goes into an index changes without its file format changing. */
const CACHE_KEY_VERSION = '4';

/**
 * Every memory of a language, indexed file by file: an unchanged file's index comes from the
 * cache, so a change to the project's own memory (after `tm update`) does not index a large
 * imported one again.
 */
export function loadMemories(project: Project, lang: string, options: LoadOptions = {}): LoadedMemories {
  const files = memoryFiles(project, lang);
  const parts = files.map((file): LoadedFile => {
    const reused = options.reuse?.(file);
    if (reused) return { indexes: reused, how: 'cached', keep: () => {} };
    return loadMemoryFile(project, lang, file, options.cacheMin ?? INDEX_CACHE_MIN_ENTRIES, options.onIndex, options.stampSettleMs ?? STAMP_SETTLE_MS);
  });
  const byFile = parts.map((part) => part.indexes);
  const indexes = byFile.flat();
  return {
    files,
    indexes,
    byFile,
    size: memorySize(indexes),
    built: files.filter((_, i) => parts[i]!.how === 'built'),
    patched: files.filter((_, i) => parts[i]!.how === 'patched'),
    keep() {
      for (const part of parts) part.keep();
      const current = files.map((file) => cachePrefix(project, lang, file));
      const language = cachePrefix(project, lang);
      removeStaleCaches(project.root, CACHE_DIR, (name) => name.startsWith(language) && !current.some((prefix) => name.startsWith(prefix)));
    },
  };
}

/**
 * Cache file names: `memory.<lang>.<file>.<end>-<contents>.idx`: a hash of what the index
 * depends on besides the file's bytes (the memory file's path, the project's source language and
 * CACHE_KEY_VERSION), then the offset of its last `</body>` and a hash of its bytes before it (the
 * units). The dots keep `en` from taking `en-GB`'s files for its own, and the fixed-length hash
 * keeps one file's prefix from being the start of another's. A file that changed since (what
 * `tm update` writes) finds the cache of its earlier self by that prefix, and the unit map after
 * the index says what changed (patchedFrom): a cache made for another source language or by
 * another version of the index has another prefix, and is never patched.
 */
function cachePrefix(project: Project, lang: string, file?: string): string {
  if (file === undefined) return `memory.${lang}.`;
  const key = createHash('sha256').update(`${CACHE_KEY_VERSION}\0${project.config.sourceLang}\0${file}`).digest('hex');
  return `memory.${lang}.${key.slice(0, 12)}.`;
}

/** How a file's indexes were had: from the cache (or the caller), patched with the units replaced or appended since, or built. */
type LoadedHow = 'cached' | 'patched' | 'built';

interface LoadedFile {
  indexes: MemoryIndex[];
  how: LoadedHow;
  keep(): void;
}

/** One memory file, indexed (from the cache when unchanged). */
function loadMemoryFile(project: Project, lang: string, file: string, cacheMin: number, onIndex: LoadOptions['onIndex'], settleMs: number): LoadedFile {
  const read = readMemoryFile(project, lang, file, cacheMin, onIndex, settleMs);
  if ('indexes' in read) {
    let { record, stamp } = read;
    const keep = (): void => {
      if (record) writeRecord(project.root, read.prefix, record.file, record.patch);
      if (stamp) writeStamp(project.root, read.prefix, stamp);
      record = stamp = undefined;
    };
    return { indexes: read.indexes, how: read.how, keep };
  }
  const { cacheFile, prefix, encoded, sources, units, indexed, stamp } = read;
  // Only before a large index: on a small heap the collector's timing costs nothing.
  if (sources.length >= INDEX_CACHE_MIN_ENTRIES) collectGarbageNow();
  const index = buildIndexFromStore(encodedStore(encoded), sources, indexed?.step);
  sources.length = 0;
  indexed?.();
  let worth = index.size > 0 && index.size >= cacheMin;
  const keep = (): void => {
    // The unit map after the index: the next command can then reuse the index when units change in place.
    // The cache first: writing it removes the file's other caches, its stamp among them.
    if (worth && writeCache(project.root, cacheFile, [...serializeIndexParts(index), ...(units ? [unitMapBytes(units)] : [])], prefix) && stamp) {
      writeStamp(project.root, prefix, stamp);
    }
    worth = false;
  };
  return { indexes: [index], how: 'built', keep };
}

/** Bytes hashed at a time. */
const HASH_PIECE = 1 << 30;

/** Hash of what a cache of the file's bytes before its `</body>` (`parts`, in order; text as UTF-8) depends on. */
function contentHash(project: Project, lang: string, file: string, parts: Iterable<Uint8Array | string>): string {
  const hash = createHash('sha256').update(`${CACHE_KEY_VERSION}\0${project.config.sourceLang}\0${lang}\0${file}\0`);
  for (const part of parts) {
    if (typeof part === 'string') hash.update(part);
    // update() refuses 2 GiB or more at once; the digest of the pieces is that of the whole.
    else for (let at = 0; at < part.length; at += HASH_PIECE) hash.update(part.subarray(at, at + HASH_PIECE));
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * A memory file's cached indexes, or its entries encoded as the cache stores them (smaller than
 * objects, and not millions of them for the garbage collector) with their sources apart for the
 * index. The file's bytes are only held in here: a caller's frame that held them (even as a
 * spent call argument) kept 186 MB for a million units alive while the index was built.
 */
function readMemoryFile(
  project: Project,
  lang: string,
  file: string,
  cacheMin: number,
  onIndex: LoadOptions['onIndex'],
  settleMs: number,
):
  | { indexes: MemoryIndex[]; how: LoadedHow; prefix: string; record?: { file: string; patch: PatchRecord }; stamp?: MemoryStamp }
  | { cacheFile: string; prefix: string; encoded: EncodedEntries; sources: string[]; units: UnitMap | undefined; indexed?: IndexingDone; stamp?: MemoryStamp } {
  const prefix = cachePrefix(project, lang, file);
  // Taken before the bytes are read: a change made while they are read leaves the file with
  // another stat than the stamp holds.
  const readAt = Date.now();
  const stat = fileStat(project.root, file);
  const stamped = stat && nameStamped(project.root, prefix, stat);
  if (stamped) {
    const found = stampedIndexes(project, lang, file, prefix, stamped, stat);
    if (found) return { ...found, prefix };
  }
  const bytes = readBytes(project.root, file);
  // Without a `</body>` in ASCII (a file in UTF-16, as Trados Studio exports them, or one cut
  // short, which parsing reports) the whole file is hashed.
  const bodyEnd = lastIndexOfBytes(bytes, '</body>');
  const end = bodyEnd >= 0 ? bodyEnd : bytes.length;
  const name = cacheName(end, contentHash(project, lang, file, [bytes.subarray(0, end)]));
  const cacheFile = cachePath(prefix, name);
  // A name that covers the bytes before `</body>` is only taken for a file that ends as a TMX
  // file does after it (a truncated or trailing part is read, and reported).
  const wellEnded = endsWell(bytes, bodyEnd);
  const stamp = stat && stampFor(stat, readAt, name, settleMs);
  // What every answer below carries for the caller to write once it keeps what it loaded.
  const toStamp = stamp ? { stamp } : {};
  if (wellEnded || bodyEnd < 0) {
    const cached = cachedIndex(project.root, cacheFile);
    if (cached) return { indexes: [cached], how: 'cached', prefix, ...toStamp };
  }
  // Found once, by a patch that did not fit or by the unit map of the index built below.
  const spans = once(() => tmxUnitSpans(bytes, end));
  if (wellEnded) {
    const recordFile = recordPath(prefix, name);
    const recorded = recordedPatch(project, lang, file, prefix, name, (spans) => spanBytes(bytes, spans));
    if (recorded) return { indexes: recorded, how: 'patched', prefix, ...toStamp };
    const patched = patchedFrom(project, lang, file, bytes, spans, cacheMin);
    if (patched) return { indexes: patched.indexes, how: 'patched', prefix, record: { file: recordFile, patch: patched.patch }, ...toStamp };
  }
  const indexed = bytes.length >= INDEX_NOTICE_BYTES ? onIndex?.(file) : undefined;
  const sources: string[] = [];
  const perUnit: number[] = [];
  let encoded: EncodedEntries;
  const step = indexed?.step;
  // A notice redraws only when its text changes: once a percent.
  const onRead = step && ((fraction: number): void => step('reading', Math.floor(fraction * 100)));
  try {
    encoded = encodeEntries(entriesIn(project, file, bytes, lang, false, undefined, perUnit, onRead), (entry) => sources.push(ownCopy(entry.source)));
  } catch (error) {
    indexed?.();
    // The store's refusal of a file too large knows no file: this one.
    throw error instanceof InputError && !error.file ? new InputError(error.message, { file }) : error;
  }
  // Only for a file whose index will be cached: the map costs a pass over the bytes (0.6 s for a million units).
  const mapped = wellEnded && sources.length >= cacheMin && sources.length > 0;
  if (mapped) step?.('mapping the units');
  const units = mapped ? unitMap(bytes, spans(), perUnit) : undefined;
  return { cacheFile, prefix, encoded, sources, units, ...(indexed ? { indexed } : {}), ...toStamp };
}

/** Files from this size on are worth a notice while they are indexed (a second or more). */
export const INDEX_NOTICE_BYTES = 1 << 22;

/**
 * Whether loading a memory file takes no indexing worth mentioning: it is small, missing (the
 * load reports it), or its stamp names a cache or patch record that is there. The editor's
 * server indexes the other files off its thread (serve/index-worker.ts).
 */
export function loadsQuickly(project: Project, lang: string, file: string): boolean {
  const stat = fileStat(project.root, file);
  if (!stat || stat.size < INDEX_NOTICE_BYTES) return true;
  const prefix = cachePrefix(project, lang, file);
  const name = nameStamped(project.root, prefix, stat);
  return !!name && (exists(project.root, cachePath(prefix, name)) || exists(project.root, recordPath(prefix, name)));
}

/** LoadOptions.onIndex for a command: a notice on its terminal while a large file is indexed. */
export function indexingNotice(stream: OutputStream, quiet: boolean): NonNullable<LoadOptions['onIndex']> {
  return (file) => {
    const line = (detail?: string): string => `indexing ${file}${detail ? `: ${detail}` : ''} (the index is kept in .cache/tessera/ for the next commands)…`;
    const notice = createNotice(stream, line(), { quiet });
    const step = (name: string, percent?: number): void => notice.update(line(percent === undefined ? name : `${name} ${percent} %`));
    return Object.assign(() => notice(), { step });
  };
}

/**
 * A string with characters of its own. Held as they came from the reader, the sources kept the
 * whole decoded file alive while the index was built (in V8 a substring can be a slice of the
 * megabyte piece it was read from, and keeps that piece alive): a million units peaked at
 * 1.08–1.13 GB every time, and with copies at 0.88–0.95 GB once the collector has freed the
 * file's bytes before the build (which loadMemoryFile now asks of it), 1 s faster.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * A cached index of the file's units as they were, an index of the units since replaced in place
 * (taking the places of the entries they replace), and one of the units appended, when the cache's
 * unit map (unit-map.ts) shows that the file changed only so, in fewer than `cacheMin` entries,
 * and each replaced unit gives as many entries as before (so every entry keeps its number: the
 * memory answers as one index of the file as it is now). Anything else gives undefined: the
 * caller reads the whole file, and reports its errors with their lines. What was found is
 * returned as a record for the next command (recordedPatch).
 */
function patchedFrom(
  project: Project,
  lang: string,
  file: string,
  bytes: Buffer,
  spans: () => TmxUnitSpans | undefined,
  cacheMin: number,
): { indexes: MemoryIndex[]; patch: PatchRecord } | undefined {
  for (const { cacheFile, changes } of cachesDescribing(project, lang, file, bytes, spans)) {
    if (changes.changed.length + changes.appended.length >= cacheMin) return undefined;
    const cached = cachedIndex(project.root, cacheFile);
    if (!cached) continue;
    const indexes = withChanges(project, lang, file, bytes.subarray(0, changes.headEnd), spanBytes(bytes, [...changes.changed, ...changes.appended]), cached, changes);
    return indexes && { indexes, patch: { base: basename(cacheFile), changes } };
  }
  return undefined;
}

/**
 * What patchedFrom found, kept beside the cache under the name of the file as it now is: the
 * next command, the file unchanged, reads the units it names straight away, without finding and
 * fingerprinting every unit again (0.6 s of the 1.6 s a lookup took at a million units).
 */
interface PatchRecord {
  /** The cache file whose index the changes patch (a name in the cache folder). */
  base: string;
  changes: UnitChanges;
}

/** Patch records of a file are named by its cache prefix and this, then as its cache would be. */
function patchPrefix(prefix: string): string {
  return `${prefix}patch.`;
}

/** What names a file's cache and its record after their prefix: the offset of its `</body>` and the hash of the bytes before. */
function cacheName(end: number, hash: string): string {
  return `${end}-${hash}`;
}

/** The offset of the `</body>` a cache name (cacheName) was made at. */
function nameEnd(name: string): number {
  return Number(name.slice(0, name.indexOf('-')));
}

/** The cache of a file's bytes as `name` (cacheName) says them. */
function cachePath(prefix: string, name: string): string {
  return join(CACHE_DIR, `${prefix}${name}.idx`);
}

/** The patch record of a file's bytes as `name` (cacheName) says them. */
function recordPath(prefix: string, name: string): string {
  return join(CACHE_DIR, `${patchPrefix(prefix)}${name}.json`);
}

/** The name the file's stamp gives its bytes, when there is a stamp and the file has the stat it holds (memory-stamp.ts). */
function nameStamped(root: string, prefix: string, stat: FileStat): string | undefined {
  const stored = readCache(root, stampPath(CACHE_DIR, prefix));
  return stored && stampedName(stored, stat);
}

/** Writes a file's stamp (memory-stamp.ts). */
function writeStamp(root: string, prefix: string, stamp: MemoryStamp): void {
  writeCache(root, stampPath(CACHE_DIR, prefix), Buffer.from(JSON.stringify(stamp)), stampPrefix(prefix));
}

/** Writes a file's patch record, and removes its earlier ones: they name units of bytes that are gone. */
function writeRecord(root: string, prefix: string, path: string, patch: PatchRecord): void {
  writeCache(root, path, Buffer.from(JSON.stringify(patch)), patchPrefix(prefix));
}

/**
 * The indexes the patch record of `name` (the file's bytes as they are) gives, the head and units
 * it names given by `read` (from the bytes held, or from the file in place); undefined when the
 * record is absent, unreadable or does not fit the file, `read` cannot give them, or its base
 * cache is gone: the caller then finds the changes itself.
 */
function recordedPatch(
  project: Project,
  lang: string,
  file: string,
  prefix: string,
  name: string,
  read: (spans: ReadonlyArray<{ start: number; end: number }>) => Uint8Array[] | undefined,
): MemoryIndex[] | undefined {
  const patch = readRecord(project.root, recordPath(prefix, name), nameEnd(name), prefix);
  if (!patch) return undefined;
  const { headEnd, changed, appended } = patch.changes;
  const parts = read([{ start: 0, end: headEnd }, ...changed, ...appended]);
  const cached = parts && cachedIndex(project.root, join(CACHE_DIR, patch.base));
  return parts && cached ? withChanges(project, lang, file, parts[0]!, parts.slice(1), cached, patch.changes) : undefined;
}

/** A file's patch record, when it is there, whole and the file's own (isPatchRecord). */
function readRecord(root: string, recordFile: string, end: number, prefix: string): PatchRecord | undefined {
  const stored = readCache(root, recordFile);
  if (!stored) return undefined;
  let patch: unknown;
  try {
    patch = JSON.parse(stored.toString('utf8'));
  } catch {
    return undefined;
  }
  return isPatchRecord(patch, end, prefix) ? patch : undefined;
}

/**
 * A file's indexes from the name its stamp gives its bytes, without reading them all: the cache
 * of that name, or the cache a record of that name patches, with the units it names read from
 * the file in place (while the file is still as stamped). Undefined when neither is there.
 */
function stampedIndexes(project: Project, lang: string, file: string, prefix: string, name: string, stat: FileStat): { indexes: MemoryIndex[]; how: LoadedHow } | undefined {
  const exact = cachedIndex(project.root, cachePath(prefix, name));
  if (exact) return { indexes: [exact], how: 'cached' };
  const indexes = recordedPatch(project, lang, file, prefix, name, (spans) => readParts(project.root, file, spans, stat));
  return indexes && { indexes, how: 'patched' };
}

/** Whether `value` is a patch record of the file (its name vouches for the bytes; this guards against a damaged record, and a base that is not the file's own cache). */
function isPatchRecord(value: unknown, end: number, prefix: string): value is PatchRecord {
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  const isUnit = (span: unknown): span is { start: number; end: number } => {
    const { start, end: to } = (span ?? {}) as { start?: unknown; end?: unknown };
    return count(start) && count(to) && start < to && to <= end;
  };
  const { base, changes } = (value ?? {}) as Partial<PatchRecord>;
  if (typeof base !== 'string' || !base.startsWith(prefix) || !base.endsWith('.idx') || base.includes('/') || base.includes('\\')) return false;
  if (typeof changes !== 'object' || changes === null || !count(changes.headEnd) || changes.headEnd > end) return false;
  const { changed, appended } = changes;
  return (
    Array.isArray(changed) &&
    Array.isArray(appended) &&
    changed.every((c) => isUnit(c) && count(c.unit) && count(c.firstEntry) && count(c.entries)) &&
    appended.every(isUnit)
  );
}

/** `cached` with indexes of the units `changes` names: replaced ones in their entries' places, then the appended ones; undefined when they do not read as the changes say. */
function withChanges(
  project: Project,
  lang: string,
  file: string,
  head: Uint8Array,
  units: readonly Uint8Array[],
  cached: MemoryIndex,
  changes: UnitChanges,
): MemoryIndex[] | undefined {
  const { changed } = changes;
  // The changed and appended units (`units`, in that order), read under the file's own head (the same as the cache's).
  const parsed: MemoryEntry[][] = [];
  try {
    const options = entryOptions(project, file, lang, false);
    for (const entries of unitsAt<MemoryEntry[]>(file, head, units, (unit, ready) => ready.push(entriesFromUnit(unit, options)))) parsed.push(entries);
  } catch {
    return undefined;
  }
  if (parsed.length !== units.length) return undefined;
  const replacing: MemoryEntry[] = [];
  const slots: number[] = [];
  for (const [c, { firstEntry, entries: count }] of changed.entries()) {
    const entries = parsed[c]!;
    if (entries.length !== count) return undefined;
    entries.forEach((entry, i) => {
      replacing.push(entry);
      slots.push(firstEntry + i);
    });
  }
  if (slots.some((slot) => slot >= cached.size)) return undefined;
  const appended = parsed.slice(changed.length).flat();
  const indexes = [cached];
  if (replacing.length > 0) indexes.push({ ...buildIndex(replacing), replaces: Uint32Array.from(slots) });
  if (appended.length > 0) indexes.push(buildIndex(appended));
  return indexes;
}

/**
 * The index in the cache file, or undefined when there is none or it cannot be read (an older
 * format, a torn copy: the caller rebuilds it). Its entries, four tenths of the file, stay in the
 * file (kept open) and are read as matches ask for them; an unreadable file's parts are only held
 * in here, so that they are not kept while the index is built again.
 */
function cachedIndex(root: string, cacheFile: string): MemoryIndex | undefined {
  const source = openCache(root, cacheFile);
  if (!source) return undefined;
  try {
    return loadIndexLazily(source, cacheFile);
  } catch {
    return undefined;
  }
}

/** The best match of a query in a language's memories, at or above the project's threshold. */
export function bestMatch(memories: LoadedMemories, query: LookupQuery, lang: string, min: number): Match | undefined {
  if (memories.size === 0) return undefined;
  return lookup(memories.indexes, query, { min, limit: 1, targetLang: lang })[0];
}

/** `make()`, made on the first call only: a scan that several callers may need, or none. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
