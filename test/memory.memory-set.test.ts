// Several indexes (one per memory file) searched as one memory: lookups and concordance answer
// exactly as one index built from the same entries in the same order, ties included.
import { describe, expect, it } from 'vitest';
import { buildIndex, concordance, lookup, type Match, type MemoryEntry, type MemoryIndex } from '../src/memory/index.js';
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
