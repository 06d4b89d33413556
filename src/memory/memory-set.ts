// A language's memories as several indexes, one per memory file, so that a change to one file
// (the project's own memory after `tm update`) rebuilds only that file's index. Lookups and
// concordance read them in order as one memory: entry numbers run on from one index to the next,
// which is the order of a single index built from the files in turn, so the answers are the same.

import type { MemoryIndex } from './index-types.js';

/** One index, or several searched as one memory in this order. */
export type Memories = MemoryIndex | readonly MemoryIndex[];

/** The indexes of `memories`, each with the number its first entry has in the whole memory. */
export function memoryParts(memories: Memories): Array<{ index: MemoryIndex; first: number }> {
  const indexes: readonly MemoryIndex[] = isList(memories) ? memories : [memories];
  let first = 0;
  return indexes.map((index) => {
    const part = { index, first };
    first += index.size;
    return part;
  });
}

function isList(memories: Memories): memories is readonly MemoryIndex[] {
  return Array.isArray(memories);
}
