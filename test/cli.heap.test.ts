// The on-demand collection that keeps a large memory's first indexing under 0.9 GB: it must work
// on the Node the project runs on (if a Node update took the flag away, the peak would return).
import { describe, expect, it } from 'vitest';
import { collectGarbageNow } from '../src/cli/heap.js';

describe('collectGarbageNow', () => {
  it('collects on this Node, again and again, without exposing gc to the program', () => {
    const hadGc = 'gc' in globalThis;
    expect(collectGarbageNow()).toBe(true);
    expect(collectGarbageNow()).toBe(true);
    expect('gc' in globalThis).toBe(hadGc);
  });

  it('frees what nothing holds any more', async () => {
    let held: object | undefined = { big: new Array(1000).fill('x') };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef's target is kept until the end of the current job.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbageNow();
    expect(ref.deref()).toBeUndefined();
  });
});
