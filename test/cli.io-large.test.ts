// Files past readFileSync's 2 GiB: read a piece at a time into one Buffer, and past what a Buffer
// holds, refused with a message naming the file; bytes written a piece at a time, since writeSync
// refuses 2 GiB at once. A sparse file stands for a large one: its size is known without a byte
// on disk, and the refusal reads none of it.
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes, readInPieces, writeBytes } from '../src/cli/io.js';
import { InputError } from '../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'tessera-large-'));

function sparse(name: string, size: number): string {
  const fd = openSync(join(root, name), 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return name;
}

describe('readInPieces', () => {
  const content = Buffer.from('<tu><tuv xml:lang="fr"><seg>Barre de défilement</seg></tuv></tu>\n'.repeat(50));
  writeFileSync(join(root, 'small.tmx'), content);

  it.each([1, 7, 64, content.length - 1, content.length, 1 << 30])('reads the whole file in pieces of %i bytes', (piece) => {
    expect(readInPieces(join(root, 'small.tmx'), 'small.tmx', piece).equals(content)).toBe(true);
  });

  it('reads an empty file as no bytes', () => {
    writeFileSync(join(root, 'empty.tmx'), '');
    expect(readInPieces(join(root, 'empty.tmx'), 'empty.tmx').length).toBe(0);
  });
});

describe('a file larger than a Buffer holds', () => {
  it('is refused by readBytes (past readFileSync, through readInPieces) with its name and size, without reading it', () => {
    const file = sparse('huge.tmx', constants.MAX_LENGTH + 2 ** 30);
    let thrown: unknown;
    try {
      readBytes(root, file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).file).toBe('huge.tmx');
    expect((thrown as InputError).message).toBe(
      `is ${(constants.MAX_LENGTH / 2 ** 30 + 1).toFixed(1)} GiB, more than the ${(constants.MAX_LENGTH / 2 ** 30).toFixed(1)} GiB a file may have here; split it into several files`,
    );
  });
});

describe('writeBytes', () => {
  it.each([1, 3, 64, 1 << 30])('writes all the bytes in calls of at most %i bytes', (piece) => {
    const bytes = Buffer.from('<tu><seg>défilement</seg></tu>\n'.repeat(40));
    const path = join(root, `written-${piece}.tmx`);
    const fd = openSync(path, 'w');
    try {
      writeBytes(fd, bytes.subarray(5, bytes.length - 7), piece);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path).equals(bytes.subarray(5, bytes.length - 7))).toBe(true);
  });
});
