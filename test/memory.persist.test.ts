// An index survives serialization: same matches after loading, entries decoded on demand.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { buildIndex, loadIndex, lookup, serializeIndex, serializeIndexParts, type MemoryEntry } from '../src/memory/index.js';

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

  it('handles an empty memory', () => {
    const empty = loadIndex(serializeIndex(buildIndex([])));
    expect(lookup(empty, { text: 'rien' })).toEqual([]);
  });
});
