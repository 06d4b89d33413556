// vitest globalSetup: every temporary folder the tests make (throwaway projects, browser
// profiles, served workspaces) goes under one folder per run, removed when the run ends, so that
// running the suite again and again does not fill the machine's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'tessera-test-run-'));
  // os.tmpdir() reads TMPDIR on every call, in the test workers too (they inherit it).
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
