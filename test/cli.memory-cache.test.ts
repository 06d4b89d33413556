// A large memory file's index is cached in .cache/tessera/ under a hash of that file: reused
// while it is unchanged, rebuilt (and the stale copy removed) when it changes, ignored when
// unreadable, never written for small files, and only written by a command that succeeds. Each
// file has its own: a change to the project's memory does not index an imported one again.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_CACHE_MIN_ENTRIES, INDEX_NOTICE_BYTES, loadMemories, readMemory } from '../src/cli/memories.js';
import { loadProject } from '../src/cli/project.js';
import { buildIndex, concordance, lookup } from '../src/memory/index.js';
import { largeMemoryTmx } from './support/large-memory.js';
import { editPo } from './support/sample-po.js';
import { run } from '../src/cli/main.js';
import { read, sampleProject, snapshot, tessera, write } from './support/cli.js';

// The sample's sentence with a new figure: a fuzzy match, adapted.
const QUERY =
  "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 450 civils ont été tués.";
const CACHE_NAME = /^memory\.en\.[0-9a-f]{12}\.\d+-[0-9a-f]{20}\.idx$/;
const RECORD_NAME = /^memory\.en\.[0-9a-f]{12}\.patch\.\d+-[0-9a-f]{20}\.json$/;
const ALWAYS = { cacheMin: 0 };


/** The caches and patch records (a stamp, which a file more than two seconds old gets, is cli.memory-stamp.test.ts's). */
function cacheFiles(root: string): string[] {
  const dir = join(root, '.cache', 'tessera');
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.endsWith('.stamp.json')).sort() : [];
}

const best = (loaded: ReturnType<typeof loadMemories>) =>
  lookup(loaded.indexes, { text: QUERY }, { limit: 3 }).map((m) => [m.score, m.entry.source, m.entry.target, m.adapted, m.entry.origin]);

/** The sample with a second, imported memory of English: a copy of its own with other targets. */
function withImport(): string {
  const root = sampleProject();
  write(root, 'locales/en/imported.tmx', read(root, 'locales/en/memory.tmx').replaceAll('civilians', 'non-combatants'));
  return root;
}

describe('the memory index cache', () => {
  it('is written once, then loaded while the memory files are unchanged', () => {
    const root = sampleProject();
    const project = loadProject(root);
    const built = loadMemories(project, 'en', ALWAYS);
    expect(built.built).toEqual(['locales/en/memory.tmx']);
    expect(cacheFiles(root)).toEqual([]);
    built.keep();
    expect(cacheFiles(root)).toEqual([expect.stringMatching(CACHE_NAME)]);
    const again = loadMemories(project, 'en', ALWAYS);
    expect(again.built).toEqual([]);
    expect(again.size).toBe(built.size);
    expect(again.files).toEqual(built.files);
    expect(best(again)).toEqual(best(built));
    expect(best(again).length).toBeGreaterThan(0);
  });

  it('is rebuilt when a memory file changes, and the stale copy goes', () => {
    const root = sampleProject();
    const project = loadProject(root);
    loadMemories(project, 'en', ALWAYS).keep();
    const before = cacheFiles(root);
    write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replaceAll('civilians', 'civilian residents'));
    const changed = loadMemories(project, 'en', ALWAYS);
    changed.keep();
    expect(changed.built).toEqual(['locales/en/memory.tmx']);
    expect(best(changed).some(([, , target]) => String(target).includes('civilian residents'))).toBe(true);
    expect(cacheFiles(root)).toHaveLength(1);
    expect(cacheFiles(root)).not.toEqual(before);
  });

  it('indexes again only the file that changed, and answers as one index of all the files would', () => {
    const root = withImport();
    const project = loadProject(root);
    const first = loadMemories(project, 'en', ALWAYS);
    expect(first.files).toEqual(['locales/en/memory.tmx', 'locales/en/imported.tmx']);
    expect(first.built).toEqual(first.files);
    first.keep();
    expect(cacheFiles(root)).toHaveLength(2);
    const before = cacheFiles(root);
    write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replaceAll('civilians', 'civilian residents'));
    const changed = loadMemories(project, 'en', ALWAYS);
    expect(changed.built).toEqual(['locales/en/memory.tmx']);
    changed.keep();
    // The imported file's cache stays as it was; the project memory's is replaced.
    expect(cacheFiles(root).filter((name) => before.includes(name))).toHaveLength(1);
    expect(cacheFiles(root)).toHaveLength(2);
    // One index built from every entry, file after file, gives the same matches in the same order.
    const whole = buildIndex(changed.files.flatMap((file) => readMemory(project, file, 'en')));
    const all = (memories: Parameters<typeof lookup>[0]) =>
      lookup(memories, { text: QUERY }, { limit: Infinity }).map((m) => [m.score, m.entry.target, m.entry.origin]);
    expect(all(changed.indexes)).toEqual(all(whole));
    expect(all(whole).map(([, target]) => target)).toEqual(
      expect.arrayContaining([expect.stringContaining('civilian residents'), expect.stringContaining('non-combatants')]),
    );
  });

  it("removes a deleted file's cache and a cache of the whole language from before per-file caches", () => {
    const root = withImport();
    const project = loadProject(root);
    loadMemories(project, 'en', ALWAYS).keep();
    loadMemories(project, 'ar', ALWAYS).keep();
    const old = 'memory.en.0123456789abcdef0123.idx';
    writeFileSync(join(root, '.cache', 'tessera', old), 'an index of every file at once');
    rmSync(join(root, 'locales/en/imported.tmx'));
    const after = loadMemories(project, 'en', ALWAYS);
    expect(after.built).toEqual([]);
    after.keep();
    const names = cacheFiles(root);
    expect(names.filter((name) => name.startsWith('memory.en.'))).toEqual([expect.stringMatching(CACHE_NAME)]);
    expect(names.filter((name) => name.startsWith('memory.ar.'))).toHaveLength(1);
  });

  describe('a memory that only gained units at its end', () => {
    // Small enough that a few appended units stay under it, large enough that the 14 are cached.
    const SMALL = { cacheMin: 5 };
    const unit = (id: string, fr: string, en: string) => `<tu tuid="${id}"><tuv xml:lang="fr"><seg>${fr}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>\n`;
    const append = (root: string, units: string) =>
      write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replace('</body>', `${units}</body>`));
    const all = (memories: Parameters<typeof lookup>[0], text: string) =>
      lookup(memories, { text }, { limit: Infinity, min: 50 }).map((m) => [m.score, m.entry.tuid, m.entry.target]);

    it('keeps its cached index for the units it had and indexes only the new ones', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      const [cache] = cacheFiles(root);
      append(root, unit('n1', "Le convoi est arrivé à Mossoul à l'aube.", 'The convoy reached Mosul at dawn.') + unit('n2', QUERY, 'At least 450 civilians were killed.'));
      const after = loadMemories(project, 'en', SMALL);
      expect([after.built, after.patched]).toEqual([[], ['locales/en/memory.tmx']]);
      expect(after.byFile[0]!.map((index) => index.size)).toEqual([14, 2]);
      after.keep();
      expect(cacheFiles(root)).toEqual([cache, expect.stringMatching(RECORD_NAME)]);
      // The same matches, in the same order, as one index of the whole file.
      const whole = buildIndex(readMemory(project, 'locales/en/memory.tmx', 'en'));
      for (const text of [QUERY, "Le convoi est arrivé à Mossoul à l'aube.", 'Mossoul']) expect(all(after.indexes, text)).toEqual(all(whole, text));
      expect(all(after.indexes, QUERY)[0]).toEqual([100, 'n2', 'At least 450 civilians were killed.']);
    });

    it('with a unit changed before the end too, is patched with both; with many new units, is indexed whole', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      // An edit of the same length before the end, and a unit appended: the cache's offset still
      // falls on the end of the units, but its bytes before differ (the unit map finds which).
      write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replace('civilians', 'civilianz'));
      append(root, unit('n1', 'Une phrase de plus.', 'One more sentence.'));
      const changed = loadMemories(project, 'en', SMALL);
      expect([changed.built, changed.patched]).toEqual([[], ['locales/en/memory.tmx']]);
      const targets = lookup(changed.indexes, { text: 'Mossoul' }, { limit: Infinity, min: 0 }).map((m) => m.entry.target);
      expect(targets.filter((target) => target.includes('civilianz'))).toHaveLength(1);
      changed.keep();
      append(root, Array.from({ length: 5 }, (_, i) => unit(`m${i}`, `Phrase ${i}.`, `Sentence ${i}.`)).join(''));
      expect(loadMemories(project, 'en', SMALL).built).toEqual(['locales/en/memory.tmx']);
    });

    it('a file cut after its units, or with text after its end, is read whole and reported', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      const memory = read(root, 'locales/en/memory.tmx');
      for (const broken of [memory.replace(/<\/tmx>\s*$/, ''), `${memory}trailing text\n`]) {
        write(root, 'locales/en/memory.tmx', broken);
        expect(() => loadMemories(project, 'en', SMALL)).toThrow(expect.objectContaining({ file: 'locales/en/memory.tmx' }));
      }
      write(root, 'locales/en/memory.tmx', memory);
      expect(loadMemories(project, 'en', SMALL).built).toEqual([]);
    });

    it('a new unit that does not parse: the whole file is read, and the error names its line', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      append(root, '<tu tuid="bad"><tuv xml:lang="fr"><seg>Sans fin</tuv></tu>\n');
      const line = read(root, 'locales/en/memory.tmx').split('\n').findIndex((l) => l.includes('tuid="bad"')) + 1;
      expect(() => loadMemories(project, 'en', SMALL)).toThrow(expect.objectContaining({ file: 'locales/en/memory.tmx', line }));
    });

    it('is what tm update writes when it only adds: the memory it had is the start of the new one', async () => {
      const root = sampleProject();
      // An approved translation missing from the memory (its unit taken out): the update adds it.
      const memory = read(root, 'locales/en/memory.tmx');
      const at = memory.indexOf('<tu ');
      const without = memory.slice(0, at) + memory.slice(memory.indexOf('</tu>', at) + '</tu>\n'.length);
      write(root, 'locales/en/memory.tmx', without);
      loadMemories(loadProject(root), 'en', SMALL).keep();
      expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (1 added, 0 changed)\n');
      const updated = read(root, 'locales/en/memory.tmx');
      expect(updated.startsWith(without.slice(0, without.lastIndexOf('</body>')))).toBe(true);
      expect(updated.length).toBeGreaterThan(without.length);
      const after = loadMemories(loadProject(root), 'en', SMALL);
      expect([after.built, after.patched]).toEqual([[], ['locales/en/memory.tmx']]);
      expect(after.byFile[0]!.map((index) => index.size)).toEqual([13, 1]);
    });
  });

  describe('a memory whose units changed in place', () => {
    const SMALL = { cacheMin: 5 };
    const MEMORY = 'locales/en/memory.tmx';
    /** The i-th unit of the memory (`<tu` to `</tu>`). */
    const nthUnit = (memory: string, i: number): string => {
      let at = -1;
      for (let n = 0; n <= i; n++) at = memory.indexOf('<tu ', at + 1);
      return memory.slice(at, memory.indexOf('</tu>', at) + '</tu>'.length);
    };
    const edit = (root: string, change: (memory: string) => string) => write(root, MEMORY, change(read(root, MEMORY)));
    const all = (memories: Parameters<typeof lookup>[0], text: string) =>
      lookup(memories, { text }, { limit: Infinity, min: 50 }).map((m) => [m.score, m.entry.tuid, m.entry.source, m.entry.target]);
    /** The patched memory answers as one index of the file as it is now: lookups and concordance, in the same order. */
    const expectSameAsWhole = (project: ReturnType<typeof loadProject>, loaded: ReturnType<typeof loadMemories>) => {
      const whole = buildIndex(readMemory(project, MEMORY, 'en'));
      expect(loaded.size).toBe(whole.size);
      const texts = readMemory(project, MEMORY, 'en').map((e) => e.source);
      for (const text of [QUERY, ...texts.slice(0, 6), 'Mossoul']) expect(all(loaded.indexes, text)).toEqual(all(whole, text));
      for (const phrase of ['Mossoul', 'civils', 'Daech']) {
        const hits = (memories: Parameters<typeof concordance>[0]) => concordance(memories, phrase, { limit: 100 }).hits.map((h) => [h.entry.tuid, h.target]);
        expect(hits(loaded.indexes)).toEqual(hits(whole));
      }
    };

    it('keeps its cached index and reads only the units replaced, which take their old places', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      const [cache] = cacheFiles(root);
      const memory = read(root, MEMORY);
      // A new translation of one unit, a new French for another (its segment was edited), and a unit appended.
      const second = nthUnit(memory, 1);
      const ninth = nthUnit(memory, 8);
      const frenchOfNinth = /<tuv xml:lang="fr">\s*<seg>([^<]*)<\/seg>/.exec(ninth)![1]!;
      edit(root, (m) =>
        m
          .replace(second, second.replace(/(<tuv xml:lang="en">\s*<seg>)[^<]*/, '$1A revised translation.'))
          .replace(ninth, ninth.replace(frenchOfNinth, QUERY))
          .replace('</body>', '<tu tuid="n1"><tuv xml:lang="fr"><seg>Une phrase de plus.</seg></tuv><tuv xml:lang="en"><seg>One more sentence.</seg></tuv></tu>\n</body>'),
      );
      const after = loadMemories(project, 'en', SMALL);
      expect([after.built, after.patched]).toEqual([[], [MEMORY]]);
      expect(after.byFile[0]!.map((index) => [index.size, index.replaces && Array.from(index.replaces)])).toEqual([
        [14, undefined],
        [2, [1, 8]],
        [1, undefined],
      ]);
      after.keep();
      expect(cacheFiles(root)).toEqual([cache, expect.stringMatching(RECORD_NAME)]);
      expectSameAsWhole(project, after);
      expect(all(after.indexes, QUERY)[0]).toEqual([100, after.indexes[1]!.entries.get(1).tuid, QUERY, after.indexes[1]!.entries.get(1).target]);
      expect(all(after.indexes, frenchOfNinth).filter(([score]) => score === 100)).toEqual([]);
    });

    it('the next command reads the units that the patch record names, without finding them again', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      const [cache] = cacheFiles(root);
      const second = nthUnit(read(root, MEMORY), 1);
      edit(root, (m) => m.replace(second, second.replace(/(<tuv xml:lang="en">\s*<seg>)[^<]*/, '$1A revised translation.')));
      const found = loadMemories(project, 'en', SMALL);
      expect([found.built, found.patched]).toEqual([[], [MEMORY]]);
      found.keep();
      const record = cacheFiles(root).find((name) => RECORD_NAME.test(name))!;
      expect(cacheFiles(root)).toEqual([cache, record]);
      // The cache's unit map spoilt: only the record can say which unit changed.
      const cachePath = join(root, '.cache', 'tessera', cache!);
      const bytes = readFileSync(cachePath);
      bytes.fill(0, bytes.length - 8);
      writeFileSync(cachePath, bytes);
      const recorded = loadMemories(project, 'en', SMALL);
      expect([recorded.built, recorded.patched]).toEqual([[], [MEMORY]]);
      expect(recorded.byFile[0]!.map((index) => [index.size, index.replaces && Array.from(index.replaces)])).toEqual([
        [14, undefined],
        [1, [1]],
      ]);
      expectSameAsWhole(project, recorded);
      const french = /<tuv xml:lang="fr">\s*<seg>([^<]*)<\/seg>/.exec(second)![1]!;
      expect(all(recorded.indexes, french)[0]!.slice(2)).toEqual([french, 'A revised translation.']);
      // A damaged record, or one whose cache is gone, is not taken.
      const recordPath = join(root, '.cache', 'tessera', record);
      const good = readFileSync(recordPath, 'utf8');
      const patch = JSON.parse(good) as { base: string; changes: { changed: Array<{ start: number; firstEntry: number }> } };
      // Units that are not where the record says, an entry past the cached index's, a cut record, a base that is not this file's cache.
      const shifted = structuredClone(patch);
      shifted.changes.changed[0]!.start += 1;
      const past = structuredClone(patch);
      past.changes.changed[0]!.firstEntry = 14;
      writeFileSync(join(root, '.cache', 'tessera', 'other.idx'), bytes);
      for (const damaged of [JSON.stringify(shifted), JSON.stringify(past), good.slice(0, -2), JSON.stringify({ ...patch, base: 'other.idx' }), JSON.stringify({ ...patch, base: '../x.idx' })]) {
        writeFileSync(recordPath, damaged);
        expect(loadMemories(project, 'en', SMALL).built, damaged).toEqual([MEMORY]);
      }
      writeFileSync(recordPath, good);
      expect(loadMemories(project, 'en', SMALL).patched).toEqual([MEMORY]);
      rmSync(cachePath);
      expect(loadMemories(project, 'en', SMALL).built).toEqual([MEMORY]);
    });

    it('keeps one patch record per file: the latest', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      const records = () => cacheFiles(root).filter((name) => RECORD_NAME.test(name));
      for (const target of ['First revision.', 'Second revision.']) {
        const second = nthUnit(read(root, MEMORY), 1);
        edit(root, (m) => m.replace(second, second.replace(/(<tuv xml:lang="en">\s*<seg>)[^<]*/, `$1${target}`)));
        const loaded = loadMemories(project, 'en', SMALL);
        expect(loaded.patched).toEqual([MEMORY]);
        loaded.keep();
        expect(records()).toHaveLength(1);
        expect(readFileSync(join(root, '.cache', 'tessera', records()[0]!), 'utf8')).toContain('"changed":[{');
      }
      // A command that fails writes no record.
      const second = nthUnit(read(root, MEMORY), 1);
      edit(root, (m) => m.replace(second, second.replace(/(<tuv xml:lang="en">\s*<seg>)[^<]*/, '$1Third revision.')));
      const before = records();
      loadMemories(project, 'en', SMALL);
      expect(records()).toEqual(before);
      // Rebuilt whole, the file's records go with its old cache.
      edit(root, (m) => m.replaceAll('civils', 'civilz'));
      loadMemories(project, 'en', SMALL).keep();
      expect(cacheFiles(root)).toEqual([expect.stringMatching(CACHE_NAME)]);
    });

    it('is what tm update writes when a translation changed', async () => {
      const root = sampleProject();
      loadMemories(loadProject(root), 'en', SMALL).keep();
      editPo(root, 'en', (entries) => {
        const entry = entries.find((e) => e.target.includes('civilians'))!;
        entry.target = entry.target.replace('civilians', 'non-combatants');
      });
      expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
      const project = loadProject(root);
      const after = loadMemories(project, 'en', SMALL);
      expect([after.built, after.patched]).toEqual([[], [MEMORY]]);
      expect(after.byFile[0]!.map((index) => index.size)).toEqual([14, 1]);
      expectSameAsWhole(project, after);
    });

    describe('tm update leaves the record that the next command would make', () => {
      const records = (root: string) => cacheFiles(root).filter((name) => RECORD_NAME.test(name));
      const revise = (root: string, from: string, to: string) =>
        editPo(root, 'en', (entries) => {
          const entry = entries.find((e) => e.target.includes(from))!;
          entry.target = entry.target.replace(from, to);
        });
      /** The record tm update wrote, against the one a command finds again once it is gone: the same name and content. */
      const expectRecordAsFound = (root: string) => {
        const [written] = records(root);
        expect(written).toMatch(RECORD_NAME);
        const path = join(root, '.cache', 'tessera', written!);
        const content = readFileSync(path, 'utf8');
        rmSync(path);
        const project = loadProject(root);
        const loaded = loadMemories(project, 'en', SMALL);
        expect([loaded.built, loaded.patched]).toEqual([[], [MEMORY]]);
        loaded.keep();
        expect(records(root)).toEqual([written]);
        expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(content));
        expectSameAsWhole(project, loaded);
        return JSON.parse(content) as { changes: { changed: unknown[]; appended: unknown[] } };
      };

      it('after a changed translation, then another', async () => {
        const root = sampleProject();
        loadMemories(loadProject(root), 'en', SMALL).keep();
        revise(root, 'civilians', 'non-combatants');
        expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
        expect(expectRecordAsFound(root).changes.changed).toHaveLength(1);
        // The second update merges against the same cache, with the first change already in the file.
        editPo(root, 'en', (entries) => {
          const other = entries.filter((e) => e.target !== '' && !e.target.includes('non-combatants'))[3]!;
          other.target = `${other.target} Revised.`;
        });
        expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
        expect(records(root)).toHaveLength(1);
        expect(expectRecordAsFound(root).changes.changed).toHaveLength(2);
      });

      it('after a new entry, appended', async () => {
        const root = sampleProject();
        const memory = read(root, MEMORY);
        const at = memory.indexOf('<tu ');
        write(root, MEMORY, memory.slice(0, at) + memory.slice(memory.indexOf('</tu>', at) + '</tu>\n'.length));
        loadMemories(loadProject(root), 'en', SMALL).keep();
        expect((await tessera(['tm', 'update'], root)).stdout).toBe('locales/en/memory.tmx: 14 entries (1 added, 0 changed)\n');
        expect(expectRecordAsFound(root).changes.appended).toHaveLength(1);
      });

      it('but none when a rewritten unit becomes several (a unit with two translations, one replaced)', async () => {
        const root = sampleProject();
        const memory = read(root, MEMORY);
        const unitWith = nthUnit(memory, [...Array(14).keys()].find((i) => nthUnit(memory, i).includes('civilians'))!);
        const en = /<tuv xml:lang="en">[\s\S]*?<\/tuv>/.exec(unitWith)![0];
        write(root, MEMORY, memory.replace(unitWith, unitWith.replace(en, `${en}${en.replace('civilians', 'people')}`)));
        loadMemories(loadProject(root), 'en', SMALL).keep();
        revise(root, 'civilians', 'non-combatants');
        expect((await tessera(['tm', 'update'], root)).stdout).toMatch(/\(0 added, 1 changed\)/);
        expect(records(root)).toEqual([]);
        const project = loadProject(root);
        const loaded = loadMemories(project, 'en', SMALL);
        expect(loaded.size).toBe(readMemory(project, MEMORY, 'en').length);
      });
    });

    it.each<[string, (memory: string) => string]>([
      ['a replaced unit that gives another number of entries', (m) => m.replace(nthUnit(m, 3), nthUnit(m, 3).replace('xml:lang="en"', 'xml:lang="de"'))],
      ['another head', (m) => m.replace('creationtoolversion="', 'creationtoolversion="9')],
      ['a comment between units', (m) => m.replace(nthUnit(m, 1), `<!-- <tu> -->${nthUnit(m, 1)}`)],
      ['text between units', (m) => m.replace(nthUnit(m, 1), `stray${nthUnit(m, 1)}`)],
      ['a unit taken out', (m) => m.replace(nthUnit(m, 5), '')],
      ['as many changed units as would deserve a cache of their own', (m) => m.replaceAll('civils', 'civilz')],
    ])('is indexed whole again after %s', (_, change) => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      edit(root, change);
      let loaded: ReturnType<typeof loadMemories> | undefined;
      try {
        loaded = loadMemories(project, 'en', SMALL);
      } catch {
        // Text between units: the whole file is read, and the error reported.
        return;
      }
      expect([loaded.built, loaded.patched]).toEqual([[MEMORY], []]);
    });

    it('is never patched from a cache made for another source language', () => {
      const root = sampleProject();
      const units = Array.from(
        { length: 8 },
        (_, i) => `<tu tuid="t${i}"><tuv xml:lang="fr"><seg>Phrase numéro ${i}.</seg></tuv><tuv xml:lang="ar"><seg>الجملة رقم ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence number ${i}.</seg></tuv></tu>\n`,
      );
      write(root, MEMORY, `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>\n<body>\n${units.join('')}</body>\n</tmx>\n`);
      loadMemories(loadProject(root), 'en', SMALL).keep();
      edit(root, (m) => m.replace('Sentence number 3.', 'Sentence number three.'));
      write(root, 'tessera.config.json', JSON.stringify({ sourceLang: 'ar', targetLangs: ['en'] }));
      const project = loadProject(root);
      const loaded = loadMemories(project, 'en', SMALL);
      expect([loaded.built, loaded.patched]).toEqual([[MEMORY], []]);
      expect(lookup(loaded.indexes, { text: 'الجملة رقم 5.' }, { limit: 1 }).map((m) => [m.score, m.entry.target])).toEqual([[100, 'Sentence number 5.']]);
    });

    it('a replaced unit that does not parse: the whole file is read, and the error names its line', () => {
      const root = sampleProject();
      const project = loadProject(root);
      loadMemories(project, 'en', SMALL).keep();
      edit(root, (m) => m.replace(nthUnit(m, 2), nthUnit(m, 2).replace('</seg>', '')));
      expect(() => loadMemories(project, 'en', SMALL)).toThrow(expect.objectContaining({ file: MEMORY, line: expect.any(Number) }));
    });
  });

  it('is used for a memory in UTF-16, as Trados Studio exports them, and rebuilt when it changes', () => {
    const root = sampleProject();
    const utf16 = (xml: string) => Buffer.from(`\ufeff${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le');
    const memory = read(root, 'locales/en/memory.tmx');
    writeFileSync(join(root, 'locales/en/memory.tmx'), utf16(memory));
    const project = loadProject(root);
    const first = loadMemories(project, 'en', ALWAYS);
    first.keep();
    expect(first.built).toEqual(['locales/en/memory.tmx']);
    const again = loadMemories(project, 'en', ALWAYS);
    expect(again.built).toEqual([]);
    expect(best(again)).toEqual(best(first));
    writeFileSync(join(root, 'locales/en/memory.tmx'), utf16(memory.replaceAll('civilians', 'non-combatants')));
    const changed = loadMemories(project, 'en', ALWAYS);
    expect(changed.built).toEqual(['locales/en/memory.tmx']);
    expect(best(changed)).not.toEqual(best(first));
  });

  it('keeps one copy per file of each language', () => {
    const root = sampleProject();
    const project = loadProject(root);
    loadMemories(project, 'en', ALWAYS).keep();
    loadMemories(project, 'ar', ALWAYS).keep();
    expect(cacheFiles(root).map((name) => name.split('.')[1])).toEqual(['ar', 'en']);
  });

  it('uses an index the caller holds for an unchanged file without reading the file', () => {
    const root = withImport();
    const project = loadProject(root);
    const first = loadMemories(project, 'en');
    writeFileSync(join(root, 'locales/en/imported.tmx'), 'not read');
    const again = loadMemories(project, 'en', { reuse: (file) => (file === 'locales/en/imported.tmx' ? first.byFile[1] : undefined) });
    expect(again.built).toEqual(['locales/en/memory.tmx']);
    expect(again.byFile[1]).toBe(first.byFile[1]);
    expect(best(again)).toEqual(best(first));
  });

  it("indexes entries without their units' notes and attributes, which only a rewrite of the file needs", () => {
    const root = sampleProject();
    write(root, 'locales/en/golden.tmx', readFileSync(join(import.meta.dirname, 'fixtures/tmx/golden.tmx'), 'utf8'));
    const project = loadProject(root);
    const fromFile = readMemory(project, 'locales/en/golden.tmx', 'en');
    expect(fromFile.filter((e) => e.tmx !== undefined).length).toBeGreaterThan(0);
    const index = loadMemories(project, 'en').indexes[1]!;
    const indexed = Array.from({ length: index.size }, (_, i) => index.entries.get(i));
    expect(indexed.map((e) => e.tmx)).toEqual(fromFile.map(() => undefined));
    expect(indexed.map((e) => e.target)).toEqual(fromFile.map((e) => e.target));
  });

  it('is ignored and rewritten when unreadable', () => {
    const root = sampleProject();
    const project = loadProject(root);
    const built = loadMemories(project, 'en', ALWAYS);
    built.keep();
    const file = join(root, '.cache', 'tessera', cacheFiles(root)[0]!);
    writeFileSync(file, 'not an index');
    const rebuilt = loadMemories(project, 'en', ALWAYS);
    rebuilt.keep();
    expect(rebuilt.built).toEqual(['locales/en/memory.tmx']);
    expect(best(rebuilt)).toEqual(best(built));
    expect(loadMemories(project, 'en', ALWAYS).built).toEqual([]);
  });

  it('is not written for a memory under the size that pays for it', () => {
    const root = sampleProject();
    const loaded = loadMemories(loadProject(root), 'en');
    loaded.keep();
    expect(loaded.size).toBeGreaterThan(0);
    expect(loaded.built).toEqual(['locales/en/memory.tmx']);
    expect(existsSync(join(root, '.cache'))).toBe(false);
  });
});

/** An imported memory just large enough to have its index cached. */
function largeMemory(): string {
  const units: string[] = [];
  for (let i = 0; i < INDEX_CACHE_MIN_ENTRIES; i++) {
    units.push(
      `<tu tuid="c${i}"><tuv xml:lang="fr"><seg>Le convoi numéro ${i} est arrivé à Mossoul le ${1 + (i % 28)} juin.</seg></tuv>` +
        `<tuv xml:lang="en"><seg>Convoy number ${i} reached Mosul on ${1 + (i % 28)} June.</seg></tuv></tu>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    '<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="fr" datatype="plaintext"/>\n' +
    `<body>\n${units.join('\n')}\n</body>\n</tmx>\n`
  );
}

describe('commands and the cache', () => {
  // A new sentence in the article, so that extract pre-fills from the memories.
  const NEW = 'Le convoi numéro 77 est arrivé à Mossoul le 3 juillet.';
  const withLargeMemory = (): string => {
    const root = sampleProject();
    write(root, 'locales/en/convoys.tmx', largeMemory());
    write(root, 'source-texts/mossoul-2017.md', `${read(root, 'source-texts/mossoul-2017.md').trimEnd()}\n\n${NEW}\n`);
    return root;
  };

  it('extract stopped by a bad file after the memories have loaded writes no cache', async () => {
    const root = withLargeMemory();
    // Documents are extracted in name order: this one fails after mossoul-2017 has been pre-filled.
    write(root, 'source-texts/zz-brief.md', '---\ndate: 2017-07\nlang: fr\n---\n\nUne brève.\n');
    write(root, 'locales/en/zz-brief.po', 'msgid "a"\nmsgstr "b\n');
    const before = snapshot(root);
    const { code, stderr } = await tessera(['extract'], root);
    expect(stderr).toMatch(/locales\/en\/zz-brief\.po:2/);
    expect(code).toBe(2);
    expect(cacheFiles(root)).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('extract that succeeds keeps the large memory\'s index, and only that one', async () => {
    const root = withLargeMemory();
    const { code } = await tessera(['extract'], root);
    expect(code).toBe(0);
    expect(read(root, 'locales/en/mossoul-2017.po')).toContain('Convoy number 77 reached Mosul on 3 July.');
    expect(cacheFiles(root)).toEqual([expect.stringMatching(CACHE_NAME)]);
  });

  it('after the project memory changes, lookup loads the large import from its cache and indexes only the project memory', async () => {
    const root = withLargeMemory();
    expect((await tessera(['tm', 'lookup', NEW, '--to', 'en'], root)).code).toBe(0);
    const [importCache] = cacheFiles(root);
    write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replace('</body>', `<tu tuid="x1"><tuv xml:lang="fr"><seg>${NEW}</seg></tuv><tuv xml:lang="en"><seg>Convoy 77 came into Mosul on 3 July.</seg></tuv></tu>\n</body>`));
    const loaded = loadMemories(loadProject(root), 'en');
    expect(loaded.built).toEqual(['locales/en/memory.tmx']);
    const { code, stdout } = await tessera(['tm', 'lookup', NEW, '--to', 'en', '--format', 'json'], root);
    expect(code).toBe(0);
    const [top] = JSON.parse(stdout).matches;
    expect([top.score, top.target, top.origin]).toEqual([100, 'Convoy 77 came into Mosul on 3 July.', 'locales/en/memory.tmx']);
    expect(cacheFiles(root)).toEqual([importCache]);
  });

  it('tm lookup keeps the index once it has answered, and answers the same from it', async () => {
    const root = withLargeMemory();
    const first = await tessera(['tm', 'lookup', NEW, '--to', 'en', '--format', 'json'], root);
    expect(first.code).toBe(0);
    expect(cacheFiles(root)).toHaveLength(1);
    const second = await tessera(['tm', 'lookup', NEW, '--to', 'en', '--format', 'json'], root);
    expect(second).toEqual(first);
    expect(JSON.parse(first.stdout).matches[0].adapted).toBe('Convoy number 77 reached Mosul on 3 July.');
  });
});

describe('a broken memory file', () => {
  const valid = (seg: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="plaintext"/>\n<body>\n<tu><tuv xml:lang="fr"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>\n</body>\n</tmx>\n`;
  it.each<[string, Buffer, RegExp]>([
    ['invalid UTF-8', Buffer.concat([Buffer.from(valid('é').split('é')[0]!), Buffer.from([0xff, 0xfe]), Buffer.from(valid('é').split('é')[1]!)]), /locales\/en\/broken\.tmx:5: not valid UTF-8/],
    ['malformed XML', Buffer.from(valid('a</tuv>')), /locales\/en\/broken\.tmx:5: /],
  ])('%s: lookup stops with exit 2, names the file and line, and writes nothing', async (_label, bytes, message) => {
    const root = sampleProject();
    writeFileSync(join(root, 'locales/en/broken.tmx'), bytes);
    const before = snapshot(root);
    const { code, stderr } = await tessera(['tm', 'lookup', 'Mossoul', '--to', 'en'], root);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('tells the command when a large file is indexed whole, and when that is over, even if it fails', () => {
    const root = sampleProject();
    const big = largeMemoryTmx();
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(INDEX_NOTICE_BYTES);
    write(root, 'locales/en/big.tmx', big);
    const project = loadProject(root);
    const events: string[] = [];
    const onIndex = (file: string) => {
      events.push(`start ${file}`);
      return () => events.push(`done ${file}`);
    };
    const first = loadMemories(project, 'en', { onIndex });
    // The sample's own memory is small: only the large file is announced.
    expect(events).toEqual(['start locales/en/big.tmx', 'done locales/en/big.tmx']);
    first.keep();
    events.length = 0;
    loadMemories(project, 'en', { onIndex });
    expect(events).toEqual([]);
    write(root, 'locales/en/big.tmx', big.replace('</body>', '<tu><tuv xml:lang="fr"><seg>Sans fin</tuv></tu>\n</body>'));
    expect(() => loadMemories(project, 'en', { onIndex })).toThrow(expect.objectContaining({ file: 'locales/en/big.tmx' }));
    expect(events).toEqual(['start locales/en/big.tmx', 'done locales/en/big.tmx']);
  });
});

describe('the first indexing of a large memory on a terminal', () => {
  it('says how far it has come on one line, step by step, and erases the line before the answer', async () => {
    const root = sampleProject();
    write(root, 'locales/en/big.tmx', largeMemoryTmx());
    const writes: string[] = [];
    let stdout = '';
    const code = await run(['tm', 'lookup', 'Phrase importée numéro 12345, avec assez de mots pour peser.', '--to', 'en', '--limit', '1'], {
      cwd: root,
      env: {},
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => writes.push(s), isTTY: true, columns: 200 },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Imported sentence number 12345');
    const lines = writes.map((w) => w.replace('\r\u001B[K', ''));
    const steps = lines.map((line) => /^indexing locales\/en\/big\.tmx(?:: (.+?))? \(the index is kept in \.cache\/tessera\/ for the next commands\)…$/.exec(line)?.[1]);
    // Every line drawn but the last (which erases it) is the notice.
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => line.startsWith('indexing locales/en/big.tmx'))).toBe(true);
    const percents = steps.filter((step) => step?.startsWith('reading ')).map((step) => Number(/\d+/.exec(step!)![0]));
    expect(percents.length).toBeGreaterThan(1);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(steps.filter((step) => step !== undefined && !step.startsWith('reading '))).toEqual([
      'mapping the units',
      'normalizing the sources',
      'grouping near duplicates',
      'building the gram tables',
      'signatures and histograms',
    ]);
  });
});
