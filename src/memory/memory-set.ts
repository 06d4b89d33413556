// A language's memories as several indexes, one per memory file, so that a change to one file
// (the project's own memory after `tm update`) rebuilds only that file's index. Lookups and
// concordance read them in order as one memory: entry numbers run on from one index to the next,
// which is the order of a single index built from the files in turn, so the answers are the same.
//
// A file may also have an index of units that replaced some of its cached index's in place
// (`replaces`): its entries take the numbers of the entries they replace, which no longer answer,
// so the memory is still numbered as one index built from the file as it now is.

import type { MemoryIndex } from './index-types.js';

/** One index, or several searched as one memory in this order. */
export type Memories = MemoryIndex | readonly MemoryIndex[];

/** An index of a memory, with the number each of its entries has in the whole memory. */
export interface MemoryPart {
  index: MemoryIndex;
  /** The entry's number in the whole memory, or -1 for an entry a later index replaces. */
  number(entry: number): number;
}

/** The indexes of `memories` with their entries' numbers in the whole memory. */
export function memoryParts(memories: Memories): MemoryPart[] {
  const indexes: readonly MemoryIndex[] = isList(memories) ? memories : [memories];
  const parts: MemoryPart[] = [];
  let first = 0;
  // The base of replacements: the last index without `replaces`, its first number and the entries replaced in it.
  let base: { first: number; size: number; replaced: Set<number> } | undefined;
  for (const index of indexes) {
    const { replaces } = index;
    if (replaces) {
      if (!base) throw new Error('an index of replacements must follow the index whose entries it replaces');
      const { first: at, size, replaced } = base;
      for (const slot of replaces) {
        if (slot >= size) throw new Error(`a replacement for entry ${slot} of an index of ${size}`);
        replaced.add(slot);
      }
      parts.push({ index, number: (entry) => at + replaces[entry]! });
      continue;
    }
    const at = first;
    const replaced = new Set<number>();
    base = { first: at, size: index.size, replaced };
    parts.push({ index, number: (entry) => (replaced.has(entry) ? -1 : at + entry) });
    first += index.size;
  }
  return parts;
}

/** Entries in the memory: those of every index, less the ones replaced. */
export function memorySize(memories: Memories): number {
  const indexes: readonly MemoryIndex[] = isList(memories) ? memories : [memories];
  return indexes.reduce((sum, index) => sum + (index.replaces ? 0 : index.size), 0);
}

function isList(memories: Memories): memories is readonly MemoryIndex[] {
  return Array.isArray(memories);
}
