// Reads a language's translation memories (locales/<lang>/*.tmx; memory.tmx is the project's own).
// A large memory's index is kept in .cache/tessera/, named by a hash of the memory files, so the
// next command loads it instead of parsing the TMX and indexing again.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createTmxReader } from '../formats/tmx/index.js';
import {
  buildIndexFromStore,
  encodedStore,
  encodeEntries,
  entriesFromUnit,
  loadIndex,
  lookup,
  serializeIndexParts,
  type LookupQuery,
  type Match,
  type MemoryEntry,
  type MemoryIndex,
} from '../memory/index.js';
import { listFiles, readBytes, readCache, textPieces, writeCache } from './io.js';
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

/** Entries of a memory file's bytes, read unit by unit: a memory of a million units is never held as one document. */
function entriesOf(project: Project, file: string, bytes: Buffer, lang: string): MemoryEntry[] {
  return Array.from(entriesIn(project, file, bytes, lang));
}

/** The entries of a memory file's bytes as they are read. */
function* entriesIn(project: Project, file: string, bytes: Buffer, lang: string): Generator<MemoryEntry> {
  const options = { sourceLang: project.config.sourceLang, targetLang: lang, origin: file };
  let ready: MemoryEntry[] = [];
  const reader = createTmxReader((unit) => {
    for (const entry of entriesFromUnit(unit, options)) ready.push(entry);
  }, { file });
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
  index: MemoryIndex;
  size: number;
  /** Whether the index came from the cache. */
  cached: boolean;
  /**
   * Writes the index to the cache when the memory is large enough and the index is not there
   * yet. Commands call it once they have succeeded, so that one stopped by bad input writes
   * nothing, not even a cache.
   */
  keep(): void;
}

/** Memories of at least this many entries get their index cached (smaller ones index in well under a second). */
export const INDEX_CACHE_MIN_ENTRIES = 20_000;
const CACHE_DIR = join('.cache', 'tessera');
/** Bump when what goes into an index changes without its file format changing. */
const CACHE_KEY_VERSION = '1';

/** Every memory of a language, indexed (from the cache when the files are unchanged). */
export function loadMemories(project: Project, lang: string, cacheMin = INDEX_CACHE_MIN_ENTRIES): LoadedMemories {
  const files = memoryFiles(project, lang);
  const contents = files.map((file) => readBytes(project.root, file));
  const hash = createHash('sha256').update(`${CACHE_KEY_VERSION}\0${project.config.sourceLang}\0${lang}`);
  files.forEach((file, i) => hash.update(`\0${file}\0${contents[i]!.length}\0`).update(contents[i]!));
  // Dots around the language: `en` must not take `en-GB`'s cache for a stale one of its own.
  const prefix = `memory.${lang}.`;
  const cacheFile = join(CACHE_DIR, `${prefix}${hash.digest('hex').slice(0, 20)}.idx`);
  const cached = files.length > 0 ? cachedIndex(project.root, cacheFile) : undefined;
  if (cached) return { files, index: cached, size: cached.size, cached: true, keep: () => {} };
  // Entries kept encoded as the cache stores them (smaller than objects, and not millions of
  // them for the garbage collector), with their sources apart for the index.
  const sources: string[] = [];
  const encoded = encodeEntries(
    (function* () {
      for (let i = 0; i < files.length; i++) yield* entriesIn(project, files[i]!, contents[i]!, lang);
    })(),
    (entry) => sources.push(entry.source),
  );
  // The raw files are no longer needed: let them go before the index is built.
  contents.length = 0;
  const index = buildIndexFromStore(encodedStore(encoded), sources);
  sources.length = 0;
  let worth = index.size > 0 && index.size >= cacheMin;
  const keep = (): void => {
    if (worth) writeCache(project.root, cacheFile, serializeIndexParts(index), prefix);
    worth = false;
  };
  return { files, index, size: index.size, cached: false, keep };
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
  return lookup(memories.index, query, { min, limit: 1, targetLang: lang })[0];
}
