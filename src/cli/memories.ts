// Reads a language's translation memories (locales/<lang>/*.tmx; memory.tmx is the project's own).
import { join } from 'node:path';
import { parseTmx } from '../formats/tmx/index.js';
import { buildIndex, entriesFromTmx, lookup, type LookupQuery, type Match, type MemoryEntry, type MemoryIndex } from '../memory/index.js';
import { listFiles, readText } from './io.js';
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
  return entriesFromTmx(parseTmx(readText(project.root, file), file), { sourceLang: project.config.sourceLang, targetLang: lang, origin: file });
}

export interface LoadedMemories {
  files: string[];
  index: MemoryIndex;
  size: number;
}

/** Every memory of a language, indexed. */
export function loadMemories(project: Project, lang: string): LoadedMemories {
  const files = memoryFiles(project, lang);
  const entries = files.flatMap((file) => readMemory(project, file, lang));
  return { files, index: buildIndex(entries), size: entries.length };
}

/** The best match of a query in a language's memories, at or above the project's threshold. */
export function bestMatch(memories: LoadedMemories, query: LookupQuery, lang: string, min: number): Match | undefined {
  if (memories.size === 0) return undefined;
  return lookup(memories.index, query, { min, limit: 1, targetLang: lang })[0];
}
