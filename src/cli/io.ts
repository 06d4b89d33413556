// The only place that touches the file system. Reads name the file in their errors; writes are
// atomic (temp file + rename) and grouped so that a failure leaves every previous file intact.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { encodingName, firstBadLine, sniffEncoding, UnsupportedEncodingError } from '../formats/encoding.js';

/**
 * Read a text file (UTF-8, or what its BOM or XML declaration says: see formats/encoding.ts); a
 * missing or unreadable file is an input error naming it.
 */
export function readText(root: string, file: string): string {
  return decodeText(readBytes(root, file), file);
}

/** Read a file's bytes; a missing or unreadable file is an input error naming it. */
export function readBytes(root: string, file: string): Buffer {
  try {
    return readWhole(join(root, file), file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? (error as Error).message})`;
    throw new InputError(why, { file });
  }
}

/** A file's bytes: readFileSync's, or past the 2 GiB it stops at (a memory of some ten million units), readInPieces'. */
function readWhole(path: string, file: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE') return readInPieces(path, file);
    throw error;
  }
}

/** A file's bytes read a piece at a time into one Buffer (for files readFileSync refuses); a file larger than a Buffer can hold is an input error. */
export function readInPieces(path: string, file: string, piece = 1 << 30): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > bufferConstants.MAX_LENGTH) {
      const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
      throw new InputError(`is ${gib(size)}, more than the ${gib(bufferConstants.MAX_LENGTH)} a file may have here; split it into several files`, { file });
    }
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const read = readSync(fd, bytes, at, Math.min(piece, size - at), at);
      if (read === 0) break;
      at += read;
    }
    // A file that shrank while it was read ends where it ended.
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes as text (a leading BOM dropped); bytes invalid in its encoding are an input error naming the line. */
function decodeText(bytes: Buffer, file: string): string {
  let text = '';
  decodeChunks(bytes, file, (piece) => (text += piece), bytes.length + 1);
  return text;
}

/** The encoding of a file's bytes; an encoding its XML declaration names but no decoder knows is an input error. */
function encodingOf(bytes: Buffer, file: string): string {
  try {
    return sniffEncoding(bytes);
  } catch (error) {
    if (error instanceof UnsupportedEncodingError) throw new InputError(error.message, { file, line: 1 });
    throw error;
  }
}

/**
 * A file's bytes as text handed over in pieces of about `chunk` bytes (a leading BOM dropped),
 * so that a file of hundreds of megabytes never becomes one string; bytes invalid in its
 * encoding are an input error naming the line.
 */
export function decodeChunks(bytes: Buffer, file: string, onText: (text: string) => void, chunk = 1 << 20): void {
  for (const text of textPieces(bytes, file, chunk)) onText(text);
}

/** decodeChunks as a generator, for a reader that pulls (a file streamed while another is written). */
export function* textPieces(bytes: Buffer, file: string, chunk = 1 << 20): Generator<string> {
  const encoding = encodingOf(bytes, file);
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = (piece?: Uint8Array): string => {
    try {
      return piece ? decoder.decode(piece, { stream: true }) : decoder.decode();
    } catch {
      throw new InputError(`not valid ${encodingName(encoding)} text`, { file, line: firstBadLine(bytes, encoding) });
    }
  };
  for (let at = 0; at < bytes.length; at += chunk) yield decode(bytes.subarray(at, at + chunk));
  yield decode();
}

/** A derived file the tool can rebuild (a cache): its bytes, or undefined when absent or unreadable. */
export function readCache(root: string, file: string): Buffer | undefined {
  return readIfFile(join(root, file));
}

/** A cache file open for reading in parts (see openCache). */
export interface OpenCache {
  readonly byteLength: number;
  /** `length` bytes from `offset`, in a buffer of their own; an input error naming the file if it has grown shorter. */
  read(offset: number, length: number): Uint8Array;
}

// A cache file stays open while what reads it lives (a server drops an index when its memory
// changes): closed once that is collected.
const closeWhenGone = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

/**
 * A derived file opened to be read in parts, or undefined when absent or unreadable. It stays
 * open while the returned object lives, so that a cache another command replaces or removes
 * meanwhile (a rename and an unlink) is still read as it was when opened.
 */
export function openCache(root: string, file: string): OpenCache | undefined {
  let fd: number;
  let byteLength: number;
  try {
    fd = openSync(join(root, file), 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a file');
    byteLength = stat.size;
  } catch {
    closeSync(fd);
    return undefined;
  }
  const cache: OpenCache = {
    byteLength,
    read(offset, length) {
      // Fresh memory, not Buffer's shared pool: the loader's typed arrays need an aligned start.
      const bytes = new Uint8Array(length);
      if (!readFully(fd, bytes, offset)) throw new InputError(`the cache ended before byte ${offset + length}: delete ${dirname(file)} and run the command again`, { file });
      return bytes;
    },
  };
  closeWhenGone.register(cache, fd);
  return cache;
}

/**
 * The last bytes of a cache file, as many as `length` says of the last `tail` bytes (a record that
 * ends with its own length), or undefined when the file is absent, shorter, or cannot be read. A
 * cache of half a gigabyte is not read for the few megabytes at its end.
 */
export function readCacheTail(root: string, file: string, tail: number, length: (last: Uint8Array) => number | undefined): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(root, file), 'r');
    const size = fstatSync(fd).size;
    if (size < tail) return undefined;
    const last = Buffer.alloc(tail);
    if (!readFully(fd, last, size - tail)) return undefined;
    const wanted = length(last);
    if (wanted === undefined || wanted > size) return undefined;
    const bytes = Buffer.alloc(wanted);
    return readFully(fd, bytes, size - wanted) ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a cache file (temp file + rename) and removes the other files of its folder whose
 * names start with `stalePrefix`. Best effort: a cache that cannot be written is only rebuilt
 * next time, so failures are swallowed. Returns whether it was written.
 */
export function writeCache(root: string, file: string, bytes: Uint8Array | readonly Uint8Array[], stalePrefix: string): boolean {
  try {
    // Written piece by piece: a cache of half a gigabyte is never copied into one buffer.
    writePiecesAtomically(root, file, bytes instanceof Uint8Array ? [bytes] : bytes);
  } catch {
    // Nothing more to do: the next run rebuilds.
    return false;
  }
  removeStaleCaches(root, dirname(file), (name) => name.startsWith(stalePrefix) && join(dirname(file), name) !== file);
  return true;
}

/** Removes the files of a cache folder that `isStale` names (best effort, like writeCache; a missing folder has none). */
export function removeStaleCaches(root: string, dir: string, isStale: (name: string) => boolean): void {
  for (const name of listFiles(root, dir, '')) {
    if (!isStale(name)) continue;
    try {
      rmSync(join(root, dir, name), { force: true });
    } catch {
      // A stale cache left behind costs only disk space.
    }
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

/** What the file system tells of a file without reading it: any write to it changes its change time. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Whether two stats are of the same file, unchanged between them (FileStat's fields all equal). */
export function sameStat(a: FileStat, b: FileStat): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** Fills `bytes` from the open file at `position`, over as many reads as it takes; false when the file ends first. */
function readFully(fd: number, bytes: Uint8Array, position: number): boolean {
  for (let done = 0; done < bytes.length; ) {
    const got = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (got === 0) return false;
    done += got;
  }
  return true;
}

/** A regular file's FileStat, or undefined when it is absent, a folder or cannot be read. */
export function fileStat(root: string, file: string): FileStat | undefined {
  try {
    const stat = statSync(join(root, file));
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bytes of `spans` of a file that must still have the stat `expected` (FileStat), each in a
 * buffer of its own; undefined when the file is absent, shorter, or another file now or after the
 * read (a write in between changes its change time).
 */
export function readParts(root: string, file: string, spans: ReadonlyArray<{ start: number; end: number }>, expected: FileStat): Uint8Array[] | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(root, file), 'r');
    const parts: Uint8Array[] = [];
    for (const { start, end } of spans) {
      const bytes = Buffer.alloc(end - start);
      if (!readFully(fd, bytes, start)) return undefined;
      parts.push(bytes);
    }
    // After the read: a write before or during it has changed the file's change time.
    return sameStat(fstatSync(fd), expected) ? parts : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
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

/** A file staged for `writeFilesAtomically`: its temp copy, and what the target held before. */
interface Staged {
  temp: string;
  target: string;
  /** The target's bytes before the write; undefined when it did not exist. */
  previous: Buffer | undefined;
}

/**
 * Write several files as one step: every file goes to a temp file first, and only when all are
 * written are they renamed over the targets. Unchanged files are left untouched. When a write or
 * a rename fails (disk full, a folder in the way), the targets already replaced get their
 * previous content back, new ones and the temp files are removed, and the failure is an
 * `InputError` naming the file: the project is as it was before the command. A file's content
 * may come in pieces as they are made (a memory of a million units is never one string); those
 * are always written, and an input error while making them removes the temp files and is
 * reported as it is.
 * @returns The paths (relative to root) that changed.
 */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string | Uint8Array | Iterable<string | Uint8Array>>): string[] {
  const staged: Staged[] = [];
  const createdDirs: Array<{ top: string; leaf: string }> = [];
  let current = '';
  let unrestored: string[] = [];
  try {
    for (const [file, content] of files) {
      current = file;
      // An absolute path (`--out /srv/site`) is taken as it is, not under the root.
      const target = resolve(root, file);
      const previous = readIfFile(target);
      // Text is written as UTF-8; bytes as they are (a file kept as another tool wrote it).
      const bytes =
        typeof content === 'string' ? Buffer.from(content, 'utf8') : content instanceof Uint8Array ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : undefined;
      if (bytes && previous?.equals(bytes)) continue;
      const created = mkdirSync(dirname(target), { recursive: true });
      if (created !== undefined) createdDirs.push({ top: created, leaf: dirname(target) });
      const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
      // Exclusive create: whatever already sits at that path is not ours to overwrite or remove.
      const fd = openSync(temp, 'wx');
      staged.push({ temp, target, previous });
      try {
        if (bytes) writeBytes(fd, bytes);
        else writePieces(fd, content as Iterable<string | Uint8Array>, (error) => error);
      } finally {
        closeSync(fd);
      }
    }
    let renamed = 0;
    try {
      for (const { temp, target } of staged) {
        current = relative(root, target);
        renameSync(temp, target);
        renamed++;
      }
    } catch (error) {
      unrestored = restore(staged.slice(0, renamed)).map((target) => relative(root, target));
      throw error;
    }
  } catch (error) {
    for (const { temp } of staged) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Keep reporting the write that failed, not this.
      }
    }
    removeEmptyDirs(createdDirs);
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const outcome = unrestored.length ? `could not restore ${unrestored.join(', ')}` : 'no file was changed';
    throw new InputError(`cannot write (${code ?? (error as Error).message}); ${outcome}`, { file: current });
  }
  return staged.map(({ target }) => relative(root, target));
}

/**
 * Writes one file from pieces (text as UTF-8, or bytes) as they come (temp file + rename), so
 * that an output of hundreds of megabytes is never one string or buffer. When a piece cannot be
 * made (bad input) or written, the temp file goes and the target is left as it was.
 */
export function writePiecesAtomically(root: string, file: string, pieces: Iterable<string | Uint8Array>): void {
  const target = resolve(root, file);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  let fd: number | undefined;
  let created: string | undefined;
  try {
    try {
      created = mkdirSync(dirname(target), { recursive: true });
      fd = openSync(temp, 'wx');
    } catch (error) {
      throw writeError(error, file);
    }
    writePieces(fd, pieces, (error) => writeError(error, file));
    closeSync(fd);
    fd = undefined;
    try {
      renameSync(temp, target);
    } catch (error) {
      throw writeError(error, file);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    if (created !== undefined) removeEmptyDirs([{ top: created, leaf: dirname(target) }]);
    throw error;
  }
}

/**
 * Writes pieces to an open file as they come, small text pieces (a TMX unit each) gathered into
 * writes of about a megabyte; a failed write is thrown as `failure` makes it.
 */
/** Bytes written at a time: writeSync refuses 2 GiB or more (a memory file copied in one piece). */
const WRITE_PIECE = 1 << 30;

/** Writes all of `bytes` at the file's position, `piece` bytes at most a call (a call may write fewer). */
export function writeBytes(fd: number, bytes: Uint8Array, piece = WRITE_PIECE): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, Math.min(piece, bytes.length - at));
}

function writePieces(fd: number, pieces: Iterable<string | Uint8Array>, failure: (error: unknown) => unknown): void {
  let pending = '';
  const write = (data: string | Uint8Array): void => {
    try {
      if (typeof data === 'string') writeSync(fd, data);
      else writeBytes(fd, data);
    } catch (error) {
      throw failure(error);
    }
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      pending += piece;
      if (pending.length < 1 << 20) continue;
    }
    write(pending);
    pending = '';
    if (typeof piece !== 'string') write(piece);
  }
  write(pending);
}

function writeError(error: unknown, file: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(`cannot write (${code ?? (error as Error).message}); no file was changed`, { file });
}

/** The bytes of a regular file, or undefined when there is none (a folder is not one). */
function readIfFile(path: string): Buffer | undefined {
  try {
    // Over 2 GiB too: still a file, to put back if a later write fails.
    return readWhole(path, path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    return undefined;
  }
}

/** Replaces the file at `path` with `bytes` (writeFileSync refuses to write 2 GiB or more at once). */
function writeWhole(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeBytes(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** Put back what the targets held before, each one even if another fails.
 * @returns The targets that could not be restored. */
function restore(replaced: readonly Staged[]): string[] {
  const failed: string[] = [];
  for (const { target, previous } of replaced) {
    try {
      if (previous === undefined) rmSync(target, { force: true });
      else writeWhole(target, previous);
    } catch {
      failed.push(target);
    }
  }
  return failed;
}

/** Remove the folders this write created, from each leaf up to the first one created, while empty. */
function removeEmptyDirs(created: ReadonlyArray<{ top: string; leaf: string }>): void {
  for (const { top, leaf } of [...created].reverse()) {
    for (let dir = leaf; dir.length >= top.length; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty: another file lives there
      }
    }
  }
}

