// The stamp beside a memory file's cache (src/cli/memory-stamp.ts): which cache the file's bytes
// named when the file had the stat it holds. A command that finds the file so loads that cache
// without reading and hashing the file; any write to the file, a damaged stamp or one naming
// another file's cache, sends it back to the bytes.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMemories } from '../src/cli/memories.js';
import { stampedCache, stampFor } from '../src/cli/memory-stamp.js';
import { loadProject } from '../src/cli/project.js';
import { lookup } from '../src/memory/index.js';
import { read, sampleProject, write } from './support/cli.js';

const MEMORY = 'locales/en/memory.tmx';
const QUERY = "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 450 civils ont été tués.";
/** Every file cached, stamped at once (a file just written is otherwise too fresh to stamp). */
const STAMPED = { cacheMin: 0, stampSettleMs: 0 };
const STAT = { size: 10, mtimeMs: 1_000, ctimeMs: 2_000, ino: 7 };

const cacheDir = (root: string): string => join(root, '.cache', 'tessera');
const cacheFiles = (root: string): string[] => (existsSync(cacheDir(root)) ? readdirSync(cacheDir(root)).sort() : []);
const stampName = (root: string): string => cacheFiles(root).find((name) => name.startsWith('memory.en.') && name.endsWith('.stamp.json'))!;
const targets = (root: string): string[] => lookup(loadMemories(loadProject(root), 'en', STAMPED).indexes, { text: QUERY }, { limit: 3 }).map((m) => m.entry.target);
const statOf = (root: string, file: string) => {
  const stat = statSync(join(root, file));
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
};

/** A sample project whose English memory is cached and stamped; its cache's name. */
function stamped(): { root: string; cache: string } {
  const root = sampleProject();
  loadMemories(loadProject(root), 'en', STAMPED).keep();
  const cache = cacheFiles(root).find((name) => name.startsWith('memory.en.') && name.endsWith('.idx'))!;
  return { root, cache };
}

describe('stampFor and stampedCache', () => {
  it('stamps a file only once its last change is older than the settle time', () => {
    expect(stampFor(STAT, 3_999, '.cache/tessera/memory.en.x.1-a.idx')).toBeUndefined();
    expect(stampFor(STAT, 4_000, '.cache/tessera/memory.en.x.1-a.idx')).toEqual({ cache: 'memory.en.x.1-a.idx', ...STAT });
    expect(stampFor(STAT, 2_000, 'memory.en.x.1-a.idx', 0)).toEqual({ cache: 'memory.en.x.1-a.idx', ...STAT });
  });

  const stored = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));
  it.each([
    ['its own stamp', { cache: 'memory.en.x.1-a.idx', ...STAT }, 'memory.en.x.1-a.idx'],
    ['another size', { cache: 'memory.en.x.1-a.idx', ...STAT, size: 11 }, undefined],
    ['another modification time', { cache: 'memory.en.x.1-a.idx', ...STAT, mtimeMs: 1_001 }, undefined],
    ['another change time', { cache: 'memory.en.x.1-a.idx', ...STAT, ctimeMs: 2_000.5 }, undefined],
    ['another inode (the file replaced)', { cache: 'memory.en.x.1-a.idx', ...STAT, ino: 8 }, undefined],
    ['a field missing', { cache: 'memory.en.x.1-a.idx', size: 10, mtimeMs: 1_000, ctimeMs: 2_000 }, undefined],
    ["another file's cache", { cache: 'memory.en.y.1-a.idx', ...STAT }, undefined],
    ['a cache outside the folder', { cache: 'memory.en.x./../../x.idx', ...STAT }, undefined],
    ['not a cache', { cache: 'memory.en.x.patch.1-a.json', ...STAT }, undefined],
    ['no object', ['memory.en.x.1-a.idx'], undefined],
  ])('%s', (_label, value, expected) => {
    expect(stampedCache(stored(value), STAT, 'memory.en.x.')).toBe(expected);
  });

  it('a stamp that is not JSON', () => {
    expect(stampedCache(Buffer.from('{"cache":'), STAT, 'memory.en.x.')).toBeUndefined();
  });
});

describe("a stamp beside a memory file's cache", () => {
  it("is written with the cache, naming it and holding the file's stat", () => {
    const { root, cache } = stamped();
    expect(JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8'))).toEqual({ cache, ...statOf(root, MEMORY) });
  });

  it('is not written for a file changed within the settle time', () => {
    const root = sampleProject();
    loadMemories(loadProject(root), 'en', { cacheMin: 0 }).keep();
    expect(cacheFiles(root).filter((name) => name.includes('stamp'))).toEqual([]);
  });

  it('is written by the command that next finds the cache by the bytes, once the file has settled', () => {
    const root = sampleProject();
    loadMemories(loadProject(root), 'en', { cacheMin: 0 }).keep();
    const [cache] = cacheFiles(root);
    const later = loadMemories(loadProject(root), 'en', STAMPED);
    expect(later.built).toEqual([]);
    later.keep();
    expect(JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8'))).toEqual({ cache, ...statOf(root, MEMORY) });
  });

  it('lets the next command load the cache it names without reading the file', () => {
    const { root, cache } = stamped();
    const before = targets(root);
    expect(before.some((target) => target.includes('civilians'))).toBe(true);
    // The file changes; a stamp that holds its new stat but names the old cache is taken at its word.
    write(root, MEMORY, read(root, MEMORY).replaceAll('civilians', 'non-combatants'));
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ cache, ...statOf(root, MEMORY) }));
    expect(targets(root)).toEqual(before);
    // One millisecond off, and the file is read.
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ cache, ...statOf(root, MEMORY), ctimeMs: statOf(root, MEMORY).ctimeMs + 1 }));
    expect(targets(root).some((target) => target.includes('non-combatants'))).toBe(true);
  });

  it('no longer holds once the file is written again, even to the same size and modification time', () => {
    const { root } = stamped();
    const { mtimeMs } = statOf(root, MEMORY);
    write(root, MEMORY, read(root, MEMORY).replaceAll('civilians', 'civilianz'));
    utimesSync(join(root, MEMORY), new Date(mtimeMs), new Date(mtimeMs));
    expect(targets(root).some((target) => target.includes('civilianz'))).toBe(true);
  });

  it('naming a cache that is gone: the file is read and indexed', () => {
    const { root, cache } = stamped();
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ cache: cache.replace(/\.idx$/, '0.idx'), ...statOf(root, MEMORY) }));
    const loaded = loadMemories(loadProject(root), 'en', STAMPED);
    expect(loaded.built).toEqual([]);
    expect(lookup(loaded.indexes, { text: QUERY }, { limit: 3 }).map((m) => m.entry.target)).toEqual(targets(sampleProject()));
  });

  it("goes with its cache when the file's index is built again, and the new cache gets its own", () => {
    const { root, cache } = stamped();
    write(root, MEMORY, read(root, MEMORY).replaceAll('civils', 'civilz'));
    const loaded = loadMemories(loadProject(root), 'en', STAMPED);
    loaded.keep();
    const files = cacheFiles(root).filter((name) => name.startsWith('memory.en.'));
    expect(files).toHaveLength(2);
    expect(files).not.toContain(cache);
    const stamp = JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8')) as { cache: string };
    expect(files).toContain(stamp.cache);
  });

  it('is not written by a command that fails', () => {
    const root = sampleProject();
    write(root, 'locales/en/broken.tmx', '<tmx version="1.4"><header/><body><tu>');
    expect(() => loadMemories(loadProject(root), 'en', STAMPED)).toThrow();
    expect(cacheFiles(root)).toEqual([]);
  });
});
