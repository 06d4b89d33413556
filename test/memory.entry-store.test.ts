// Entries kept encoded (entry-store.ts) decode to what went in, across pieces and in any script,
// and an index built over them is the index built over the objects, byte for byte.
import { describe, expect, it } from 'vitest';
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
