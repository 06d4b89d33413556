// Runs vitest itself on throwaway test files with the CI count reporter, and reads its line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('./fixtures/report/count-reporter/', import.meta.url));
const REPORTER = fileURLToPath(new URL('./support/count-reporter.js', import.meta.url));
const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

/** The child must not believe it runs inside this test worker. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'));

function countLine(files: string[]): { lines: string[]; status: number | null } {
  const child = spawnSync(process.execPath, [VITEST, 'run', '--root', ROOT, `--reporter=${REPORTER}`, ...files], {
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
  });
  return { lines: child.stdout.split('\n').filter((l) => /^\d+ passed, \d+ failed/.test(l)), status: child.status };
}

describe('count reporter (vitest 4)', () => {
  it('counts passed, failed (files that fail to load or whose hooks fail included) and skipped', () => {
    const { lines, status } = countLine([]);
    expect(lines).toEqual(['5 passed, 3 failed, 5 skipped']);
    expect(status).toBe(1);
  });

  it('leaves "skipped" out when nothing was skipped', () => {
    const { lines, status } = countLine(['clean.case.js']);
    expect(lines).toEqual(['2 passed, 0 failed']);
    expect(status).toBe(0);
  });
});
