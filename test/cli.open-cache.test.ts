// A cache file opened to be read in parts (a lazily loaded index reads its entries from it while
// a command runs): what it reads, and what another command's rewrite or removal leaves it.
import { mkdirSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStat, openCache, readParts } from '../src/cli/io.js';
import { InputError } from '../src/errors.js';

const BYTES = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) & 0xff));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'tessera-open-cache-'));
  mkdirSync(join(root, '.cache'));
  writeFileSync(join(root, '.cache/a.idx'), BYTES);
  return root;
}

describe('openCache', () => {
  it('reads any part, each in memory of its own (aligned for typed arrays)', () => {
    const cache = openCache(project(), '.cache/a.idx')!;
    expect(cache.byteLength).toBe(BYTES.length);
    for (const [offset, length] of [[0, 12], [3, 5], [65_536, 70_000], [BYTES.length - 1, 1], [10, 0]] as const) {
      const part = cache.read(offset, length);
      expect(part.byteOffset).toBe(0);
      expect(part.byteLength).toBe(length);
      expect(Buffer.from(part).equals(BYTES.subarray(offset, offset + length))).toBe(true);
    }
  });

  it('is undefined for a missing file or a folder', () => {
    const root = project();
    expect(openCache(root, '.cache/none.idx')).toBeUndefined();
    expect(openCache(root, '.cache')).toBeUndefined();
  });

  it('still reads the file as it was opened once another command replaces or removes it', () => {
    const root = project();
    const cache = openCache(root, '.cache/a.idx')!;
    // An atomic rewrite (temp file + rename), then a removal.
    writeFileSync(join(root, '.cache/a.idx.tmp'), Buffer.alloc(BYTES.length, 1));
    renameSync(join(root, '.cache/a.idx.tmp'), join(root, '.cache/a.idx'));
    expect(Buffer.from(cache.read(1000, 64)).equals(BYTES.subarray(1000, 1064))).toBe(true);
    rmSync(join(root, '.cache/a.idx'));
    expect(Buffer.from(cache.read(150_000, 64)).equals(BYTES.subarray(150_000, 150_064))).toBe(true);
  });

  it('a file cut short while open: an input error naming it, not bytes of nothing', () => {
    const root = project();
    const cache = openCache(root, '.cache/a.idx')!;
    truncateSync(join(root, '.cache/a.idx'), 1000);
    expect(Buffer.from(cache.read(0, 1000)).equals(BYTES.subarray(0, 1000))).toBe(true);
    expect(() => cache.read(900, 200)).toThrow(InputError);
    try {
      cache.read(900, 200);
    } catch (error) {
      expect((error as InputError).file).toBe('.cache/a.idx');
      expect((error as InputError).message).toMatch(/the cache ended before byte 1100: delete \.cache and run the command again/);
    }
  });
});

describe('readParts', () => {
  it('reads the spans of a file that still has the stat it had', () => {
    const root = project();
    const stat = fileStat(root, '.cache/a.idx')!;
    const parts = readParts(root, '.cache/a.idx', [{ start: 0, end: 10 }, { start: 100_000, end: 100_005 }, { start: 7, end: 7 }], stat)!;
    expect(parts.map((part) => Buffer.from(part))).toEqual([BYTES.subarray(0, 10), BYTES.subarray(100_000, 100_005), Buffer.alloc(0)]);
  });

  it('reads nothing of a file written since, replaced, cut short or gone', () => {
    const root = project();
    const stat = fileStat(root, '.cache/a.idx')!;
    const span = [{ start: 0, end: 10 }];
    expect(readParts(root, '.cache/a.idx', span, { ...stat, ctimeMs: stat.ctimeMs + 1 })).toBeUndefined();
    expect(readParts(root, '.cache/a.idx', span, { ...stat, ino: stat.ino + 1 })).toBeUndefined();
    expect(readParts(root, '.cache/a.idx', [{ start: BYTES.length - 5, end: BYTES.length + 5 }], stat)).toBeUndefined();
    expect(readParts(root, '.cache/none.idx', span, stat)).toBeUndefined();
    writeFileSync(join(root, '.cache/a.idx'), BYTES);
    expect(readParts(root, '.cache/a.idx', span, stat)).toBeUndefined();
    expect(readParts(root, '.cache/a.idx', span, fileStat(root, '.cache/a.idx')!)).toBeDefined();
  });
});
