// Translation-memory matches and concordance for the page: the memories of a language
// (locales/<lang>/*.tmx, memory.tmx being the project's own) are loaded as the command line loads
// them (with the index cache of large files) on the first search. When a file changes, is added
// or removed, only the changed or added files are indexed again: the others' indexes are kept.
// Given a worker script, a large file without a cached index is indexed in a worker thread, and
// the server answers other requests meanwhile.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { loadMemories, loadsQuickly, memoryFiles, type IndexingDone, type LoadOptions } from '../cli/memories.js';
import { tmxDay } from '../formats/tmx/index.js';
import { concordance, lookup, type ConcordanceField, type Match, type MemoryIndex } from '../memory/index.js';
import type { ConcordanceResponse, MatchesResponse, MatchView } from './api-types.js';
import type { IndexJob, IndexMessage } from './index-worker.js';
import type { Workspace } from './workspace.js';

/** A segment to look up, with its neighbours (context matches) and where it is. */
export interface MatchQuery {
  source: string;
  doc: string;
  id: string;
  prev: string;
  next: string;
}

export type MemoryLookup = (lang: string, query: MatchQuery) => Promise<MatchesResponse>;
export type MemoryConcordance = (lang: string, phrase: string, field: ConcordanceField) => Promise<ConcordanceResponse>;

/** The page offers three matches (Ctrl+1..3). */
export const MATCH_LIMIT = 3;
/** Concordance entries the page lists. */
export const CONCORDANCE_LIMIT = 20;

/** The files as they were when indexed. */
interface LoadedMemory extends CurrentFiles {
  /** Per file, its indexes (loadMemories' `byFile`). */
  byFile: MemoryIndex[][];
  /** All of them, searched as one memory. */
  indexes: MemoryIndex[];
}

export interface MemorySearchOptions {
  /** Hears of a large file indexed whole (see LoadOptions). */
  onIndex?: LoadOptions['onIndex'];
  /** The compiled index-worker.js: large files not known to be cached are loaded (and indexed) in a worker thread. Without it, on this one. */
  indexWorker?: URL;
}

/**
 * Loads a language's memories, indexing a large one in the worker thread when one is given, so
 * that a command run in-process next (`extract` pre-filling new segments) finds their caches.
 */
export type MemoryPreparation = (lang: string) => Promise<void>;

/** Matches and concordance over the workspace's memories, with their indexes kept per language. */
export function memorySearch(ws: Workspace, options: MemorySearchOptions = {}): { lookup: MemoryLookup; concordance: MemoryConcordance; prepare: MemoryPreparation } {
  const cache = new Map<string, LoadedMemory>();
  // One worker per language at a time: requests that come while it works wait for the same one.
  const working = new Map<string, Promise<void>>();
  const load = async (lang: string): Promise<LoadedMemory> => {
    const { indexWorker: worker, onIndex } = options;
    let current = currentFiles(ws, lang);
    let cached = cache.get(lang);
    if (cached && sameFiles(cached, current)) return cached;
    if (worker) {
      const slow = current.files.filter((file) => !reusable(cached, current, file) && !loadsQuickly(ws.project, lang, file));
      if (slow.length > 0) {
        let running = working.get(lang);
        if (!running) {
          running = loadElsewhere(worker, ws.project.root, lang, slow, onIndex).finally(() => working.delete(lang));
          working.set(lang, running);
        }
        await running;
        // Another request may have loaded them meanwhile, or the files changed.
        current = currentFiles(ws, lang);
        cached = cache.get(lang);
        if (cached && sameFiles(cached, current)) return cached;
      }
    }
    return loadMemory(ws, lang, cache, current, onIndex);
  };
  return {
    async prepare(lang) {
      await load(lang);
    },
    async lookup(lang, query) {
      const memory = await load(lang);
      if (memory.files.length === 0) return { memories: [], matches: [] };
      const matches = lookup(
        memory.indexes,
        { text: query.source, id: query.id, doc: query.doc, prev: query.prev, next: query.next },
        { min: ws.project.config.tmThreshold, limit: MATCH_LIMIT, targetLang: lang },
      );
      return { memories: memory.files, matches: matches.map(matchView) };
    },
    async concordance(lang, phrase, field) {
      const memory = await load(lang);
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
          ...(entry.approved !== undefined ? { approved: entry.approved } : {}),
        })),
      };
    },
  };
}

/** A language's memory files with their stamps. */
interface CurrentFiles {
  files: string[];
  /** Per file (in the order of `files`), its size and modification time. */
  stamps: string[];
}

/** A language's memory files with their stamps, as they are now. */
function currentFiles(ws: Workspace, lang: string): CurrentFiles {
  const files = memoryFiles(ws.project, lang);
  return { files, stamps: files.map((file) => stamp(join(ws.project.root, file))) };
}

function sameFiles(loaded: CurrentFiles, current: CurrentFiles): boolean {
  return loaded.files.join('\0') === current.files.join('\0') && loaded.stamps.join('\0') === current.stamps.join('\0');
}

/** Whether the indexes loaded for `file` still hold for it as it is now. */
function reusable(loaded: LoadedMemory | undefined, current: CurrentFiles, file: string): boolean {
  const at = loaded?.files.indexOf(file) ?? -1;
  return at >= 0 && loaded!.stamps[at] === current.stamps[current.files.indexOf(file)];
}

/**
 * Has a worker thread load `files` and write their caches (indexing those it finds no cache
 * for); resolves once it has. A failure to read a file is the InputError the worker met; any
 * other failure leaves the load to this thread, which meets it again (and reports it) or succeeds.
 */
function loadElsewhere(script: URL, root: string, lang: string, files: string[], onIndex: LoadOptions['onIndex']): Promise<void> {
  const ends = new Map<string, IndexingDone>();
  const endAll = (): void => {
    for (const end of ends.values()) end();
    ends.clear();
  };
  return new Promise<void>((resolve, reject) => {
    let failure: Extract<IndexMessage, { kind: 'failed' }> | undefined;
    const worker = new Worker(script, { workerData: { root, lang, files } satisfies IndexJob });
    worker.on('message', (message: IndexMessage) => {
      if (message.kind === 'failed') failure = message;
      else if (message.kind === 'indexing') {
        const end = onIndex?.(message.file);
        if (end) ends.set(message.file, end);
      } else if (message.kind === 'step') {
        ends.get(message.file)?.step?.(message.name, message.percent);
      } else {
        ends.get(message.file)?.();
        ends.delete(message.file);
      }
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => {
      if (failure?.input) reject(new InputError(failure.message, { file: failure.file, line: failure.line }));
      else resolve();
    });
  }).finally(endAll);
}

/** The language's memories as `current` lists them, reusing the indexes of the files unchanged since the last load. */
function loadMemory(ws: Workspace, lang: string, cache: Map<string, LoadedMemory>, current: CurrentFiles, onIndex: LoadOptions['onIndex']): LoadedMemory {
  const { files, stamps } = current;
  const cached = cache.get(lang);
  const unchanged = new Map<string, MemoryIndex[]>();
  for (const file of files) {
    if (reusable(cached, current, file)) unchanged.set(file, cached!.byFile[cached!.files.indexOf(file)]!);
  }
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
  if (match.entry.approved !== undefined) view.approved = match.entry.approved;
  if (match.alsoIn) view.alsoIn = match.alsoIn.map((entry) => entry.origin ?? '');
  return view;
}
