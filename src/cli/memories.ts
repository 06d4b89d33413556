// Reads a language's translation memories (locales/<lang>/*.tmx; memory.tmx is the project's own),
// one index per file. A large file's index is kept in .cache/tessera/, named by a hash of the
// file, so the next command loads it instead of parsing the TMX and indexing again.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createTmxReader, type TmxHeader, type TranslationUnit } from '../formats/tmx/index.js';
import {
  buildIndexFromStore,
  encodedStore,
  encodeEntries,
  entriesFromUnit,
  type EncodedEntries,
  type EntriesFromTmxOptions,
  loadIndex,
  lookup,
  mergeKey,
  serializeIndexParts,
  type LookupQuery,
  type Match,
  type MemoryEntry,
  type MemoryIndex,
} from '../memory/index.js';
import { listFiles, readBytes, readCache, removeStaleCaches, textPieces, writeCache } from './io.js';
import type { Project } from './project.js';

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
}

/**
 * A memory file read for a merge of entries with the given keys: only the entries the merge
 * compares are kept, and the rest are read again when the merged file is written, from the same
 * bytes (a million-unit memory is never a million objects, nor a file that changed between).
 */
export function memoryForMerge(project: Project, file: string, lang: string, keys: ReadonlySet<string>): MemoryForMerge {
  const bytes = readBytes(project.root, file);
  const lastAt = new Map<string, number>();
  const at = new Map<number, MemoryEntry>();
  let size = 0;
  let header: TmxHeader | undefined;
  for (const entry of entriesIn(project, file, bytes, lang, true, (read) => (header = read))) {
    const key = mergeKey(entry);
    if (keys.has(key)) {
      const earlier = lastAt.get(key);
      if (earlier !== undefined) at.delete(earlier);
      lastAt.set(key, size);
      at.set(size, entry);
    }
    size++;
  }
  const options = entryOptions(project, file, lang);
  return { size, lastAt, at, header, units: (take) => fromUnits(file, bytes, (unit, ready) => ready.push(take(unit, entriesFromUnit(unit, options)))) };
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
): Generator<MemoryEntry> {
  const options = entryOptions(project, file, lang, extras);
  return fromUnits<MemoryEntry>(
    file,
    bytes,
    (unit, ready) => {
      for (const entry of entriesFromUnit(unit, options)) ready.push(entry);
    },
    onHeader,
  );
}

/**
 * What `take` makes of each unit of a memory file's bytes, as they are read. Only what it keeps
 * outlives the unit: holding the units themselves until they are yielded made a million-unit
 * read 1 to 2 s slower (the collector moves them to the old generation).
 */
function* fromUnits<T>(file: string, bytes: Buffer, take: (unit: TranslationUnit, ready: T[]) => void, onHeader?: (header: TmxHeader) => void): Generator<T> {
  let ready: T[] = [];
  const reader = createTmxReader((unit) => take(unit, ready), onHeader ? { file, onHeader } : { file });
  for (const text of textPieces(bytes, file)) {
    reader.write(text);
    yield* ready;
    ready = [];
  }
  reader.close();
  yield* ready;
}

/** Every entry of a language's memories, file by file, as they are read (an export never holds them all). */
export function* streamMemories(project: Project, lang: string): Generator<MemoryEntry> {
  for (const file of memoryFiles(project, lang)) yield* entriesIn(project, file, readBytes(project.root, file), lang);
}

export interface LoadedMemories {
  files: string[];
  /** One index per file, in the order of `files`: lookups search them as one memory. */
  indexes: MemoryIndex[];
  /** Entries in all of them. */
  size: number;
  /** The files whose index was built from the TMX here; the others' came from the cache (or `reuse`). */
  built: string[];
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
  /** An index the caller already holds for an unchanged file (the editor's server), used without reading the file. */
  reuse?: (file: string) => MemoryIndex | undefined;
}

/** Memory files of at least this many entries get their index cached (smaller ones index in well under a second). */
export const INDEX_CACHE_MIN_ENTRIES = 20_000;
const CACHE_DIR = join('.cache', 'tessera');
/** Bump when what goes into an index changes without its file format changing. */
const CACHE_KEY_VERSION = '2';

/**
 * Every memory of a language, indexed file by file: an unchanged file's index comes from the
 * cache, so a change to the project's own memory (after `tm update`) does not index a large
 * imported one again.
 */
export function loadMemories(project: Project, lang: string, options: LoadOptions = {}): LoadedMemories {
  const files = memoryFiles(project, lang);
  const parts = files.map((file) => {
    const reused = options.reuse?.(file);
    return reused ? { index: reused, built: false, keep: () => {} } : loadMemoryFile(project, lang, file, options.cacheMin ?? INDEX_CACHE_MIN_ENTRIES);
  });
  const indexes = parts.map((part) => part.index);
  return {
    files,
    indexes,
    size: indexes.reduce((sum, index) => sum + index.size, 0),
    built: files.filter((_, i) => parts[i]!.built),
    keep() {
      for (const part of parts) part.keep();
      const current = files.map((file) => cachePrefix(lang, file));
      const language = cachePrefix(lang);
      removeStaleCaches(project.root, CACHE_DIR, (name) => name.startsWith(language) && !current.some((prefix) => name.startsWith(prefix)));
    },
  };
}

/**
 * Cache file names: `memory.<lang>.<file>.<contents>.idx`, the last two hashes of the memory
 * file's path and of its contents. The dots keep `en` from taking `en-GB`'s files for its own,
 * and the fixed-length path hash keeps one file's prefix from being the start of another's.
 */
function cachePrefix(lang: string, file?: string): string {
  return file === undefined ? `memory.${lang}.` : `memory.${lang}.${createHash('sha256').update(file).digest('hex').slice(0, 12)}.`;
}

/** One memory file, indexed (from the cache when unchanged). */
function loadMemoryFile(project: Project, lang: string, file: string, cacheMin: number): { index: MemoryIndex; built: boolean; keep(): void } {
  const read = readMemoryFile(project, lang, file);
  if ('index' in read) return { index: read.index, built: false, keep: () => {} };
  const { cacheFile, prefix, encoded, sources } = read;
  const index = buildIndexFromStore(encodedStore(encoded), sources);
  sources.length = 0;
  let worth = index.size > 0 && index.size >= cacheMin;
  const keep = (): void => {
    if (worth) writeCache(project.root, cacheFile, serializeIndexParts(index), prefix);
    worth = false;
  };
  return { index, built: true, keep };
}

/**
 * A memory file's cached index, or its entries encoded as the cache stores them (smaller than
 * objects, and not millions of them for the garbage collector) with their sources apart for the
 * index. The file's bytes are only held in here: a caller's frame that held them (even as a
 * spent call argument) kept 186 MB for a million units alive while the index was built.
 */
function readMemoryFile(
  project: Project,
  lang: string,
  file: string,
): { index: MemoryIndex } | { cacheFile: string; prefix: string; encoded: EncodedEntries; sources: string[] } {
  const bytes = readBytes(project.root, file);
  const hash = createHash('sha256').update(`${CACHE_KEY_VERSION}\0${project.config.sourceLang}\0${lang}\0${file}\0`).update(bytes);
  const prefix = cachePrefix(lang, file);
  const cacheFile = join(CACHE_DIR, `${prefix}${hash.digest('hex').slice(0, 20)}.idx`);
  const cached = cachedIndex(project.root, cacheFile);
  if (cached) return { index: cached };
  const sources: string[] = [];
  const encoded = encodeEntries(entriesIn(project, file, bytes, lang, false), (entry) => sources.push(entry.source));
  return { cacheFile, prefix, encoded, sources };
}

/**
 * The index in the cache file, or undefined when there is none or it cannot be read (an older
 * format, a torn copy: the caller rebuilds it). The file's bytes are only held in here, so that
 * an unreadable one is not kept while the index is built again (half a gigabyte for a million
 * entries).
 */
function cachedIndex(root: string, cacheFile: string): MemoryIndex | undefined {
  const bytes = readCache(root, cacheFile);
  if (!bytes) return undefined;
  try {
    return loadIndex(bytes, cacheFile);
  } catch {
    return undefined;
  }
}

/** The best match of a query in a language's memories, at or above the project's threshold. */
export function bestMatch(memories: LoadedMemories, query: LookupQuery, lang: string, min: number): Match | undefined {
  if (memories.size === 0) return undefined;
  return lookup(memories.indexes, query, { min, limit: 1, targetLang: lang })[0];
}
