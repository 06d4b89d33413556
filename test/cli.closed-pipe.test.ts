// `tessera … | head`: the reader closes the pipe early. The command runs to its end, quietly,
// with its own exit code (the launcher in bin/, so this runs the compiled CLI that npm test builds).
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropOutputWhenClosed } from '../src/cli/closed-pipe.js';
import { REPO, sampleProject } from './support/cli.js';

const COMPILED = existsSync(join(REPO, 'lib', 'cli', 'main.js'));

/** Runs the launcher, reads its first chunk of stdout, then closes the pipe as `head` does. */
function runThenClose(args: string[], cwd: string): Promise<{ code: number | null; stderr: string; read: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'tessera.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, read }));
  });
}

describe.skipIf(!COMPILED)('a closed output pipe (needs lib/: npm test compiles it)', () => {
  it('lets a long tm lookup --batch finish with exit 0 and no stack trace', async () => {
    const root = sampleProject();
    // About 200 KB of JSON lines: more than a pipe holds, so writes meet the closed pipe.
    const queries = Array.from({ length: 3000 }, (_, i) => `Le conflit a fait ${i} morts à Mossoul.`).join('\n');
    writeFileSync(join(root, 'queries.txt'), queries);
    const { code, stderr, read } = await runThenClose(['tm', 'lookup', '--batch', 'queries.txt', '--to', 'en'], root);
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(200_000);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});

describe('dropOutputWhenClosed', () => {
  it.each(['EPIPE', 'ERR_STREAM_DESTROYED'])('drops %s', (code) => {
    const stream = new EventEmitter();
    dropOutputWhenClosed(stream);
    expect(() => stream.emit('error', Object.assign(new Error('write'), { code }))).not.toThrow();
  });

  it('leaves any other error fatal (a full disk is not a reader gone)', () => {
    const stream = new EventEmitter();
    dropOutputWhenClosed(stream);
    expect(() => stream.emit('error', Object.assign(new Error('write'), { code: 'ENOSPC' }))).toThrow('write');
  });
});
