// The index finds exactly what a brute-force scan finds: every entry at or above the threshold,
// with the same distance, on a few thousand realistic entries with near duplicates (seeded).
import { describe, expect, it } from 'vitest';
import { buildIndex, normalizeForMatching, type MemoryEntry } from '../src/memory/index.js';
import { bruteForceSearch } from '../src/memory/brute-force.js';
import { hitCounters, searchIndex } from '../src/memory/index-search.js';
import { prng } from './support/prng.js';

const WORDS = (
  'le la les un une des de du au aux et ou mais donc car ni que qui dont où ce cette ces son sa ses leur président ' +
  'ministre gouvernement armée civils morts blessés attaque frappe ville région nord sud est ouest mars avril mai juin ' +
  'selon a été ont sont est sera rapport bilan hôpital école route pont frontière réfugiés aide humanitaire ONU ' +
  'Gaza Beyrouth Paris Damas Bagdad « » , . : ; ? ! l\' d\' qu\' <1> </1> <2/> 426 450 1 500 3,5 % 2024 12 mars'
).split(' ');

function sentence(random: () => number): string {
  const n = 1 + Math.floor(random() * random() * 24);
  return Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

/** A realistic edit: change, drop or add characters or words. */
function perturb(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const r = random();
    if (r < 0.3) out = out.slice(0, at) + 'xyzéa '[Math.floor(random() * 6)] + out.slice(at + 1);
    else if (r < 0.5) out = out.slice(0, at) + out.slice(at + 1);
    else if (r < 0.7) out = out.slice(0, at) + 'ion'.slice(0, 1 + Math.floor(random() * 3)) + out.slice(at);
    else if (r < 0.85) out = `${out} ${WORDS[Math.floor(random() * WORDS.length)]}`;
    else out = out.split(' ').reverse().join(' ');
  }
  return out;
}

const random = prng(2024);
const bases = Array.from({ length: 1200 }, () => sentence(random));
const sources = [...bases, ...Array.from({ length: 2400 }, () => perturb(bases[Math.floor(random() * bases.length)]!, random))];
sources.push('', 'a', 'ab', 'OK', 'Oui', 'Non.', '4', 'x'.repeat(300), sentence(random).repeat(8));
// Repeated grams, and more distinct characters than the index's 255-letter gram alphabet.
for (let n = 1; n < 40; n += 3) sources.push('ab'.repeat(n), 'la '.repeat(n), `${'ab'.repeat(n)}c${'ab'.repeat(n)}`);
const CJK = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i));
for (let i = 0; i < 60; i++) sources.push(Array.from({ length: 4 + Math.floor(random() * 30) }, () => CJK[Math.floor(random() * CJK.length)]).join(''));
const entries: MemoryEntry[] = sources.map((source) => ({ source, target: source, sourceLang: 'fr', targetLang: 'en', props: [] }));
const index = buildIndex(entries);
const normalized = entries.map((e) => normalizeForMatching(e.source));
const queries = [
  ...Array.from({ length: 150 }, () => perturb(sources[Math.floor(random() * sources.length)]!, random)),
  ...Array.from({ length: 50 }, () => sentence(random)),
  ...Array.from({ length: 20 }, () => sources[Math.floor(random() * sources.length)]!),
  '',
  'a',
  'Oui',
  'x'.repeat(299),
  'ab'.repeat(20),
  'la '.repeat(17),
  ...sources.slice(-60, -50).map((s) => perturb(s, random)),
  // Longer than a machine word, with repeated grams (the count filter counts positions).
  ...Array.from({ length: 10 }, () => perturb(`${sentence(random)} ${sentence(random)} ${sentence(random)}`, random)),
  ...Array.from({ length: 5 }, () => perturb(bases[Math.floor(random() * bases.length)]!.repeat(3), random)),
].map(normalizeForMatching);

const key = (hits: Array<{ entry: number; distance: number; score: number }>) =>
  hits.map((h) => `${h.entry}:${h.distance}:${h.score}`).sort();

describe('index recall equals brute force', () => {
  it.each([75, 60, 90, 100, 40, 74.5])('at threshold %s', (min) => {
    let found = 0;
    for (const query of queries) {
      const expected = key(bruteForceSearch(normalized, query, min));
      expect(key(searchIndex(index, query, min))).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(queries.length / 4);
  });

  it('leaves every hit counter at zero, whichever way a block found its candidates and cleared its counters', () => {
    // More groups than one block of counters (16,384), and queries of every length: some blocks
    // are read counter by counter, others through their few admitting postings.
    const many = buildIndex(
      Array.from({ length: 24_000 }, (_, i) => ({ source: `${sentence(random)} ${i}`, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })),
    );
    expect(many.groups.count).toBeGreaterThan(16_384);
    let searched = 0;
    for (const [memory, min] of [[index, 75], [many, 75], [many, 60], [many, 90]] as const) {
      for (const query of queries) {
        searchIndex(memory, query, min);
        const counts = hitCounters(memory);
        if (!counts) continue;
        searched++;
        expect(counts.findIndex((c) => c !== 0)).toBe(-1);
      }
    }
    expect(searched).toBeGreaterThan(queries.length * 3);
  });

  it('finds entries whose edits destroy the most grams the count filter allows', () => {
    // Substitutions three apart each destroy three trigrams of their own: with k edits,
    // exactly 3k query positions are gone, the count filter's limit. Among thousands of
    // similar entries, so that the index reads lists instead of scanning.
    // 80 distinct characters: no gram occurs twice, so a destroyed gram is absent.
    const distinct = (from: number, n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(from + i)).join('');
    const base = `abcdefghijklmnopqrstuvwxyz0123456789${distinct(0x430, 32)}${distinct(0x3b1, 12)}`;
    const spaced = (n: number, from: number) => {
      const chars = [...base];
      for (let e = 0; e < n; e++) chars[from + 3 * e] = '#';
      return chars.join('');
    };
    // 80 characters: 20 edits → floor(100 × 60 / 80) = 75; 21 → 73.
    const crafted = [spaced(20, 2), spaced(21, 2), spaced(20, 20), `${base}${'xyz'.repeat(5)}`, `${spaced(12, 4)}la la la`];
    const memory = [...sources, ...crafted];
    const crowded = buildIndex(memory.map((source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })));
    const plain = memory.map(normalizeForMatching);
    for (const query of [base, base.slice(0, 70), `${base}!`, spaced(3, 7), `${base} ${base}`]) {
      for (const min of [75, 60, 85]) {
        expect(key(searchIndex(crowded, query, min))).toEqual(key(bruteForceSearch(plain, query, min)));
      }
    }
    const atLimit = searchIndex(crowded, base, 75).map((h) => memory[h.entry]);
    expect(atLimit).toContain(crafted[0]);
    expect(atLimit).toContain(crafted[2]);
    expect(atLimit).not.toContain(crafted[1]);
  });

  it('finds the same after the mismatch filter is dropped for a long query that it cannot prune', () => {
    // Thousands of shuffles of one long sentence: the same characters and nearly the same
    // trigrams, so the cheap filters pass them all and only the distance tells them apart; the
    // search stops asking the mismatch filter after 512 members. Near duplicates are among them.
    const shuffle = prng(7);
    const words = Array.from({ length: 40 }, () => WORDS[Math.floor(shuffle() * WORDS.length)]!);
    const long = words.join(' ');
    const memory: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const copy = [...words];
      for (let j = copy.length - 1; j > 0; j--) {
        const k = Math.floor(shuffle() * (j + 1));
        [copy[j], copy[k]] = [copy[k]!, copy[j]!];
      }
      memory.push(i % 100 === 99 ? perturb(long, shuffle) : copy.join(' '));
    }
    const shuffled = buildIndex(memory.map((source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })));
    const plain = memory.map(normalizeForMatching);
    for (const query of [long, perturb(long, shuffle), perturb(long, shuffle)].map(normalizeForMatching)) {
      const expected = key(bruteForceSearch(plain, query, 75));
      expect(expected.length).toBeGreaterThanOrEqual(10);
      expect(key(searchIndex(shuffled, query, 75))).toEqual(expected);
    }
  });

  // A memory of at most 512 distinct sources is scanned instead of filtered: both ways, the threshold holds.
  it.each([
    ['scanned', 0],
    ['filtered', 600],
  ])('finds an entry exactly at the threshold and not one just below (%s)', (_how, filler) => {
    const fill = prng(5);
    const small = buildIndex(
      ['abcdefghij klmnopqrst', 'abcdefghij klmnopqXXX', 'abcdefghij klmnoXXXXX', 'abcdefghij kXXXXXXXXX', ...Array.from({ length: filler }, () => sentence(fill))].map(
        (source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] }),
      ),
    );
    // 21 characters: 5 edits → floor(100 × 16 / 21) = 76; 6 edits → 71.
    const hits = searchIndex(small, 'abcdefghij klmnopqrst', 75).map((h) => [h.entry, h.score]).sort();
    expect(hits).toEqual([[0, 100], [1, 85], [2, 76]]);
  });

  it.each([1, 20, 511, 512, 513, 700])('a memory of %i distinct sources, on either side of the scan: what brute force finds', (size) => {
    const pick = prng(size);
    const memory = Array.from({ length: size }, (_, i) => `${sentence(pick)} ${i}`);
    const built = buildIndex(memory.map((source) => ({ source, target: '', sourceLang: 'fr', targetLang: 'en', props: [] })));
    expect(built.textStart.length - 1).toBe(size);
    const plain = memory.map(normalizeForMatching);
    for (let q = 0; q < 40; q++) {
      const query = normalizeForMatching(q % 2 ? perturb(memory[Math.floor(pick() * memory.length)]!, pick) : sentence(pick));
      for (const min of [60, 75, 90]) expect(key(searchIndex(built, query, min))).toEqual(key(bruteForceSearch(plain, query, min)));
    }
  });
});
