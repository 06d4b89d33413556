// Test helpers: run the CLI in-process and work on a throwaway copy of a project.
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `tessera ARGS` in `cwd`, capturing its output. */
export async function tessera(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

/** A temp copy of the repository's sample project (config, sources, locales). */
export function sampleProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-sample-'));
  for (const part of ['tessera.config.json', 'source-texts', 'locales']) {
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  }
  return dir;
}

/** A temp project made of the given files. */
export function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-project-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export function write(dir: string, file: string, content: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

/** Every file under `dir` with its content, to prove that a failed command wrote nothing. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? join(sub, name) : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.set(rel, readFileSync(join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return out;
}
