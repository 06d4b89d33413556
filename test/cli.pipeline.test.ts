import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePo } from '../src/catalog/index.js';
import { HAS_MSGFMT } from './fixtures/catalog/gettext-tools.js';
import { read, sampleProject, snapshot, tessera, write } from './support/cli.js';


describe('the sample project, end to end', () => {
  it('is in sync: extract changes nothing', async () => {
    const dir = sampleProject();
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['extract'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('mossoul-2017: 14 segments (0 new, 0 changed, 0 removed)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('checks clean and is fully translated', async () => {
    const dir = sampleProject();
    const check = await tessera(['check', '--format', 'json'], dir);
    const report = JSON.parse(check.stdout) as { summary: { errors: number }; issues: Array<{ severity: string; rule: string; message: string }> };
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(check.code).toBe(0);
    const status = JSON.parse((await tessera(['status', '--format', 'json'], dir)).stdout) as { documents: Array<{ lang: string; percent: number; total: number }> };
    expect(status.documents.map((d) => [d.lang, d.total, d.percent])).toEqual([
      ['en', 14, 100],
      ['ar', 14, 100],
    ]);
  });

  it('builds Markdown, HTML and i18next bundles for both editions', async () => {
    const dir = sampleProject();
    const { code } = await tessera(['build'], dir);
    expect(code).toBe(0);
    for (const lang of ['en', 'ar']) {
      expect(existsSync(join(dir, 'dist', lang, 'mossoul-2017.md'))).toBe(true);
      const bundle = JSON.parse(read(dir, `dist/i18n/${lang}/mossoul-2017.json`)) as Record<string, string>;
      expect(Object.keys(bundle)).toHaveLength(14);
    }
    const ar = read(dir, 'dist/ar/mossoul-2017.html');
    expect(ar).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
    expect(ar).toContain('يوليو 2017');
    expect(read(dir, 'dist/en/mossoul-2017.html')).toContain('July 2017');
  });

  it('keeps IDs and marks the translation fuzzy when a figure is corrected', async () => {
    const dir = sampleProject();
    const idsOf = async (): Promise<string[]> =>
      (JSON.parse((await tessera(['segment', 'source-texts/mossoul-2017.md', '--format', 'json'], dir)).stdout) as Array<{ id: string }>).map((s) => s.id);
    const ids = await idsOf();
    write(dir, 'source-texts/mossoul-2017.md', read(dir, 'source-texts/mossoul-2017.md').replace('au moins 426 civils', 'au moins 450 civils'));
    const drift = await tessera(['check', '--format', 'json', '--lang', 'en'], dir);
    expect(drift.code).toBe(1);
    const issues = (JSON.parse(drift.stdout) as { issues: Array<{ rule: string; file: string; line: number }> }).issues;
    expect(issues.filter((i) => i.rule === 'stale')).toHaveLength(1);
    expect(issues[0]?.file).toBe('locales/en/mossoul-2017.po');
    expect((await tessera(['extract'], dir)).code).toBe(0);
    expect(await idsOf()).toEqual(ids);
    const po = parsePo(read(dir, 'locales/en/mossoul-2017.po'), 'en.po', 'en');
    const changed = po.entries.filter((e) => e.fuzzy);
    // Only the figure changed: the translation gets it, and stays fuzzy for review.
    expect(changed.map((e) => [e.previousSource?.includes('426 civils'), e.source.includes('450 civils'), e.target.includes('450 civilians')])).toEqual([[true, true, true]]);
    const build = await tessera(['build', '--lang', 'en'], dir);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/en\/mossoul-2017: 1 segment\(s\) not publishable: s-[a-z0-9]+ \(fuzzy\)/);
    const fallback = await tessera(['build', '--lang', 'en', '--allow-incomplete'], dir);
    expect(fallback.code).toBe(0);
    expect(read(dir, 'dist/en/mossoul-2017.html')).toContain('lang="fr"');
  });

  it('never loses a translation when a sentence is deleted', async () => {
    const dir = sampleProject();
    const source = read(dir, 'source-texts/mossoul-2017.md');
    write(dir, 'source-texts/mossoul-2017.md', source.replace(/Les troupes gouvernementales[^\n]*États-Unis\./, '').replace(/ +\n/g, '\n'));
    expect((await tessera(['extract'], dir)).code).toBe(0);
    const po = parsePo(read(dir, 'locales/ar/mossoul-2017.po'), 'ar.po', 'ar');
    const gone = po.entries.filter((e) => e.obsolete);
    expect(gone.map((e) => [e.source.slice(0, 28), e.target.slice(0, 21)])).toEqual([['Les troupes gouvernementales', 'وتحظى القوات الحكومية']]);
    expect(po.entries.filter((e) => !e.obsolete && e.target === '')).toEqual([]);
  });

  it('warns about a catalog whose source article was deleted, and keeps its files', async () => {
    const dir = sampleProject();
    rmSync(join(dir, 'source-texts/mossoul-2017.md'));
    write(dir, 'source-texts/other.md', 'Une autre dépêche.\n');
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['check', '--format', 'json'], dir);
    const issues = (JSON.parse(stdout) as { issues: Array<{ rule: string; severity: string; file: string; doc: string }> }).issues;
    expect(issues.filter((i) => i.doc === 'mossoul-2017')).toEqual([
      expect.objectContaining({ rule: 'obsolete', severity: 'warning', file: 'locales/mossoul-2017.pot' }),
    ]);
    expect(code).toBe(1); // other.md is not extracted yet: missing segments
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(!HAS_MSGFMT)('writes PO files that msgfmt --check accepts', async () => {
    const dir = sampleProject();
    for (const lang of ['en', 'ar']) {
      execFileSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, `locales/${lang}/mossoul-2017.po`)]);
    }
    execFileSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, 'locales/mossoul-2017.pot')]);
  });

  it('refuses a PO file with a git conflict marker, naming file and line, and writes nothing', async () => {
    const dir = sampleProject();
    const po = read(dir, 'locales/en/mossoul-2017.po').split('\n');
    po.splice(20, 0, '<<<<<<< HEAD');
    write(dir, 'locales/en/mossoul-2017.po', po.join('\n'));
    write(dir, 'source-texts/mossoul-2017.md', `${read(dir, 'source-texts/mossoul-2017.md')}\nUne phrase ajoutée.\n`);
    const before = snapshot(dir);
    const { code, stderr } = await tessera(['extract'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/locales\/en\/mossoul-2017\.po:21: /);
    expect(snapshot(dir)).toEqual(before);
  });
});
