// Translation-memory matches and concordance for the page: the memories of a language
// (locales/<lang>/*.tmx, memory.tmx being the project's own) are loaded as the command line loads
// them (with the index cache of large memories) on the first search, and again only when one of
// the files changes, is added or removed.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadMemories, memoryFiles } from '../cli/memories.js';
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
  /** Names, sizes and modification times of the files the index was built from. */
  signature: string;
  files: string[];
  index: MemoryIndex;
}

/** Matches and concordance over the workspace's memories, with one cached index per language. */
export function memorySearch(ws: Workspace): { lookup: MemoryLookup; concordance: MemoryConcordance } {
  const cache = new Map<string, LoadedMemory>();
  return {
    lookup(lang, query) {
      const memory = loadMemory(ws, lang, cache);
      if (memory.files.length === 0) return { memories: [], matches: [] };
      const matches = lookup(
        memory.index,
        { text: query.source, id: query.id, doc: query.doc, prev: query.prev, next: query.next },
        { min: ws.project.config.tmThreshold, limit: MATCH_LIMIT, targetLang: lang },
      );
      return { memories: memory.files, matches: matches.map(matchView) };
    },
    concordance(lang, phrase, field) {
      const memory = loadMemory(ws, lang, cache);
      const found = concordance(memory.index, phrase, { in: field, limit: CONCORDANCE_LIMIT });
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
        })),
      };
    },
  };
}

function loadMemory(ws: Workspace, lang: string, cache: Map<string, LoadedMemory>): LoadedMemory {
  const files = memoryFiles(ws.project, lang);
  const signature = files.map((file) => `${file}:${stamp(join(ws.project.root, file))}`).join('|');
  const cached = cache.get(lang);
  if (cached && cached.signature === signature) return cached;
  const memories = loadMemories(ws.project, lang);
  // A server has no exit status for a failure to undo: keep the index for its next start.
  memories.keep();
  const { index } = memories;
  const loaded = { signature, files, index };
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
  if (match.notAdapted !== undefined) view.notAdapted = match.notAdapted;
  return view;
}
