// The reader streams: units arrive one by one, whatever the chunking, from an async iterable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTmxReader, parseTmx, readTmx, serializeTmx, tmxChunks, type TranslationUnit } from '../src/formats/tmx/index.js';

const golden = readFileSync(new URL('fixtures/tmx/golden.tmx', import.meta.url), 'utf8');

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe('streaming TMX', () => {
  it.each([1, 7, 64, 4096])('gives the same units with chunks of %i characters', async (size) => {
    const units: TranslationUnit[] = [];
    const summary = await readTmx(chunksOf(golden, size), (u) => units.push(u), { file: 'golden.tmx' });
    expect(summary.count).toBe(7);
    expect(units).toEqual(parseTmx(golden).units);
  });

  it('announces the header before the first unit', () => {
    const events: string[] = [];
    const reader = createTmxReader((u) => events.push(`unit ${u.tuid}`), { onHeader: (h, v) => events.push(`header ${h.attrs['srclang']} ${v}`) });
    reader.write(golden);
    reader.close();
    expect(events.slice(0, 2)).toEqual(['header fr 1.4', 'unit s-4k2m9q']);
  });

  it('parseTmx accepts an async iterable', async () => {
    const doc = await parseTmx(chunksOf(golden, 100));
    expect(doc.units.map((u) => u.tuid)).toEqual(['s-4k2m9q', 'isolated', 'sub-flow', 'literal-tags', 'unpaired', 'spaces', undefined]);
  });

  it('writes in chunks: one per unit between the prologue and the end', () => {
    const doc = parseTmx(golden);
    const chunks = [...tmxChunks(doc.header, doc.units)];
    expect(chunks).toHaveLength(doc.units.length + 2);
    expect(chunks.join('')).toBe(serializeTmx(doc));
  });
});
