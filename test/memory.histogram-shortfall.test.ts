// The four-buckets-a-word shortfall equals the plain per-bucket sum of max(0, query − stored)
// (a stored 255 meaning "255 or more"), and stops counting once past its limit; a group's
// bucket maxima never find more than any member does.
import { describe, expect, it } from 'vitest';
import { groupMaxima, histogramWords, prepareQueryCounts, shortfall } from '../src/memory/histogram-shortfall.js';
import { HISTOGRAM_BUCKETS } from '../src/memory/index-types.js';
import { prng } from './support/prng.js';

function plain(query: number[], stored: Uint8Array, member: number): number {
  let sum = 0;
  for (let b = 0; b < HISTOGRAM_BUCKETS; b++) {
    const s = stored[member * HISTOGRAM_BUCKETS + b]!;
    if (s !== 255) sum += Math.max(0, query[b]! - s);
  }
  return sum;
}

const words = histogramWords;

describe('shortfall', () => {
  it.each([
    ['nothing lacking', [3, 1, 0, 2], [3, 1, 0, 2], 0],
    ['more stored than asked', [1, 1, 1, 1], [9, 9, 9, 9], 0],
    ['each lane on its own', [5, 0, 7, 1], [2, 0, 9, 0], 3 + 0 + 0 + 1],
    ['255 stored proves nothing', [200, 255, 0, 0], [255, 255, 0, 0], 0],
    ['a count of 255 against 0', [255, 0, 0, 0], [0, 0, 0, 0], 255],
    ['query counts above 255 count as 255', [300, 0, 0, 0], [10, 0, 0, 0], 245],
  ])('%s', (_label, query, member, expected) => {
    const q = Array.from({ length: HISTOGRAM_BUCKETS }, (_, b) => query[b] ?? 0);
    const stored = new Uint8Array(HISTOGRAM_BUCKETS);
    stored.set(member);
    expect(shortfall(words(stored), 0, prepareQueryCounts(q, () => 0), 1e9)).toBe(expected);
  });

  it('equals the plain sum on random histograms, in any word order', () => {
    const random = prng(5);
    const members = 500;
    const stored = new Uint8Array(members * HISTOGRAM_BUCKETS);
    for (let i = 0; i < stored.length; i++) stored[i] = random() < 0.1 ? 255 : Math.floor(random() * random() * 40);
    for (let trial = 0; trial < 50; trial++) {
      const q = Array.from({ length: HISTOGRAM_BUCKETS }, () => (random() < 0.3 ? 0 : Math.floor(random() * random() * 60)));
      const counts = prepareQueryCounts(q, () => random());
      for (let member = 0; member < members; member++) {
        expect(shortfall(words(stored), member, counts, 1e9)).toBe(plain(q.map((n) => Math.min(n, 255)), stored, member));
      }
    }
  });

  it('stops once above the limit, with a count above it', () => {
    const q = Array.from({ length: HISTOGRAM_BUCKETS }, () => 10);
    const stored = new Uint8Array(HISTOGRAM_BUCKETS);
    const counts = prepareQueryCounts(q, () => 0);
    const full = shortfall(words(stored), 0, counts, 1e9);
    expect(full).toBe(320);
    const cut = shortfall(words(stored), 0, counts, 50);
    expect(cut).toBeGreaterThan(50);
    expect(cut).toBeLessThan(full);
  });

  it('skips the words where the query has no character', () => {
    const q = Array.from({ length: HISTOGRAM_BUCKETS }, (_, b) => (b === 9 ? 4 : 0));
    expect(Array.from(prepareQueryCounts(q, () => 0).words)).toEqual([2]);
  });
});

describe('groupMaxima', () => {
  const histogram = (counts: Record<number, number>) => Array.from({ length: HISTOGRAM_BUCKETS }, (_, b) => counts[b] ?? 0);

  it('takes each bucket’s largest count among the group’s members', () => {
    const counts = Uint8Array.from([...histogram({ 0: 3, 5: 1 }), ...histogram({ 0: 1, 5: 4, 31: 255 }), ...histogram({ 7: 2 })]);
    const maxima = groupMaxima(counts, Uint32Array.from([0, 2, 3]));
    expect(Array.from(maxima.subarray(0, HISTOGRAM_BUCKETS))).toEqual(histogram({ 0: 3, 5: 4, 31: 255 }));
    expect(Array.from(maxima.subarray(HISTOGRAM_BUCKETS))).toEqual(histogram({ 7: 2 }));
  });

  it('never finds a larger shortfall for the group than for any of its members', () => {
    const random = prng(7);
    const members = 60;
    const counts = Uint8Array.from({ length: members * HISTOGRAM_BUCKETS }, () => (random() < 0.5 ? 0 : Math.floor(random() * 12)));
    const groupStart = Uint32Array.from([0, 1, 4, 10, 25, 60]);
    const maxima = words(groupMaxima(counts, groupStart));
    for (let trial = 0; trial < 200; trial++) {
      const query = prepareQueryCounts(
        Array.from({ length: HISTOGRAM_BUCKETS }, () => Math.floor(random() * 10)),
        () => random(),
      );
      for (let g = 0; g + 1 < groupStart.length; g++) {
        const ofGroup = shortfall(maxima, g, query, 1e9);
        for (let member = groupStart[g]!; member < groupStart[g + 1]!; member++) {
          expect(ofGroup).toBeLessThanOrEqual(shortfall(words(counts), member, query, 1e9));
        }
      }
    }
  });
});
