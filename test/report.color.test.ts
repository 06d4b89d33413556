import { describe, expect, it } from 'vitest';
import { shouldColor } from '../src/report/index.js';
import { paint } from '../src/report/terminal.js';

const TTY = { isTTY: true };
const PIPE = { isTTY: false };

describe('shouldColor (no-color.org)', () => {
  it.each([
    ['a TTY', TTY, {}, undefined, true],
    ['a pipe', PIPE, {}, undefined, false],
    ['a stream that does not say', {}, {}, undefined, false],
    ['NO_COLOR=1 on a TTY', TTY, { NO_COLOR: '1' }, undefined, false],
    ['NO_COLOR=0 (any non-empty value)', TTY, { NO_COLOR: '0' }, undefined, false],
    ['NO_COLOR empty', TTY, { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR=1 on a pipe', PIPE, { FORCE_COLOR: '1' }, undefined, true],
    ['FORCE_COLOR empty on a pipe', PIPE, { FORCE_COLOR: '' }, undefined, true],
    ['FORCE_COLOR=0 on a TTY', TTY, { FORCE_COLOR: '0' }, undefined, false],
    ['FORCE_COLOR=false on a TTY', TTY, { FORCE_COLOR: 'false' }, undefined, false],
    ['NO_COLOR and FORCE_COLOR', PIPE, { NO_COLOR: '1', FORCE_COLOR: '1' }, undefined, false],
    ['TERM=dumb on a TTY', TTY, { TERM: 'dumb' }, undefined, false],
    ['TERM=dumb with FORCE_COLOR', PIPE, { TERM: 'dumb', FORCE_COLOR: '1' }, undefined, true],
    ['TERM=xterm on a pipe', PIPE, { TERM: 'xterm-256color' }, undefined, false],
    ['--no-color on a TTY', TTY, {}, false, false],
    ['--no-color with FORCE_COLOR', TTY, { FORCE_COLOR: '1' }, false, false],
    ['--color on a pipe with NO_COLOR', PIPE, { NO_COLOR: '1' }, true, true],
  ] as Array<[string, { isTTY?: boolean }, Record<string, string>, boolean | undefined, boolean]>)(
    '%s → %s',
    (_name, stream, env, flag, expected) => {
      expect(shouldColor(stream, env, flag)).toBe(expected);
    },
  );
});

describe('paint', () => {
  it('styles only when asked, whatever the stream of this process', () => {
    expect(paint(true, 'red', 'x')).toBe('\u001B[31mx\u001B[39m');
    expect(paint(true, ['bold', 'red'], 'x')).toBe('\u001B[1m\u001B[31mx\u001B[39m\u001B[22m');
    expect(paint(false, 'red', 'x')).toBe('x');
    expect(paint(true, 'red', '')).toBe('');
  });
});
