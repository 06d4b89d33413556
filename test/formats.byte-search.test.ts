// indexOfBytes and lastIndexOfBytes search a buffer over 2 GiB a window at a time, where Node 20's
// own search returns a wrapped, negative position. The windowed search is forced here on small
// buffers (windows of a few bytes) and must find what Node finds, matches across window edges
// included. That Node is wrong past 2 GiB needs a 2 GiB buffer, and is shown in the README.
import { describe, expect, it } from 'vitest';
import { indexOfBytes, lastIndexOfBytes, type Needle } from '../src/formats/byte-search.js';
import { prng } from './support/prng.js';

const TEXT = Buffer.from('<tmx><body><tu tuid="1">é</tu>\n<tu>x</tu></body></tmx></body>');
const NEEDLES: Needle[] = ['<tu', '</tu>', '</body>', '>', 'é', 'absent', 0x3e, 0x0a, Buffer.from('u>'), '<tmx><body>'];

describe('indexOfBytes and lastIndexOfBytes in windows', () => {
  it.each([1, 2, 3, 5, 7, 16, 64])('find what Buffer finds, in windows of %i bytes', (window) => {
    for (const needle of NEEDLES) {
      expect(lastIndexOfBytes(TEXT, needle, window)).toBe(TEXT.lastIndexOf(needle));
      for (let from = 0; from <= TEXT.length; from++) expect(indexOfBytes(TEXT, needle, from, window)).toBe(TEXT.indexOf(needle, from));
    }
  });

  it('find what Buffer finds in random bytes, at every window size up to the needle and beyond', () => {
    const random = prng(11);
    for (let round = 0; round < 200; round++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 60) }, () => Math.floor(random() * 3)));
      const at = Math.floor(random() * bytes.length);
      const needle = bytes.subarray(at, at + 1 + Math.floor(random() * 4));
      const window = 1 + Math.floor(random() * 10);
      const from = Math.floor(random() * bytes.length);
      expect(indexOfBytes(bytes, needle, from, window)).toBe(bytes.indexOf(needle, from));
      expect(lastIndexOfBytes(bytes, needle, window)).toBe(bytes.lastIndexOf(needle));
    }
  });

  it('leave an ordinary buffer to Buffer itself', () => {
    expect(indexOfBytes(TEXT, '</tu>', 20)).toBe(TEXT.indexOf('</tu>', 20));
    expect(lastIndexOfBytes(TEXT, '</body>')).toBe(TEXT.length - '</body>'.length);
    expect(lastIndexOfBytes(Buffer.alloc(0), '</body>')).toBe(-1);
  });
});
