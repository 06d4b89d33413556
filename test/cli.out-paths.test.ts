// --out takes an absolute path as it is: `build --out /srv/site` and `tm export --out /tmp/x.tmx`
// used to write under the project (`<root>/srv/site`) while saying they wrote where asked.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleProject, tessera } from './support/cli.js';

const elsewhere = (): string => mkdtempSync(join(tmpdir(), 'tessera-out-'));

describe('an absolute --out', () => {
  it('build writes the editions there, and nothing under the project', async () => {
    const root = sampleProject();
    const site = join(elsewhere(), 'site');
    const { code, stdout } = await tessera(['build', '--out', site], root);
    expect(code).toBe(0);
    expect(stdout).toContain(`into ${site}/`);
    for (const file of ['en/mossoul-2017.md', 'ar/mossoul-2017.html', 'i18n/ar/mossoul-2017.json', 'i18n/fr/mossoul-2017.json']) {
      expect(existsSync(join(site, file))).toBe(true);
    }
    expect(existsSync(join(root, site))).toBe(false);
  });

  it('tm export writes the memory there', async () => {
    const root = sampleProject();
    const file = join(elsewhere(), 'en.tmx');
    const { code, stdout } = await tessera(['tm', 'export', '--to', 'en', '--out', file], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^wrote \\d+ entries to ${file}\\n$`));
    expect(readFileSync(file, 'utf8')).toContain('<tmx version="1.4">');
    expect(existsSync(join(root, file))).toBe(false);
  });

  it('export writes the XLIFF there', async () => {
    const root = sampleProject();
    const file = join(elsewhere(), 'ar.xlf');
    expect((await tessera(['export', '--to', 'ar', '--out', file], root)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<xliff');
  });
});

describe('a relative --out', () => {
  it('build: under the project, as before', async () => {
    const root = sampleProject();
    expect((await tessera(['build', '--out', 'site'], root)).code).toBe(0);
    expect(existsSync(join(root, 'site', 'en', 'mossoul-2017.md'))).toBe(true);
  });
});
