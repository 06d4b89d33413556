// Runs in a worker thread of `tessera serve`: indexes the large memory files of a language whose
// index is not cached, and writes their caches, so that the server's own thread only loads them
// from the cache. Indexing a million entries takes 15 s, in which the server answers every other
// request (saves, documents, checks) instead of none.

import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { loadMemories } from '../cli/memories.js';
import { loadProject } from '../cli/project.js';

/** What the server gives the worker. */
export interface IndexJob {
  root: string;
  lang: string;
  /** The files to index; the language's other memory files are left alone. */
  files: string[];
}

/** What the worker tells the server: a file it indexes whole (one it finds cached is not), how far it has come, or its failure. */
export type IndexMessage =
  | { kind: 'indexing' | 'indexed'; file: string }
  | { kind: 'step'; file: string; name: string; percent?: number }
  /** An input error is the server's to report, with its place. */
  | { kind: 'failed'; message: string; input: boolean; file?: string; line?: number };

const job = workerData as IndexJob;
const tell = (message: IndexMessage): void => parentPort?.postMessage(message);
try {
  const project = loadProject(job.root);
  const memories = loadMemories(project, job.lang, {
    // Every file indexed here is cached whatever its number of entries: the server loads it next.
    cacheMin: 1,
    reuse: (file) => (job.files.includes(file) ? undefined : []),
    onIndex: (file) => {
      tell({ kind: 'indexing', file });
      const step = (name: string, percent?: number): void => tell({ kind: 'step', file, name, ...(percent === undefined ? {} : { percent }) });
      return Object.assign(() => tell({ kind: 'indexed', file }), { step });
    },
  });
  memories.keep();
} catch (error) {
  tell(
    error instanceof InputError
      ? { kind: 'failed', message: error.message, input: true, ...(error.file ? { file: error.file } : {}), ...(error.line ? { line: error.line } : {}) }
      : { kind: 'failed', message: (error as Error).stack ?? String(error), input: false },
  );
}
