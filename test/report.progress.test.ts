import { describe, expect, it } from 'vitest';
import { createNotice, createProgress } from '../src/report/index.js';

function fakeStream(isTTY: boolean | undefined, columns?: number) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (s: string) => void writes.push(s) } };
}

/** What the terminal shows after the writes: each `\r\x1b[K` clears the line. */
function screen(writes: string[]): string {
  return writes.join('').split('\r\u001B[K').at(-1)!;
}

describe('progress bar', () => {
  it('draws on a TTY, redrawing in place, and erases itself when done', () => {
    const { writes, stream } = fakeStream(true, 80);
    const progress = createProgress(stream, { total: 4, label: 'extract' });
    expect(screen(writes)).toBe('extract ░░░░░░░░░░░░░░░░░░░░ 0/4');
    progress.tick('mossoul-2017');
    expect(screen(writes)).toBe('extract █████░░░░░░░░░░░░░░░ 1/4 mossoul-2017');
    progress.tick();
    progress.tick('c');
    progress.tick('d');
    expect(screen(writes)).toBe('extract ████████████████████ 4/4 d');
    for (const w of writes) expect(w.startsWith('\r\u001B[K')).toBe(true);
    expect(writes.join('')).not.toContain('\n');
    progress.done();
    expect(writes.at(-1)).toBe('\r\u001B[K');
    expect(screen(writes)).toBe('');
    const count = writes.length;
    progress.tick('late');
    progress.done();
    expect(writes).toHaveLength(count);
  });

  it.each([
    ['a pipe', false, false],
    ['a stream that does not say', undefined, false],
    ['--quiet on a TTY', true, true],
  ])('stays silent on %s', (_name, isTTY, quiet) => {
    const { writes, stream } = fakeStream(isTTY);
    const progress = createProgress(stream, { total: 3, label: 'check', quiet });
    progress.tick('a');
    progress.done();
    expect(writes).toEqual([]);
  });

  it('fits the line into the terminal width so it never wraps', () => {
    const { writes, stream } = fakeStream(true, 40);
    const progress = createProgress(stream, { total: 2, label: 'check' });
    progress.tick('a-very-long-document-name-that-does-not-fit');
    expect(screen(writes)).toBe('check ██████████░░░░░░░░░░ 1/2 a-very-…');
    expect([...screen(writes)].length).toBe(39);
  });

  it('does not rewrite an unchanged line, and survives more ticks than announced', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgress(stream, { total: 1, label: 'x' });
    progress.tick('a');
    progress.tick('a'); // 2/1: the bar stays full, the count is honest
    expect(screen(writes)).toBe('x ████████████████████ 2/1 a');
    const { writes: empty, stream: s2 } = fakeStream(true);
    createProgress(s2, { total: 0, label: 'x' }).done();
    expect(empty).toEqual(['\r\u001B[Kx ████████████████████ 0/0', '\r\u001B[K']);
  });
});

describe('notice', () => {
  it('shows one line on a TTY, fitted to its width, and erases it once', () => {
    const { writes, stream } = fakeStream(true, 30);
    const done = createNotice(stream, 'indexing locales/en/big.tmx (the index is kept)…');
    expect(screen(writes)).toBe('indexing locales/en/big.tmx …');
    expect(writes.join('')).not.toContain('\n');
    done();
    done();
    expect(writes).toHaveLength(2);
    expect(screen(writes)).toBe('');
  });

  it('redraws the line when the step says how far it is, only when it changes, and never after it is erased', () => {
    const { writes, stream } = fakeStream(true, 80);
    const notice = createNotice(stream, 'indexing big.tmx…');
    notice.update('indexing big.tmx: reading 1 %…');
    notice.update('indexing big.tmx: reading 1 %…');
    expect(writes).toHaveLength(2);
    expect(screen(writes)).toBe('indexing big.tmx: reading 1 %…');
    notice();
    notice.update('indexing big.tmx: grouping…');
    expect(writes).toHaveLength(3);
    expect(screen(writes)).toBe('');
  });

  it('takes a terminal that reports no width for 80 columns', () => {
    const { writes, stream } = fakeStream(true, 0);
    createNotice(stream, `indexing ${'x'.repeat(200)}`);
    expect(screen(writes)).toBe(`indexing ${'x'.repeat(69)}…`);
  });

  it.each([
    ['a pipe', false, false],
    ['--quiet on a TTY', true, true],
  ])('stays silent on %s', (_name, isTTY, quiet) => {
    const { writes, stream } = fakeStream(isTTY);
    const notice = createNotice(stream, 'indexing', { quiet });
    notice.update('indexing: reading 50 %');
    notice();
    expect(writes).toEqual([]);
  });
});
