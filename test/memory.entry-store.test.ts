// Entries kept encoded (entry-store.ts) decode to what went in, across pieces and in any script,
// and an index built over them is the index built over the objects, byte for byte.
import { describe, expect, it } from 'vitest';
import { readingStore, startTable } from '../src/memory/entry-store.js';
import { InputError } from '../src/errors.js';
import { buildIndex, buildIndexFromStore, encodedStore, encodeEntries, loadIndex, serializeIndex, type MemoryEntry } from '../src/memory/index.js';

const SAMPLES = ['Le bilan s’élève à 426 morts.', 'قُتل ٤٢٦ مدنياً في ٣ آذار.', 'Emoji 👍🏽 and 𝔘 and « guillemets »', ''];

// More than a piece (about a million characters) of JSON: some entries fall in the second.
const entries: MemoryEntry[] = Array.from({ length: 6000 }, (_, i) => ({
  source: `${SAMPLES[i % SAMPLES.length]} ${i}`,
  target: `${SAMPLES[(i + 1) % SAMPLES.length]} — ${'x'.repeat(i % 97)}`,
  sourceLang: 'fr',
  targetLang: i % 2 ? 'en' : 'ar',
  tuid: `s-${i}`,
  props: i % 3 ? [] : [{ type: 'x-note', value: `n°${i}` }],
}));

describe('encoded entries', () => {
  const seen: string[] = [];
  const encoded = encodeEntries(entries, (entry) => seen.push(entry.source));
  const store = encodedStore(encoded);

  it('spans several pieces, and sees every entry once, in order', () => {
    expect(encoded.pieces.length).toBeGreaterThan(1);
    expect(seen).toEqual(entries.map((e) => e.source));
    expect(encoded.start[entries.length]).toBe(encoded.pieces.reduce((sum, p) => sum + p.byteLength, 0));
  });

  it('gives back every entry as it went in', () => {
    expect(store.size).toBe(entries.length);
    for (let i = 0; i < entries.length; i++) expect(store.get(i)).toEqual(entries[i]);
  });

  it('indexes and serializes as the entries as objects do', () => {
    const fromStore = buildIndexFromStore(store, seen);
    const fromObjects = buildIndex(entries);
    expect(Buffer.from(serializeIndex(fromStore)).equals(Buffer.from(serializeIndex(fromObjects)))).toBe(true);
    // Without the sources it decodes them: the same index again.
    expect(Buffer.from(serializeIndex(buildIndexFromStore(store))).equals(Buffer.from(serializeIndex(fromObjects)))).toBe(true);
  });

  it('holds an entry longer than a piece, and a lone surrogate, whole', () => {
    const odd: MemoryEntry[] = [
      entries[0]!,
      { ...entries[1]!, source: `${'é'.repeat(700_000)} long`, target: 'ث'.repeat(300_000) },
      { ...entries[2]!, source: 'lone \ud800 high and \udc00 low surrogates' },
      entries[3]!,
    ];
    const oddStore = encodedStore(encodeEntries(odd));
    for (let i = 0; i < odd.length; i++) expect(oddStore.get(i)).toEqual(odd[i]);
  });

  it('reads a target alone as the whole entry gives it, escapes, other key orders and a loaded index included', () => {
    const tricky: MemoryEntry[] = [
      ...entries.slice(0, 50),
      { ...entries[0]!, source: 'a "quoted" source with \\ and ","target":"not this"', target: 'a "quoted" target \\ with \n a line' },
      { ...entries[1]!, source: '\\', target: '\\"' },
      { ...entries[2]!, source: 'control \u0001 \t', target: 'lone \ud800 surrogate, tab\t' },
      { ...entries[3]!, source: '', target: '' },
      // Another order of keys: read whole.
      { target: 'target first', source: 'source after', sourceLang: 'fr', targetLang: 'en', props: [] },
      { sourceLang: 'fr', source: 'x', target: 'language first', targetLang: 'en', props: [] },
    ];
    const trickyStore = encodedStore(encodeEntries(tricky));
    const loaded = loadIndex(serializeIndex(buildIndex(tricky))).entries;
    for (const from of [trickyStore, store, loaded]) {
      expect(from.target).toBeDefined();
      for (let i = 0; i < from.size; i++) expect(from.target!(i)).toBe(from.get(i).target);
    }
    expect(Array.from({ length: tricky.length }, (_, i) => trickyStore.target!(i))).toEqual(tricky.map((e) => e.target));
  });

  it('is what a loaded index keeps: its entries serialize again unchanged', () => {
    const bytes = serializeIndex(buildIndex(entries));
    const loaded = loadIndex(bytes);
    expect(loaded.entries.encoded?.().start).toEqual(encoded.start);
    expect(Buffer.from(serializeIndex(loaded)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('entries read where they lie (readingStore)', () => {
  const encoded = encodeEntries(entries);
  const joined = Buffer.concat(encoded.pieces);
  /** A reader over the joined entries that counts what it is asked for. */
  const counting = (): { read: (offset: number, length: number) => Uint8Array; calls: Array<[number, number]> } => {
    const calls: Array<[number, number]> = [];
    return {
      calls,
      read: (offset, length) => {
        calls.push([offset, length]);
        return Uint8Array.from(joined.subarray(offset, offset + length));
      },
    };
  };

  it('reads nothing until an entry is asked for, then one page for it', () => {
    const { read, calls } = counting();
    const reading = readingStore(encoded.start, read);
    expect(reading.size).toBe(entries.length);
    expect(calls).toEqual([]);
    expect(reading.get(4321)).toEqual(entries[4321]);
    expect(calls).toHaveLength(1);
    const [offset, length] = calls[0]!;
    expect(length).toBeLessThanOrEqual(1 << 16);
    expect(offset).toBeLessThanOrEqual(encoded.start[4321]!);
    expect(offset + length).toBeGreaterThanOrEqual(encoded.start[4322]!);
  });

  it('gives back every entry and target as the store in memory does, reading each page once in a pass', () => {
    const { read, calls } = counting();
    const reading = readingStore(encoded.start, read);
    for (let i = 0; i < entries.length; i++) {
      expect(reading.get(i)).toEqual(entries[i]);
      expect(reading.target!(i)).toBe(entries[i]!.target);
    }
    // Each byte read once, but for the entries across a page boundary, read again on their own.
    const bytesRead = calls.reduce((sum, [, length]) => sum + length, 0);
    const across = calls.filter(([offset]) => offset % (1 << 16) !== 0);
    expect(across.length).toBeGreaterThan(0);
    expect(bytesRead).toBe(joined.length + across.reduce((sum, [, length]) => sum + length, 0));
  });

  it('keeps the pages it read last, and reads again, in any order, those it no longer keeps', () => {
    const many = [...entries, ...entries, ...entries];
    const manyEncoded = encodeEntries(many);
    const manyJoined = Buffer.concat(manyEncoded.pieces);
    const calls: number[] = [];
    const reading = readingStore(manyEncoded.start, (offset, length) => {
      calls.push(offset);
      return manyJoined.subarray(offset, offset + length);
    });
    // The first entry of each page, in order: one read each.
    const firstOfPage = new Map<number, number>();
    for (let i = many.length - 1; i >= 0; i--) firstOfPage.set(Math.floor(manyEncoded.start[i]! / (1 << 16)), i);
    const pages = [...firstOfPage.keys()].sort((x, y) => x - y);
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) expect(reading.get(firstOfPage.get(p)!)).toEqual(many[firstOfPage.get(p)!]);
    expect(calls).toHaveLength(pages.length);
    // The last 32 are kept, not the one before them.
    const n = pages.length;
    const at = (k: number): number => firstOfPage.get(pages[k]!)!;
    reading.get(at(n - 1));
    reading.get(at(n - 32));
    expect(calls).toHaveLength(n);
    expect(reading.get(at(n - 33))).toEqual(many[at(n - 33)]);
    expect(calls).toHaveLength(n + 1);
    // The page read least recently goes first: n − 32, read again above, stays while n − 31 goes.
    reading.get(at(0));
    expect(calls).toHaveLength(n + 2);
    reading.get(at(n - 32));
    expect(calls).toHaveLength(n + 2);
    reading.get(at(n - 31));
    expect(calls).toHaveLength(n + 3);
    for (const i of [17_999, 0, 9000, 17, 17_998, 1, 4500, 0, 17_999]) expect(reading.get(i)).toEqual(many[i]);
  });

  it('holds an entry longer than a page whole, and gives the encoded entries for a new index file', () => {
    const odd: MemoryEntry[] = [entries[0]!, { ...entries[1]!, source: `${'é'.repeat(100_000)} long`, target: 'ث'.repeat(50_000) }, entries[2]!];
    const oddEncoded = encodeEntries(odd);
    const oddJoined = Buffer.concat(oddEncoded.pieces);
    const reading = readingStore(oddEncoded.start, (offset, length) => oddJoined.subarray(offset, offset + length));
    for (let i = 0; i < odd.length; i++) expect(reading.get(i)).toEqual(odd[i]);
    const again = reading.encoded!();
    expect(again.start).toEqual(oddEncoded.start);
    expect(Buffer.concat(again.pieces).equals(oddJoined)).toBe(true);
  });
});

// The start offsets are kept in 32 bits: a file whose entries take 4 GiB or more is refused with
// a message that says what to do, where the offsets would wrap and return other entries' bytes.
describe('the start table', () => {
  it('keeps offsets up to 4 GiB − 1', () => {
    expect(Array.from(startTable([0, 10, 2 ** 32 - 1]))).toEqual([0, 10, 2 ** 32 - 1]);
  });

  it('refuses entries of 4 GiB or more', () => {
    expect(() => startTable([0, 2 ** 31, 2 ** 32])).toThrow(InputError);
    expect(() => startTable([0, 2 ** 32 + 5])).toThrow(/too large to index: its entries take 4 GiB or more; split it into several files/);
  });
});
