// Bad input and failed writes (issue 3, item 6): a file edited by hand, a merge left half done,
// an unreadable source. Every command says ONE thing on stderr, `file:line: message`, exits 2
// and writes nothing; a write that fails half-way leaves the previous files as they were.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { read, sampleProject, snapshot, tessera, write } from './support/cli.js';

// Failures of the file system on demand: `failRename(n)` makes the n-th rename of the next write
// throw (a full disk, or a crash half-way through the renames). Everything else is the real fs.
const hooks = vi.hoisted(() => ({ renameFailsAt: 0, renames: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof real.renameSync = (from, to) => {
    hooks.renames++;
    if (hooks.renameFailsAt > 0 && hooks.renames === hooks.renameFailsAt) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${String(from)}'`), { code: 'ENOSPC' });
    }
    real.renameSync(from, to);
  };
  return { ...real, default: { ...real, renameSync }, renameSync };
});
function failRename(n: number): void {
  hooks.renames = 0;
  hooks.renameFailsAt = n;
}
afterEach(() => {
  hooks.renameFailsAt = 0;
  vi.restoreAllMocks();
});

const SOURCE = 'source-texts/mossoul-2017.md';
const POT = 'locales/mossoul-2017.pot';
const PO_EN = 'locales/en/mossoul-2017.po';
const IS_ROOT = process.getuid?.() === 0;

/** The sample project with a correction in the source, so that extract and build have
 * something to write: a command that wrote anything would show in the snapshot. */
function revisedSample(): string {
  const dir = sampleProject();
  write(dir, SOURCE, read(dir, SOURCE).replace('au moins 426 civils', 'au moins 450 civils'));
  return dir;
}

/** Replace the line that starts with `start` (the first one) by `lines`. */
function replaceLine(text: string, start: string, ...lines: string[]): string {
  const all = text.split('\n');
  const k = all.findIndex((l) => l.startsWith(start));
  if (k < 0) throw new Error(`no line starts with ${start}`);
  all.splice(k, 1, ...lines);
  return all.join('\n');
}

/** 1-based line of the first line that starts with `start`. */
function lineStarting(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
}

interface Breakage {
  name: string;
  /** Breaks the project; returns the `file:line` (or `file`) the message must start with. */
  apply(dir: string): string;
  /** Commands that read the broken file. */
  commands: string[][];
}

const ALL = [['extract'], ['check'], ['status'], ['build', '--allow-incomplete']];

const BREAKAGES: Breakage[] = [
  {
    name: 'a PO file with a syntax error (unterminated string)',
    apply(dir) {
      const po = replaceLine(read(dir, PO_EN), 'msgctxt "s-lqmsv8"', 'msgctxt "s-lqmsv8');
      write(dir, PO_EN, po);
      return `${PO_EN}:${lineStarting(po, 'msgctxt "s-lqmsv8')}`;
    },
    commands: ALL,
  },
  {
    name: 'a PO file with a duplicated msgctxt',
    apply(dir) {
      const po = replaceLine(read(dir, PO_EN), 'msgctxt "s-2kyn1d"', 'msgctxt "s-lqmsv8"');
      write(dir, PO_EN, po);
      return `${PO_EN}:${po.split('\n').lastIndexOf('msgctxt "s-lqmsv8"') + 1}`;
    },
    commands: ALL,
  },
  {
    name: 'a PO file with a git conflict left by a merge',
    apply(dir) {
      const po = replaceLine(
        read(dir, PO_EN),
        '"hundreds or even thousands of civilians in the process”."',
        '<<<<<<< HEAD',
        '"hundreds or even thousands of civilians in the process”."',
        '=======',
        '"hundreds, even thousands, of civilians”."',
        '>>>>>>> review/en',
      );
      write(dir, PO_EN, po);
      return `${PO_EN}:${lineStarting(po, '<<<<<<<')}`;
    },
    commands: ALL,
  },
  {
    name: 'a catalog (POT) with a translation typed into it',
    apply(dir) {
      const pot = read(dir, POT).replace(/(msgctxt "s-lqmsv8"\nmsgid ""\n(?:".*"\n)+)msgstr ""/, '$1msgstr "Thus"');
      write(dir, POT, pot);
      return `${POT}:${lineStarting(pot, 'msgctxt "s-lqmsv8"')}`;
    },
    commands: ALL,
  },
  {
    name: 'a catalog (POT) cut off in the middle of an entry',
    apply(dir) {
      const pot = read(dir, POT);
      const cut = pot.slice(0, pot.indexOf('msgctxt "s-2kyn1d"')) + 'msgctxt "s-2kyn1d"\n';
      write(dir, POT, cut);
      return `${POT}:${lineStarting(cut, 'msgctxt "s-2kyn1d"')}`;
    },
    commands: ALL,
  },
  {
    name: 'a source that is a folder',
    apply(dir) {
      fs.rmSync(join(dir, SOURCE));
      fs.mkdirSync(join(dir, SOURCE));
      fs.writeFileSync(join(dir, SOURCE, 'notes.txt'), 'not an article\n');
      return SOURCE;
    },
    commands: ALL,
  },
  {
    name: 'a source with invalid UTF-8 (a Latin-1 "é" pasted in)',
    apply(dir) {
      const text = read(dir, SOURCE);
      const at = Buffer.byteLength(text.slice(0, text.indexOf('Néanmoins')), 'utf8');
      const bytes = Buffer.from(text, 'utf8');
      // "Néanmoins" → "N\xE9anmoins": é in Latin-1 is one byte, invalid in UTF-8.
      fs.writeFileSync(join(dir, SOURCE), Buffer.concat([bytes.subarray(0, at + 1), Buffer.from([0xe9]), bytes.subarray(at + 3)]));
      return `${SOURCE}:${lineStarting(text, 'Néanmoins')}`;
    },
    commands: ALL,
  },
  {
    name: 'a glossary with an unclosed quote',
    apply(dir) {
      const csv = read(dir, 'locales/glossary.csv').replace('Lynn Maalouf,Lynn Maalouf,', 'Lynn Maalouf,"Lynn Maalouf,');
      write(dir, 'locales/glossary.csv', csv);
      return 'locales/glossary.csv:';
    },
    // Only check (and qa) read the glossary; extract, status and build do not need it.
    commands: [['check']],
  },
  {
    name: 'a glossary row with a missing cell',
    apply(dir) {
      const csv = read(dir, 'locales/glossary.csv').replace(/^Lynn Maalouf,Lynn Maalouf,لين معلوف,.*$/m, 'Lynn Maalouf,Lynn Maalouf');
      write(dir, 'locales/glossary.csv', csv);
      return `locales/glossary.csv:${lineStarting(csv, 'Lynn Maalouf')}`;
    },
    commands: [['check']],
  },
  {
    name: 'a config with a trailing comma',
    apply(dir) {
      write(dir, 'tessera.config.json', '{\n  "sourceLang": "fr",\n  "targetLangs": ["en", "ar"],\n}\n');
      return 'tessera.config.json:4';
    },
    commands: ALL,
  },
  {
    name: 'a config with an unknown language',
    apply(dir) {
      write(dir, 'tessera.config.json', '{\n  "sourceLang": "fr",\n  "targetLangs": ["en",\n    "ar", "arabic"]\n}\n');
      return 'tessera.config.json:4';
    },
    commands: ALL,
  },
];

const CASES = BREAKAGES.flatMap((b) => b.commands.map((args) => ({ ...b, args, label: `${args[0]}: ${b.name}` })));

/** Files whose name marks a temp file of an atomic write. */
function temps(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((f) => f.endsWith('.tmp'));
}

describe('bad input: one message with file and line, exit 2, nothing written', () => {
  it.each(CASES)('$label', async ({ apply, args }) => {
    const dir = revisedSample();
    const where = apply(dir);
    const before = snapshot(dir);
    const { code, stdout, stderr } = await tessera(args, dir);
    expect(stderr).toMatch(new RegExp(`^tessera ${args[0]}: ${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${where.endsWith(':') ? '\\d+: ' : ': '}\\S.*\\n$`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('the same project without the breakage does write (so "nothing written" above can fail)', async () => {
    const dir = revisedSample();
    const before = snapshot(dir);
    expect((await tessera(['extract'], dir)).code).toBe(0);
    expect((await tessera(['build', '--allow-incomplete'], dir)).code).toBe(0);
    const after = snapshot(dir);
    expect(after.get(PO_EN)).not.toBe(before.get(PO_EN));
    expect([...after.keys()].filter((f) => f.startsWith('dist/'))).toHaveLength(7);
  });

  it.skipIf(IS_ROOT)('an unreadable source (no read permission)', async () => {
    const dir = revisedSample();
    const before = snapshot(dir);
    fs.chmodSync(join(dir, SOURCE), 0o000);
    try {
      for (const args of ALL) {
        const { code, stderr } = await tessera(args, dir);
        expect(code).toBe(2);
        expect(stderr).toMatch(new RegExp(`^tessera ${args[0]}: ${SOURCE}: cannot read \\(EACCES\\)\\n$`));
      }
    } finally {
      fs.chmodSync(join(dir, SOURCE), 0o644);
    }
    expect(snapshot(dir)).toEqual(before);
  });
  if (IS_ROOT) console.warn('running as root, which can read any file: skipping the no-read-permission test');
});

describe('atomic writes', () => {
  let dir: string;
  beforeEach(async () => {
    // A built project whose source was then corrected: the next extract and build rewrite files.
    dir = sampleProject();
    expect((await tessera(['build'], dir)).code).toBe(0);
    write(dir, SOURCE, read(dir, SOURCE).replace('au moins 426 civils', 'au moins 450 civils'));
  });

  it('a folder in the way of one output: build restores the outputs it had replaced, leaves no temp file', async () => {
    // dist/ar/… comes after the English edition, which is renamed into place first.
    fs.rmSync(join(dir, 'dist/ar/mossoul-2017.html'));
    fs.mkdirSync(join(dir, 'dist/ar/mossoul-2017.html'));
    fs.writeFileSync(join(dir, 'dist/ar/mossoul-2017.html/keep.txt'), 'someone else’s file\n');
    const before = snapshot(dir);
    const { code, stderr } = await tessera(['build', '--allow-incomplete'], dir);
    expect(stderr).toMatch(/^tessera build: dist\/ar\/mossoul-2017\.html: cannot write \((EISDIR|ENOTEMPTY|EEXIST)\); no file was changed\n$/);
    expect(code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(temps(dir)).toEqual([]);
  });

  it.each([1, 2, 3])('extract failing at rename %i of 3 leaves the catalog and both PO files as they were', async (n) => {
    const before = snapshot(dir);
    failRename(n);
    const { code, stderr } = await tessera(['extract'], dir);
    expect(hooks.renames).toBeGreaterThanOrEqual(n);
    expect(stderr).toMatch(/^tessera extract: locales\/\S+: cannot write \(ENOSPC\); no file was changed\n$/);
    expect(code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(temps(dir)).toEqual([]);
  });

  it.each(['folder', 'file'])('extract that cannot create its temp file (a %s in its place) leaves everything as it was', async (kind) => {
    const now = 1_700_000_000_000;
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const blocked = `locales/ar/mossoul-2017.po.${process.pid}.${now}.tmp`;
    if (kind === 'folder') fs.mkdirSync(join(dir, blocked));
    else fs.writeFileSync(join(dir, blocked), 'not ours\n');
    const before = snapshot(dir);
    const { code, stderr } = await tessera(['extract'], dir);
    expect(stderr).toMatch(/^tessera extract: locales\/ar\/mossoul-2017\.po: cannot write \((EEXIST|EISDIR)\); no file was changed\n$/);
    expect(code).toBe(2);
    // What was at the temp path is someone else's: neither overwritten nor removed.
    expect(snapshot(dir)).toEqual(before);
    expect(temps(dir)).toEqual(kind === 'file' ? [blocked] : []);
  });

  it.each([1, 2])('tm update, whose memories are written as they stream, failing at rename %i of 2 leaves both as they were', async (n) => {
    // Both memories to write: one harvested anew, one with an entry of another document.
    fs.rmSync(join(dir, 'locales/en/memory.tmx'));
    write(dir, 'locales/ar/memory.tmx', read(dir, 'locales/ar/memory.tmx').replace('<tu tuid="', '<tu tuid="s-other"><prop type="x-doc">autre</prop><tuv xml:lang="fr"><seg>Autre.</seg></tuv><tuv xml:lang="ar"><seg>آخر.</seg></tuv></tu>\n<tu tuid="'));
    const arabic = read(dir, 'locales/ar/memory.tmx');
    write(dir, 'locales/ar/mossoul-2017.po', read(dir, 'locales/ar/mossoul-2017.po').replace('ويمنعونهم من الاحتماء.', 'ويمنعونهم من الاحتماء من القتال.'));
    const before = snapshot(dir);
    failRename(n);
    const { code, stderr } = await tessera(['tm', 'update'], dir);
    expect(stderr).toMatch(/^tessera tm: locales\/(en|ar)\/memory\.tmx: cannot write \(ENOSPC\); no file was changed\n$/);
    expect(code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(temps(dir)).toEqual([]);
    hooks.renameFailsAt = 0;
    const { stdout } = await tessera(['tm', 'update'], dir);
    // The segment whose source was corrected is stale: 13 of the 14 are harvested.
    expect(stdout).toBe('locales/en/memory.tmx: 13 entries (13 added, 0 changed)\nlocales/ar/memory.tmx: 15 entries (0 added, 1 changed)\n');
    expect(read(dir, 'locales/ar/memory.tmx')).toContain('ويمنعونهم من الاحتماء من القتال.');
    expect(read(dir, 'locales/ar/memory.tmx')).toContain('<seg>آخر.</seg>');
    expect(read(dir, 'locales/ar/memory.tmx')).not.toBe(arabic);
  });

  it('a failed write removes the folders it created for new outputs', async () => {
    failRename(2);
    const { code } = await tessera(['build', '--allow-incomplete', '--out', 'site/public'], dir);
    expect(code).toBe(2);
    expect(fs.existsSync(join(dir, 'site'))).toBe(false);
  });

  it('after a failed extract, the next one succeeds and writes the update', async () => {
    failRename(2);
    expect((await tessera(['extract'], dir)).code).toBe(2);
    hooks.renameFailsAt = 0;
    const again = await tessera(['extract'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('mossoul-2017: 14 segments (0 new, 1 changed, 0 removed)');
    expect(read(dir, PO_EN)).toContain('#| msgid ""');
  });
});
