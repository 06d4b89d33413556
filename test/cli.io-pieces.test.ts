// writeFilesAtomically with a file's content in pieces (a streamed memory): written whole, and an
// input error while the pieces are made leaves every target as it was, reported as it is.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../src/cli/io.js';
import { InputError } from '../src/errors.js';

function* pieces(count: number, failAt = -1): Generator<string> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new InputError('not a memory', { file: 'in.tmx', line: 7 });
    yield `<tu n="${i}">${'é'.repeat(i % 500)}</tu>\n`;
  }
}
const expected = (count: number): string => [...pieces(count)].join('');

describe('writeFilesAtomically with pieces', () => {
  it('writes text pieces (more than a megabyte of them) and plain strings together', () => {
    const root = mkdtempSync(join(tmpdir(), 'tessera-pieces-'));
    writeFileSync(join(root, 'a.txt'), 'before');
    const changed = writeFilesAtomically(root, new Map<string, string | Iterable<string>>([['a.txt', 'after'], ['big.tmx', pieces(20_000)]]));
    expect(changed).toEqual(['a.txt', 'big.tmx']);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('after');
    expect(readFileSync(join(root, 'big.tmx'), 'utf8')).toBe(expected(20_000));
    expect(readFileSync(join(root, 'big.tmx')).length).toBeGreaterThan(1 << 20);
  });

  it('an input error while the pieces are made: no target changed, no temp file left, the error as it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'tessera-pieces-'));
    writeFileSync(join(root, 'a.txt'), 'before');
    writeFileSync(join(root, 'big.tmx'), 'old memory');
    let thrown: unknown;
    try {
      writeFilesAtomically(root, new Map<string, string | Iterable<string>>([['a.txt', 'after'], ['big.tmx', pieces(20_000, 15_000)]]));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe('not a memory');
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'big.tmx']);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('before');
    expect(readFileSync(join(root, 'big.tmx'), 'utf8')).toBe('old memory');
  });
});
