// Several indexes (one per memory file) searched as one memory: lookups and concordance answer
// exactly as one index built from the same entries in the same order, ties included.
import { describe, expect, it } from 'vitest';
import { buildIndex, concordance, lookup, memorySize, type Match, type MemoryEntry, type MemoryIndex } from '../src/memory/index.js';
import { entry } from './support/memory-entry.js';
import { prng } from './support/prng.js';

const WORDS = ['le', 'convoi', 'est', 'arrivé', 'à', 'Mossoul', 'Bagdad', 'hier', 'soir', 'civils', 'tués', 'la', 'ville', 'armée'];

/** Entries from a small vocabulary, with repeated sources, figures and dates, so that scores tie often. */
function memory(random: () => number, size: number): MemoryEntry[] {
  const sentence = (): string => {
    const words = Array.from({ length: 3 + Math.floor(random() * 6) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    if (random() < 0.4) words.push(String(Math.floor(random() * 500)));
    return `${words.join(' ')}.`;
  };
  const entries: MemoryEntry[] = [];
  for (let i = 0; i < size; i++) {
    // A fifth repeat an earlier source with another target (the same sentence in two files).
    const source = i > 0 && random() < 0.2 ? entries[Math.floor(random() * i)]!.source : sentence();
    entries.push(entry(source, `target ${i}`, { tuid: `t${i}`, ...(random() < 0.5 ? { changed: `2017070${1 + Math.floor(random() * 3)}T000000Z` } : {}) }));
  }
  return entries;
}

/** `entries` cut at random into `count` consecutive files (some may be empty), each indexed. */
function split(random: () => number, entries: MemoryEntry[], count: number): MemoryIndex[] {
  const cuts = Array.from({ length: count - 1 }, () => Math.floor(random() * (entries.length + 1))).sort((a, b) => a - b);
  return [0, ...cuts].map((from, i) => buildIndex(entries.slice(from, [...cuts, entries.length][i])));
}

const shown = (matches: Match[]) => matches.map((m) => [m.score, m.kind, m.entry.tuid, m.adapted ?? null]);

describe('several indexes as one memory', () => {
  const random = prng(7);
  const cases = Array.from({ length: 12 }, (_, n) => ({ n, entries: memory(random, 60 + n * 10), parts: 1 + (n % 4) }));

  it.each(cases)('lookups: case $n ($parts files)', ({ entries, parts }) => {
    const whole = buildIndex(entries);
    const files = split(random, entries, parts);
    for (let q = 0; q < 25; q++) {
      // Queries from the memory (exact matches in several files) and edited ones (fuzzy).
      const base = entries[Math.floor(random() * entries.length)]!.source;
      const text = q % 2 === 0 ? base : base.replace(/\d+/, '77').replace('le ', 'la ');
      for (const options of [{ limit: 1 }, { limit: 3 }, { limit: Infinity, min: 60 }]) {
        expect(shown(lookup(files, { text, id: `t${q}` }, options))).toEqual(shown(lookup(whole, { text, id: `t${q}` }, options)));
      }
    }
  });

  it.each(cases)('concordance: case $n ($parts files)', ({ entries, parts }) => {
    const whole = buildIndex(entries);
    const files = split(random, entries, parts);
    for (const phrase of ['convoi', 'Mossoul', 'à la', 'target 1', 'rien', 'l']) {
      for (const field of ['source', 'target'] as const) {
        const tuids = (found: ReturnType<typeof concordance>) => [found.total, found.hits.map((hit) => hit.entry.tuid)];
        expect(tuids(concordance(files, phrase, { in: field, limit: 7 }))).toEqual(tuids(concordance(whole, phrase, { in: field, limit: 7 })));
      }
    }
  });

  it.each(cases)('entries replaced in place: case $n ($parts files, the first patched)', ({ n, entries, parts }) => {
    // The first file's cached index, and an index of the entries since replaced in it (some with a
    // new source, some with a new target only): numbered as one index of the entries as they are now.
    const files = split(random, entries, parts);
    const firstSize = files[0]!.size;
    const replaced = Array.from(new Set(Array.from({ length: Math.min(firstSize, 1 + (n % 5)) }, () => Math.floor(random() * firstSize)))).sort((a, b) => b - a);
    const now = entries.slice();
    const replacing = replaced.map((slot, i) => {
      const old = now[slot]!;
      now[slot] = i % 2 === 0 ? { ...old, target: `${old.target} (revised)` } : { ...old, source: now[Math.floor(random() * now.length)]!.source, tuid: `r${slot}` };
      return now[slot]!;
    });
    const patched = [files[0]!, ...(replaced.length ? [{ ...buildIndex(replacing), replaces: Uint32Array.from(replaced) }] : []), ...files.slice(1)];
    const whole = buildIndex(now);
    expect(memorySize(patched)).toBe(whole.size);
    for (let q = 0; q < 25; q++) {
      const base = (q < replacing.length ? replacing[q]! : now[Math.floor(random() * now.length)]!).source;
      const text = q % 2 === 0 ? base : base.replace(/\d+/, '77').replace('le ', 'la ');
      for (const options of [{ limit: 1 }, { limit: 3 }, { limit: Infinity, min: 60 }]) {
        expect(shown(lookup(patched, { text, id: `t${q}` }, options))).toEqual(shown(lookup(whole, { text, id: `t${q}` }, options)));
      }
    }
    for (const phrase of ['convoi', 'Mossoul', 'revised', 'target 1']) {
      for (const field of ['source', 'target'] as const) {
        const tuids = (found: ReturnType<typeof concordance>) => [found.total, found.hits.map((hit) => [hit.entry.tuid, hit.target])];
        expect(tuids(concordance(patched, phrase, { in: field, limit: 7 }))).toEqual(tuids(concordance(whole, phrase, { in: field, limit: 7 })));
      }
    }
  });

  it('a replacement ties in the place of the entry it replaces', () => {
    const entries = [entry('Le convoi.', 'first', { tuid: 'a' }), entry('La ville.', 'second', { tuid: 'b' }), entry('Le convoi.', 'third', { tuid: 'c' })];
    const replacing = entry('Le convoi.', 'second, revised', { tuid: 'b' });
    const patched = [buildIndex(entries), { ...buildIndex([replacing]), replaces: Uint32Array.of(1) }];
    const whole = buildIndex([entries[0]!, replacing, entries[2]!]);
    const targets = (memories: MemoryIndex | MemoryIndex[]) => lookup(memories, { text: 'Le convoi.' }).map((m) => m.entry.target);
    expect(targets(patched)).toEqual(['first', 'second, revised', 'third']);
    expect(targets(patched)).toEqual(targets(whole));
    expect(concordance(patched, 'convoi').hits.map((hit) => hit.target)).toEqual(['first', 'second, revised', 'third']);
    expect(lookup(patched, { text: 'La ville.' })).toEqual([]);
  });

  it('refuses replacements without an index to replace in, or beyond its entries', () => {
    const replacing = { ...buildIndex([entry('Le convoi.', 'The convoy.')]), replaces: Uint32Array.of(1) };
    expect(() => lookup([replacing], { text: 'Le convoi.' })).toThrow(/must follow/);
    expect(() => lookup([buildIndex([entry('La ville.', 'The city.')]), replacing], { text: 'Le convoi.' })).toThrow(/entry 1 of an index of 1/);
  });

  it('an earlier file wins a tie: the same source in both, the same score, no dates', () => {
    const first = buildIndex([entry('Le convoi est arrivé.', 'The convoy arrived.', { tuid: 'own' })]);
    const second = buildIndex([entry('Le convoi est arrivé.', 'The convoy came.', { tuid: 'imported' })]);
    const tuid = (indexes: MemoryIndex[]) => lookup(indexes, { text: 'Le convoi est arrivé.' }, { limit: 1 })[0]?.entry.tuid;
    expect(tuid([first, second])).toBe('own');
    expect(tuid([second, first])).toBe('imported');
    expect(concordance([second, first], 'convoi').hits.map((hit) => hit.entry.tuid)).toEqual(['imported', 'own']);
  });

  it('no indexes, or only empty ones, find nothing', () => {
    expect(lookup([], { text: 'Le convoi.' })).toEqual([]);
    expect(lookup([buildIndex([])], { text: 'Le convoi.' })).toEqual([]);
    expect(concordance([], 'convoi').total).toBe(0);
  });
});
