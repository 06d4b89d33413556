// The only place that touches the file system. Reads name the file in their errors; writes are
// atomic (temp file + rename) and grouped so that a failure leaves every previous file intact.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';

/** Read a UTF-8 text file; a missing or unreadable file is an input error naming it. */
export function readText(root: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? (error as Error).message})`;
    throw new InputError(why, { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError('not valid UTF-8 text', { file, line: firstBadUtf8Line(bytes) });
  }
}

/** Read a text file if it exists. */
export function readTextIfExists(root: string, file: string): string | undefined {
  return exists(root, file) ? readText(root, file) : undefined;
}

export function exists(root: string, file: string): boolean {
  try {
    statSync(join(root, file));
    return true;
  } catch {
    return false;
  }
}

/** Names of the files in a folder with the given extension, sorted; empty when absent. */
export function listFiles(root: string, dir: string, extension: string): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((name) => name.endsWith(extension))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Write several files as one step: every file goes to a temp file first, and only when all are
 * written are they renamed over the targets. Unchanged files are left untouched.
 * @returns The paths (relative to root) that changed.
 */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string>): string[] {
  const staged: Array<[string, string]> = [];
  try {
    for (const [file, content] of files) {
      const target = join(root, file);
      let previous: string | undefined;
      try {
        previous = readFileSync(target, 'utf8');
      } catch {
        previous = undefined;
      }
      if (previous === content) continue;
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temp, content, 'utf8');
      staged.push([temp, target]);
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of staged) renameSync(temp, target);
  return staged.map(([, target]) => relative(root, target));
}

function firstBadUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
