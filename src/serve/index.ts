// `tessera serve`: a translator's editor in the browser over the project's own files.
export { startServer, DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions } from './server.js';
export { isLoopback } from './host-guard.js';
export { type MatchQuery, type MemoryConcordance, type MemoryLookup, type MemoryPreparation } from './memory-matches.js';
export type * from './api-types.js';
