// Translation-memory matches and concordance for the page: the memories of a language
// (locales/<lang>/*.tmx, memory.tmx being the project's own) are loaded as the command line loads
// them (with the index cache of large files) on the first search. When a file changes, is added
// or removed, only the changed or added files are indexed again: the others' indexes are kept.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadMemories, memoryFiles, type LoadOptions } from '../cli/memories.js';
import { tmxDay } from '../formats/tmx/index.js';
import { concordance, lookup, type ConcordanceField, type Match, type MemoryIndex } from '../memory/index.js';
import type { ConcordanceResponse, MatchesResponse, MatchView } from './api-types.js';
import type { Workspace } from './workspace.js';

/** A segment to look up, with its neighbours (context matches) and where it is. */
export interface MatchQuery {
  source: string;
  doc: string;
  id: string;
  prev: string;
  next: string;
}

export type MemoryLookup = (lang: string, query: MatchQuery) => MatchesResponse;
export type MemoryConcordance = (lang: string, phrase: string, field: ConcordanceField) => ConcordanceResponse;

/** The page offers three matches (Ctrl+1..3). */
export const MATCH_LIMIT = 3;
/** Concordance entries the page lists. */
export const CONCORDANCE_LIMIT = 20;

interface LoadedMemory {
  files: string[];
  /** Per file (in the order of `files`), its size and modification time when indexed. */
  stamps: string[];
  /** Per file, its indexes (loadMemories' `byFile`). */
  byFile: MemoryIndex[][];
  /** All of them, searched as one memory. */
  indexes: MemoryIndex[];
}

/**
 * Matches and concordance over the workspace's memories, with their indexes kept per language.
 * `onIndex` hears of a large file indexed whole (see LoadOptions).
 */
export function memorySearch(ws: Workspace, onIndex?: LoadOptions['onIndex']): { lookup: MemoryLookup; concordance: MemoryConcordance } {
  const cache = new Map<string, LoadedMemory>();
  return {
    lookup(lang, query) {
      const memory = loadMemory(ws, lang, cache, onIndex);
      if (memory.files.length === 0) return { memories: [], matches: [] };
      const matches = lookup(
        memory.indexes,
        { text: query.source, id: query.id, doc: query.doc, prev: query.prev, next: query.next },
        { min: ws.project.config.tmThreshold, limit: MATCH_LIMIT, targetLang: lang },
      );
      return { memories: memory.files, matches: matches.map(matchView) };
    },
    concordance(lang, phrase, field) {
      const memory = loadMemory(ws, lang, cache, onIndex);
      const found = concordance(memory.indexes, phrase, { in: field, limit: CONCORDANCE_LIMIT });
      return {
        memories: memory.files,
        phrase: found.phrase,
        in: field,
        total: found.total,
        hits: found.hits.map(({ entry, source, target, spans }) => ({
          source,
          target,
          spans,
          ...(entry.origin !== undefined ? { origin: entry.origin } : {}),
          ...(entry.notApproved !== undefined ? { notApproved: entry.notApproved } : {}),
        })),
      };
    },
  };
}

function loadMemory(ws: Workspace, lang: string, cache: Map<string, LoadedMemory>, onIndex: LoadOptions['onIndex']): LoadedMemory {
  const files = memoryFiles(ws.project, lang);
  const stamps = files.map((file) => stamp(join(ws.project.root, file)));
  const cached = cache.get(lang);
  if (cached && cached.files.join('\0') === files.join('\0') && cached.stamps.join('\0') === stamps.join('\0')) return cached;
  const unchanged = new Map<string, MemoryIndex[]>();
  cached?.files.forEach((file, i) => {
    if (stamps[files.indexOf(file)] === cached.stamps[i]) unchanged.set(file, cached.byFile[i]!);
  });
  const memories = loadMemories(ws.project, lang, { reuse: (file) => unchanged.get(file), ...(onIndex ? { onIndex } : {}) });
  // A server has no exit status for a failure to undo: keep the indexes for its next start.
  memories.keep();
  const loaded = { files, stamps, byFile: memories.byFile, indexes: memories.indexes };
  cache.set(lang, loaded);
  return loaded;
}

function stamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

function matchView(match: Match): MatchView {
  const view: MatchView = {
    score: match.score,
    kind: match.kind,
    source: match.entry.source,
    target: match.entry.target,
    adapted: match.adapted ?? match.entry.target,
    diff: match.diff,
    penalties: match.penalties,
  };
  if (match.entry.origin !== undefined) view.origin = match.entry.origin;
  const date = match.entry.changed ?? match.entry.created;
  if (date !== undefined) view.date = tmxDay(date);
  if (match.notAdapted !== undefined) view.notAdapted = match.notAdapted;
  if (match.entry.notApproved !== undefined) view.notApproved = match.entry.notApproved;
  if (match.alsoIn) view.alsoIn = match.alsoIn.map((entry) => entry.origin ?? '');
  return view;
}
