// A stamp beside a memory file's caches: the name its bytes gave its cache (their `</body>` and
// hash) when the file was as its stat says (size, times, inode). A command that finds the file so
// knows its cache, or the patch record of that name, without reading and hashing the whole file
// (0.25 s and 209 MB for a million units). Any write to a file changes its change time, which no
// tool sets back, so a stamp never vouches for changed bytes; only a file whose change time is
// some time past is stamped, as one written twice within the same tick of the file system's clock
// would keep it (git's "racy" entries).

import { join } from 'node:path';
import { sameStat, type FileStat } from './io.js';

/** A file changed less than this long before it was read is not stamped. */
export const STAMP_SETTLE_MS = 2000;

/** What a stamp file holds. */
export interface MemoryStamp extends FileStat {
  /** What names the file's cache and patch record after their prefix: `<end>-<hash>`. */
  name: string;
}

/** The stamp file of the caches named with `prefix` in `dir`. */
export function stampPath(dir: string, prefix: string): string {
  return join(dir, stampPrefix(prefix) + 'json');
}

/** What names a stamp file and no cache of the same memory file. */
export function stampPrefix(prefix: string): string {
  return `${prefix}stamp.`;
}

/** The stamp to write for a file read at `readAt` (ms) with `stat` and whose bytes gave `name`, or undefined when the file had changed too recently. */
export function stampFor(stat: FileStat, readAt: number, name: string, settleMs = STAMP_SETTLE_MS): MemoryStamp | undefined {
  if (readAt - stat.ctimeMs < settleMs) return undefined;
  return { name, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

/** A cache's name after its prefix, as memories.ts makes it: nothing a path could be made of. */
const NAME = /^\d{1,15}-[0-9a-f]{20}$/;

/** The name a stamp file's bytes give, when the stamp is whole and the file's stat is the one it holds; undefined otherwise. */
export function stampedName(stored: Uint8Array, stat: FileStat): string | undefined {
  let stamp: unknown;
  try {
    stamp = JSON.parse(Buffer.from(stored).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof stamp !== 'object' || stamp === null) return undefined;
  const { name } = stamp as Partial<MemoryStamp>;
  if (typeof name !== 'string' || !NAME.test(name)) return undefined;
  // A field missing or of another type is unequal.
  return sameStat(stamp as MemoryStamp, stat) ? name : undefined;
}
