// A full garbage collection on demand, for the one place where the collector's timing sets the
// peak: between reading a large memory file and indexing it. The file's bytes and the parser's
// garbage are dead by then, but V8 may collect them only once the index is half built, so that a
// million-unit memory peaked at 1.08–1.17 GB in some runs and 0.87–0.90 GB in others.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * Collects garbage now; false when this Node cannot (then nothing happens). The collector is
 * Node's own `gc`, exposed to a new context by a flag set at run time (set before the context
 * exists, it applies to it; the process's own global is left as it was).
 */
export function collectGarbageNow(): boolean {
  if (collect === undefined) {
    collect = (globalThis as { gc?: () => void }).gc ?? null;
    if (!collect) {
      try {
        setFlagsFromString('--expose-gc');
        const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
        collect = typeof gc === 'function' ? (gc as () => void) : null;
      } catch {
        collect = null;
      }
    }
  }
  if (!collect) return false;
  collect();
  return true;
}
