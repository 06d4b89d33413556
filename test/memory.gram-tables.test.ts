// The gram tables come out the same whichever way they are built: by sorting (gram, group) pairs
// (small memories) or in two passes over a table of every key (large ones). Each list holds the
// groups with a member containing the gram, once each, in ascending order.
import { describe, expect, it } from 'vitest';
import { BIGRAM_MAX_LENGTH, buildGrams, buildIndex, gramKey } from '../src/memory/index-build.js';
import type { GramTable, MemoryIndex } from '../src/memory/index-types.js';
import { entry } from './support/memory-entry.js';
import { prng } from './support/prng.js';

// Frequent letters, and 300 others (Greek, Cyrillic, Arabic, CJK): gram keys then use alphabet
// codes up to 255, and the rarest characters share code 0.
const RARE = Array.from({ length: 300 }, (_, i) => String.fromCharCode([0x391, 0x410, 0x627, 0x4e00][i % 4]! + Math.floor(i / 4))).join('');
const LETTERS = 'aaabcdeeéfilmnorstu  ';

function memory(seed: number, size: number): MemoryIndex {
  const random = prng(seed);
  const letter = (): string => (random() < 0.2 ? RARE[Math.floor(random() * RARE.length)]! : LETTERS[Math.floor(random() * LETTERS.length)]!);
  const text = (): string => Array.from({ length: 1 + Math.floor(random() * 70) }, letter).join('');
  const sources: string[] = [];
  // Some sources repeat with a letter more, so that groups have several members.
  for (let i = 0; i < size; i++) sources.push(i > 0 && random() < 0.3 ? `${sources[Math.floor(random() * i)]!}x` : text());
  return buildIndex(sources.map((source, i) => entry(source, `t${i}`)));
}

/** The table as plain data, to compare and to read. */
const plain = (table: GramTable) => ({ keys: [...table.keys], starts: [...table.starts], postings: [...table.postings] });

/** The table by definition: for every key, the groups (of short enough members) whose members contain it. */
function expected(index: MemoryIndex, q: number, maxLength: number) {
  const lists = new Map<number, Set<number>>();
  for (let g = 0; g < index.groups.count; g++) {
    if (index.groups.minLength[g]! > maxLength) continue;
    for (let member = index.groups.start[g]!; member < index.groups.start[g + 1]!; member++) {
      for (let at = index.textStart[member]!; at + q <= index.textStart[member + 1]!; at++) {
        const key = gramKey(index.texts, index.alphabet, at, q);
        lists.set(key, (lists.get(key) ?? new Set()).add(g));
      }
    }
  }
  const keys = [...lists.keys()].sort((a, b) => a - b);
  const postings = keys.flatMap((key) => [...lists.get(key)!].sort((a, b) => a - b));
  const starts = [0];
  for (const key of keys) starts.push(starts[starts.length - 1]! + lists.get(key)!.size);
  return { keys, starts, postings };
}

describe('gram tables', () => {
  it.each([
    [1, 0],
    [2, 1],
    [3, 40],
    [4, 400],
  ])('seed %i, %i sources: sorted and counted builds agree with the definition', (seed, size) => {
    const index = memory(seed, size);
    for (const [q, maxLength] of [
      [3, Number.MAX_SAFE_INTEGER],
      [2, BIGRAM_MAX_LENGTH],
    ] as const) {
      const built = (sortedLimit: number) => plain(buildGrams(q, maxLength, index.texts, index.textStart, index.alphabet, index.groups, sortedLimit));
      const want = expected(index, q, maxLength);
      expect(built(Infinity)).toEqual(want);
      expect(built(0)).toEqual(want);
      expect(plain(q === 3 ? index.trigrams : index.bigrams)).toEqual(want);
    }
    if (size === 0) expect(plain(index.trigrams)).toEqual({ keys: [], starts: [0], postings: [] });
    // Keys from the top of the alphabet: a double holding key · 2^32 + group would round them.
    if (size >= 400) expect(Math.max(...index.trigrams.keys)).toBeGreaterThan(2 ** 23);
  });

  it('gives each frequent trigram\'s bit to exactly the groups in its list', () => {
    const index = memory(5, 300);
    const { keys, groupBits } = index.frequent;
    expect(keys.length).toBeGreaterThan(32);
    for (let f = 0; f < keys.length; f++) {
      const slot = index.trigrams.keys.indexOf(keys[f]!);
      const listed = [...index.trigrams.postings.subarray(index.trigrams.starts[slot]!, index.trigrams.starts[slot + 1]!)];
      const withBit = Array.from({ length: index.groups.count }, (_, g) => g).filter((g) => ((groupBits[g * 4 + (f >> 5)]! >>> (f & 31)) & 1) === 1);
      expect([f, withBit]).toEqual([f, listed]);
    }
  });
});
