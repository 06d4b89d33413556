// tm update's reading of the project memory: from the unit map of the index cache, only the units
// that may hold the harvested keys (and those changed since the map) are parsed, and the merge
// sees exactly what a full read sees; tm update writes the same memory either way.
import { describe, expect, it } from 'vitest';
import { loadMemories, memoryForMerge, mergeFromUnitMap, readMemory } from '../src/cli/memories.js';
import { loadProject } from '../src/cli/project.js';
import { editPo } from './support/sample-po.js';
import { read, sampleProject, tessera, write } from './support/cli.js';

const MEMORY = 'locales/en/memory.tmx';
const CACHED = { cacheMin: 5 };


/** What a merge sees of the memory, comparable. */
const seen = (merge: ReturnType<typeof memoryForMerge>) => ({ size: merge.size, lastAt: [...merge.lastAt], at: [...merge.at], header: merge.header });

describe('reading the project memory for tm update', () => {
  /** Entries of the memory as updates: those a harvest of the same segments would key alike. */
  const updatesOf = (root: string, ids: number[]) => readMemory(loadProject(root), MEMORY, 'en').filter((_, i) => ids.includes(i));

  it('from the unit map, sees what a full read sees: unchanged, changed in place, appended, a key twice', () => {
    const root = sampleProject();
    loadMemories(loadProject(root), 'en', CACHED).keep();
    const memory = read(root, MEMORY);
    const units = memory.match(/<tu [\s\S]*?<\/tu>\n/g)!;
    const scenarios: Array<[string, string]> = [
      ['unchanged', memory],
      ['a translation changed in place', memory.replace('civilians', 'non-combatants')],
      ['a unit appended, and a copy of one (the same key twice)', memory.replace('</body>', `<tu tuid="n1"><tuv xml:lang="fr"><seg>Une de plus.</seg></tuv><tuv xml:lang="en"><seg>One more.</seg></tuv></tu>\n${units[3]}</body>`)],
    ];
    for (const [name, content] of scenarios) {
      write(root, MEMORY, content);
      const project = loadProject(root);
      const updates = updatesOf(root, [0, 3, 7, 13]);
      const fast = mergeFromUnitMap(project, MEMORY, 'en', updates, Buffer.from(content));
      expect(fast, name).toBeDefined();
      // The full read of the same bytes, in a project without a cache.
      const bare = sampleProject();
      write(bare, MEMORY, content);
      const full = memoryForMerge(loadProject(bare), MEMORY, 'en', updates);
      expect(full.at.size, name).toBeGreaterThan(0);
      expect(seen(fast!), name).toEqual(seen(full));
    }
  });

  it('is not used without a cache, for a key without an ID, or for a file the map does not describe', () => {
    const root = sampleProject();
    const project = loadProject(root);
    const updates = updatesOf(root, [0]);
    expect(mergeFromUnitMap(project, MEMORY, 'en', updates, Buffer.from(read(root, MEMORY)))).toBeUndefined();
    loadMemories(project, 'en', CACHED).keep();
    const { tuid: _tuid, ...withoutId } = updates[0]!;
    expect(mergeFromUnitMap(project, MEMORY, 'en', [...updates, withoutId], Buffer.from(read(root, MEMORY)))).toBeUndefined();
    const memory = read(root, MEMORY);
    const first = memory.slice(memory.indexOf('<tu '), memory.indexOf('</tu>') + '</tu>\n'.length);
    expect(mergeFromUnitMap(project, MEMORY, 'en', updates, Buffer.from(memory.replace(first, '')))).toBeUndefined();
  });

  it('tm update writes the same memory from the map as from a full read', async () => {
    const withCache = sampleProject();
    const without = sampleProject();
    loadMemories(loadProject(withCache), 'en', CACHED).keep();
    for (const root of [withCache, without]) {
      editPo(root, 'en', (entries) => {
        const entry = entries.find((e) => e.target.includes('the Old City of Mosul, which'))!;
        entry.target = entry.target.replace('which', 'which at the time');
      });
      write(root, 'source-texts/mossoul-2017.md', read(root, 'source-texts/mossoul-2017.md'));
      expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
    }
    const undated = (xml: string) => xml.replace(/changedate="\d{8}T\d{6}Z"/g, 'changedate=""');
    expect(undated(read(withCache, MEMORY))).toBe(undated(read(without, MEMORY)));
    expect((await tessera(['tm', 'update'], withCache)).stdout).toBe('memories up to date\n');
  });
});
