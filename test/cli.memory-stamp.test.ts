// The stamp beside a memory file's cache (src/cli/memory-stamp.ts): the name the file's bytes gave
// its cache when the file had the stat it holds. A command that finds the file so loads that cache,
// or patches its base cache as the record of that name says, without reading and hashing the
// whole file; any write to the file, or a damaged stamp, sends it back to the bytes.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMemories } from '../src/cli/memories.js';
import { stampedName, stampFor } from '../src/cli/memory-stamp.js';
import { loadProject } from '../src/cli/project.js';
import { concordance, lookup } from '../src/memory/index.js';
import { read, sampleProject, write } from './support/cli.js';

const MEMORY = 'locales/en/memory.tmx';
const QUERY = "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 450 civils ont été tués.";
/**
 * The sample's memory (14 entries) cached, patched for fewer than 5 changed units, and stamped
 * however fresh: a file just written is otherwise too fresh to stamp, and with a settle time of 0
 * one written in the same millisecond as the command reads it still is (its change time has a
 * fraction of a millisecond past `Date.now()`).
 */
const STAMPED = { cacheMin: 5, stampSettleMs: -Infinity };
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

const NAME = '1234-0123456789abcdef0123';

describe('stampFor and stampedName', () => {
  it('stamps a file only once its last change is older than the settle time', () => {
    expect(stampFor(STAT, 3_999, NAME)).toBeUndefined();
    expect(stampFor(STAT, 4_000, NAME)).toEqual({ name: NAME, ...STAT });
    expect(stampFor(STAT, 2_000, NAME, 0)).toEqual({ name: NAME, ...STAT });
  });

  const stored = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));
  it.each([
    ['its own stamp', { name: NAME, ...STAT }, NAME],
    ['another size', { name: NAME, ...STAT, size: 11 }, undefined],
    ['another modification time', { name: NAME, ...STAT, mtimeMs: 1_001 }, undefined],
    ['another change time', { name: NAME, ...STAT, ctimeMs: 2_000.5 }, undefined],
    ['another inode (the file replaced)', { name: NAME, ...STAT, ino: 8 }, undefined],
    ['a field missing', { name: NAME, size: 10, mtimeMs: 1_000, ctimeMs: 2_000 }, undefined],
    ['a name with a path in it', { name: '../../x.idx', ...STAT }, undefined],
    ['a name of another shape', { name: '1234-0123456789abcdef', ...STAT }, undefined],
    ['a name that is not a string', { name: 1234, ...STAT }, undefined],
    ['no object', [NAME], undefined],
  ])('%s', (_label, value, expected) => {
    expect(stampedName(stored(value), STAT)).toBe(expected);
  });

  it('a stamp that is not JSON', () => {
    expect(stampedName(Buffer.from('{"name":'), STAT)).toBeUndefined();
  });
});

/** What names a cache file after its prefix. */
const nameOf = (cache: string): string => cache.replace(/^memory\.en\.[0-9a-f]{12}\./, '').replace(/\.idx$/, '');

describe("a stamp beside a memory file's cache", () => {
  it("is written with the cache, naming it and holding the file's stat", () => {
    const { root, cache } = stamped();
    expect(JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8'))).toEqual({ name: nameOf(cache), ...statOf(root, MEMORY) });
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
    expect(JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8'))).toEqual({ name: nameOf(cache), ...statOf(root, MEMORY) });
  });

  it('lets the next command load the cache it names without reading the file', () => {
    const { root, cache } = stamped();
    const before = targets(root);
    expect(before.some((target) => target.includes('civilians'))).toBe(true);
    // The file changes; a stamp that holds its new stat but names the old cache is taken at its word.
    write(root, MEMORY, read(root, MEMORY).replaceAll('civilians', 'non-combatants'));
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ name: nameOf(cache), ...statOf(root, MEMORY) }));
    expect(targets(root)).toEqual(before);
    // One millisecond off, and the file is read.
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ name: nameOf(cache), ...statOf(root, MEMORY), ctimeMs: statOf(root, MEMORY).ctimeMs + 1 }));
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
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ name: nameOf(cache).replace(/^\d+/, '1'), ...statOf(root, MEMORY) }));
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
    const stamp = JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8')) as { name: string };
    expect(files.map(nameOf)).toContain(stamp.name);
  });

  it('after a change found in place, names the patch record: the next command patches from it, reading only the units it names', () => {
    const { root } = stamped();
    // One unit's translation changes in place.
    write(root, MEMORY, read(root, MEMORY).replace('civilians', 'non-combatants'));
    const found = loadMemories(loadProject(root), 'en', STAMPED);
    expect(found.patched).toEqual([MEMORY]);
    found.keep();
    const record = cacheFiles(root).find((name) => name.includes('.patch.'))!;
    const stamp = JSON.parse(readFileSync(join(cacheDir(root), stampName(root)), 'utf8')) as { name: string };
    expect(record.endsWith(`.patch.${stamp.name}.json`)).toBe(true);
    const again = loadMemories(loadProject(root), 'en', STAMPED);
    expect([again.built, again.patched]).toEqual([[], [MEMORY]]);
    const answers = (loaded: ReturnType<typeof loadMemories>) => lookup(loaded.indexes, { text: QUERY }, { limit: 3 }).map((m) => m.entry.target);
    expect(answers(again)).toEqual(answers(found));
    expect(concordance(again.indexes, 'non-combatants', { in: 'target' }).total).toBe(1);
    // Taken at its word: another unit changed (to the same length) behind a stamp that holds the
    // file's new stat is not read; the unit the record names is read where it lies.
    write(root, MEMORY, read(root, MEMORY).replace('civilians', 'civiliens'));
    writeFileSync(join(cacheDir(root), stampName(root)), JSON.stringify({ name: stamp.name, ...statOf(root, MEMORY) }));
    const trusted = loadMemories(loadProject(root), 'en', STAMPED);
    expect(trusted.patched).toEqual([MEMORY]);
    expect(concordance(trusted.indexes, 'civiliens', { in: 'target' }).total).toBe(0);
    expect(concordance(trusted.indexes, 'non-combatants', { in: 'target' }).total).toBe(1);
    // Without the stamp, the file is read: the change is found.
    writeFileSync(join(cacheDir(root), stampName(root)), '{}');
    expect(concordance(loadMemories(loadProject(root), 'en', STAMPED).indexes, 'civiliens', { in: 'target' }).total).toBe(1);
  });

  it('is not written by a command that fails', () => {
    const root = sampleProject();
    write(root, 'locales/en/broken.tmx', '<tmx version="1.4"><header/><body><tu>');
    expect(() => loadMemories(loadProject(root), 'en', STAMPED)).toThrow();
    expect(cacheFiles(root)).toEqual([]);
  });
});
