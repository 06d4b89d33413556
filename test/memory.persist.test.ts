// An index survives serialization: same matches after loading, entries decoded on demand.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { groupMaxima } from '../src/memory/histogram-shortfall.js';
import { buildIndex, loadIndex, loadIndexLazily, lookup, serializeIndex, serializeIndexParts, type MemoryEntry } from '../src/memory/index.js';
import { HISTOGRAM_BUCKETS } from '../src/memory/index-types.js';
import { align8 } from '../src/memory/index-persist.js';

const entries: MemoryEntry[] = Array.from({ length: 300 }, (_, i) => ({
  source: `Le bilan de la frappe numéro ${i} s’élève à ${i * 7} morts, selon l’ONU.`,
  target: `The toll of strike ${i} stands at ${i * 7} dead, according to the UN.`,
  sourceLang: 'fr',
  targetLang: 'en',
  tuid: `s-${i.toString(36)}`,
  doc: 'bilan',
  props: [{ type: 'x-origin', value: 'test' }],
  created: '20240315T102030Z',
  sourceCodes: [],
}));

/** Where a section of an index file lies: its first byte and its length. */
function sectionAt(file: Uint8Array, name: string): [number, number] {
  const jsonLength = new DataView(file.buffer, file.byteOffset).getUint32(8);
  const directory = JSON.parse(Buffer.from(file.subarray(12, 12 + jsonLength)).toString()) as { sections: Record<string, [number, number, string]> };
  const [offset, length] = directory.sections[name]!;
  return [((12 + jsonLength + 7) & ~7) + offset, length];
}

describe('index persistence', () => {
  const index = buildIndex(entries);
  const bytes = serializeIndex(index);

  it('reloads to an index that answers the same', () => {
    const loaded = loadIndex(bytes);
    expect(loaded.size).toBe(index.size);
    for (const text of ['Le bilan de la frappe numéro 12 s’élève à 84 morts, selon l’ONU.', 'Le bilan de la frappe 99 s’élève à 700 morts.']) {
      expect(lookup(loaded, { text }, { limit: 5 })).toEqual(lookup(index, { text }, { limit: 5 }));
    }
    expect(loaded.entries.get(42)).toEqual(entries[42]);
  });

  it('keeps what the first search would otherwise derive: per-group histogram maxima and bucket shares', () => {
    const loaded = loadIndex(bytes);
    const { counts, groupMaxima: maxima, shares } = index.histograms;
    expect(loaded.histograms.groupMaxima).toEqual(maxima);
    expect(loaded.histograms.shares).toEqual(shares);
    // Shares as a plain count of every member's buckets gives them.
    const totals = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
    counts.forEach((n, at) => (totals[at % HISTOGRAM_BUCKETS]! += n));
    const all = totals.reduce((sum, n) => sum + n, 0);
    expect(Array.from(shares)).toEqual(totals.map((n) => n / all));
    expect(maxima).toEqual(groupMaxima(counts, index.groups.start));
  });

  it('refuses an index file of the previous version (its cache is rebuilt)', () => {
    const old = bytes.slice();
    new DataView(old.buffer).setUint32(4, 4);
    expect(() => loadIndex(old, 'memory.idx')).toThrow(/unsupported version 4/);
  });

  it('loads from a misaligned copy too', () => {
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    const loaded = loadIndex(shifted.subarray(3));
    expect(lookup(loaded, { text: entries[7]!.source })[0]!.entry).toEqual(entries[7]);
  });

  it.each([
    ['empty', new Uint8Array(0), /too short/],
    ['wrong magic', new Uint8Array(64), /wrong magic number/],
    ['truncated', bytes.slice(0, bytes.byteLength >> 1), /truncated section/],
  ])('rejects %s input with an InputError naming the file', (_label, input, message) => {
    expect(() => loadIndex(input, 'locales/en/memory.idx')).toThrow(InputError);
    expect(() => loadIndex(input, 'locales/en/memory.idx')).toThrow(message);
    try {
      loadIndex(input, 'locales/en/memory.idx');
    } catch (error) {
      expect((error as InputError).file).toBe('locales/en/memory.idx');
    }
  });

  it('decodes every entry, whatever its characters (UTF-8 lengths counted without encoding)', () => {
    const texts = ['é', '٤٢٦ مدنياً', 'emoji 🎉 and 𝄞', 'lone \ud800 surrogate', 'a"quote\\and\nnewline', '\u2066Amnesty\u2069', ''];
    const varied: MemoryEntry[] = texts.map((text, i) => ({ source: `Source ${i} ${text}`, target: text, sourceLang: 'fr', targetLang: 'ar', props: [] }));
    // Many of them, so that the entries span several encoded pieces.
    const many = Array.from({ length: 30_000 }, (_, i) => varied[i % varied.length]!);
    const loaded = loadIndex(serializeIndex(buildIndex(many)));
    for (const i of [0, 1, 2, 3, 4, 5, 6, 12_345, 29_999]) expect(loaded.entries.get(i)).toEqual(many[i]);
  });

  it('writes the same bytes in parts as in one piece', () => {
    const parts = serializeIndexParts(index);
    expect(parts.length).toBeGreaterThan(20);
    expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
  });

  it('loads from a file read in parts, reading the entries only as they are asked for', () => {
    const reads: Array<[number, number]> = [];
    const source = {
      byteLength: bytes.byteLength,
      read: (offset: number, length: number) => {
        reads.push([offset, length]);
        return bytes.slice(offset, offset + length);
      },
    };
    const lazy = loadIndexLazily(source, 'memory.idx');
    const [from, length] = sectionAt(bytes, 'entryData');
    const inEntries = (): Array<[number, number]> => reads.filter(([offset, n]) => offset < from + length && offset + n > from);
    expect(reads.length).toBeGreaterThan(20);
    expect(inEntries()).toEqual([]);
    for (const text of ['Le bilan de la frappe numéro 12 s’élève à 84 morts, selon l’ONU.', 'Le bilan de la frappe 99 s’élève à 700 morts.']) {
      expect(lookup(lazy, { text }, { limit: 5 })).toEqual(lookup(index, { text }, { limit: 5 }));
    }
    expect(inEntries().length).toBeGreaterThan(0);
    expect(Math.max(...inEntries().map(([, n]) => n))).toBeLessThanOrEqual(1 << 16);
    for (let i = 0; i < entries.length; i++) expect(lazy.entries.get(i)).toEqual(entries[i]);
    expect(Buffer.from(serializeIndex(lazy)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a file read in parts that is cut short, or whose entry table points beyond its entries', () => {
    const cut = bytes.slice(0, bytes.byteLength - 16);
    expect(() => loadIndexLazily({ byteLength: cut.byteLength, read: (offset, length) => cut.slice(offset, offset + length) }, 'memory.idx')).toThrow(/truncated section entryStart/);
    const [tableAt, tableLength] = sectionAt(bytes, 'entryStart');
    const bad = bytes.slice();
    new DataView(bad.buffer).setUint32(tableAt + tableLength - 4, sectionAt(bytes, 'entryData')[1] + 1, true);
    expect(() => loadIndexLazily({ byteLength: bad.byteLength, read: (offset, length) => bad.slice(offset, offset + length) }, 'memory.idx')).toThrow(/entry table beyond the entries/);
  });

  it('handles an empty memory', () => {
    const empty = loadIndex(serializeIndex(buildIndex([])));
    expect(lookup(empty, { text: 'rien' })).toEqual([]);
  });
});

// Sections lie 8-byte aligned. A cache of six million entries is 2.5 GB: offsets past 2 GiB must
// not wrap as 32-bit arithmetic does (a cache that then never loaded was indexed again each time).
describe('section alignment (align8)', () => {
  it.each([
    [0, 0],
    [1, 8],
    [8, 8],
    [12 + 301, 320],
    [2 ** 31 - 1, 2 ** 31],
    [2 ** 31 + 1, 2 ** 31 + 8],
    [2_497_922_433, 2_497_922_440],
    [2 ** 32 + 3, 2 ** 32 + 8],
  ])('%d → %d', (n, aligned) => {
    expect(align8(n)).toBe(aligned);
  });
});
