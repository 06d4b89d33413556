// A stamp beside a memory file's caches: which cache the file's bytes named when the file was as
// its stat says (size, times, inode). A command that finds the file so loads that cache without
// reading and hashing the file (0.25 s and 209 MB for a million units). Any write to a file
// changes its change time, which no tool sets back, so a stamp never vouches for changed bytes;
// only a file whose change time is some time past is stamped, as one written within the same
// tick of the file system's clock would keep it (git's "racy" entries).

import { basename, join } from 'node:path';
import type { FileStat } from './io.js';

/** A file changed less than this long before it was read is not stamped. */
export const STAMP_SETTLE_MS = 2000;

/** What a stamp file holds. */
export interface MemoryStamp extends FileStat {
  /** The cache file's name, in the cache folder. */
  cache: string;
}

/** The stamp file of the caches named with `prefix` in `dir`. */
export function stampPath(dir: string, prefix: string): string {
  return join(dir, stampPrefix(prefix) + 'json');
}

/** What names a stamp file and no cache of the same memory file. */
export function stampPrefix(prefix: string): string {
  return `${prefix}stamp.`;
}

/** The stamp to write for a file read at `readAt` (ms) with `stat` and found to be `cacheFile`'s, or undefined when the file had changed too recently. */
export function stampFor(stat: FileStat, readAt: number, cacheFile: string, settleMs = STAMP_SETTLE_MS): MemoryStamp | undefined {
  if (readAt - stat.ctimeMs < settleMs) return undefined;
  return { cache: basename(cacheFile), size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

/**
 * The cache a stamp file's bytes name, when the stamp is whole and the file's stat is the one it
 * holds; undefined otherwise (and for a cache name outside the file's own, which a damaged or
 * foreign stamp could hold).
 */
export function stampedCache(stored: Uint8Array, stat: FileStat, prefix: string): string | undefined {
  let stamp: unknown;
  try {
    stamp = JSON.parse(Buffer.from(stored).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof stamp !== 'object' || stamp === null) return undefined;
  const { cache, size, mtimeMs, ctimeMs, ino } = stamp as Partial<MemoryStamp>;
  if (typeof cache !== 'string' || !cache.startsWith(prefix) || !cache.endsWith('.idx') || cache.includes('/') || cache.includes('\\')) return undefined;
  const same = size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
  return same ? cache : undefined;
}
