// A large memory's index is cached in .cache/tessera/ under a hash of the memory files: reused
// while they are unchanged, rebuilt (and the stale copy removed) when they change, ignored when
// unreadable, never written for small memories, and only written by a command that succeeds.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_CACHE_MIN_ENTRIES, loadMemories } from '../src/cli/memories.js';
import { loadProject } from '../src/cli/project.js';
import { lookup } from '../src/memory/index.js';
import { read, sampleProject, snapshot, tessera, write } from './support/cli.js';

// The sample's sentence with a new figure: a fuzzy match, adapted.
const QUERY =
  "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 450 civils ont été tués.";

function cacheFiles(root: string): string[] {
  const dir = join(root, '.cache', 'tessera');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

const best = (loaded: ReturnType<typeof loadMemories>) =>
  lookup(loaded.index, { text: QUERY }, { limit: 3 }).map((m) => [m.score, m.entry.source, m.entry.target, m.adapted]);

describe('the memory index cache', () => {
  it('is written once, then loaded while the memory files are unchanged', () => {
    const root = sampleProject();
    const project = loadProject(root);
    const built = loadMemories(project, 'en', 0);
    expect(built.cached).toBe(false);
    expect(cacheFiles(root)).toEqual([]);
    built.keep();
    expect(cacheFiles(root)).toEqual([expect.stringMatching(/^memory\.en\.[0-9a-f]{20}\.idx$/)]);
    const again = loadMemories(project, 'en', 0);
    expect(again.cached).toBe(true);
    expect(again.size).toBe(built.size);
    expect(again.files).toEqual(built.files);
    expect(best(again)).toEqual(best(built));
    expect(best(again).length).toBeGreaterThan(0);
  });

  it('is rebuilt when a memory file changes, and the stale copy goes', () => {
    const root = sampleProject();
    const project = loadProject(root);
    loadMemories(project, 'en', 0).keep();
    const before = cacheFiles(root);
    write(root, 'locales/en/memory.tmx', read(root, 'locales/en/memory.tmx').replaceAll('civilians', 'civilian residents'));
    const changed = loadMemories(project, 'en', 0);
    changed.keep();
    expect(changed.cached).toBe(false);
    expect(best(changed).some(([, , target]) => String(target).includes('civilian residents'))).toBe(true);
    expect(cacheFiles(root)).toHaveLength(1);
    expect(cacheFiles(root)).not.toEqual(before);
  });

  it('keeps one copy per language', () => {
    const root = sampleProject();
    const project = loadProject(root);
    loadMemories(project, 'en', 0).keep();
    loadMemories(project, 'ar', 0).keep();
    expect(cacheFiles(root).map((name) => name.split('.')[1])).toEqual(['ar', 'en']);
  });

  it('is ignored and rewritten when unreadable', () => {
    const root = sampleProject();
    const project = loadProject(root);
    const built = loadMemories(project, 'en', 0);
    built.keep();
    const file = join(root, '.cache', 'tessera', cacheFiles(root)[0]!);
    writeFileSync(file, 'not an index');
    const rebuilt = loadMemories(project, 'en', 0);
    rebuilt.keep();
    expect(rebuilt.cached).toBe(false);
    expect(best(rebuilt)).toEqual(best(built));
    expect(loadMemories(project, 'en', 0).cached).toBe(true);
  });

  it('is not written for a memory under the size that pays for it', () => {
    const root = sampleProject();
    const loaded = loadMemories(loadProject(root), 'en');
    loaded.keep();
    expect(loaded.size).toBeGreaterThan(0);
    expect(loaded.cached).toBe(false);
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
    expect(cacheFiles(root)).toEqual([expect.stringMatching(/^memory\.en\.[0-9a-f]{20}\.idx$/)]);
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
});
