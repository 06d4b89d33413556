// Near-duplicate groups: which sources share a group, the representative's distances, the caps,
// and that a memory made mostly of versions of the same sentences still finds what brute force
// finds.
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { bruteForceSearch } from '../src/memory/brute-force.js';
import { MAX_GROUP, MAX_SPAN, groupTexts, linkLimit, oneRegionBound, spanClass, SPAN_CLASSES } from '../src/memory/index-groups.js';
import { buildIndex, loadIndex, normalizeForMatching, serializeIndex, type MemoryEntry } from '../src/memory/index.js';
import { searchIndex } from '../src/memory/index-search.js';

const SENTENCE = 'le bilan de la frappe sur le marché de la vieille ville';

/** The groups of `texts`, as sorted lists of texts. */
function grouped(texts: string[]): string[][] {
  return groupTexts(texts)
    .groups.map((list) => list.map((i) => texts[i]!).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('oneRegionBound', () => {
  it.each([
    ['same', SENTENCE, SENTENCE, 0],
    ['a figure changed', 'au moins 426 civils tués', 'au moins 450 civils tués', 2],
    ['a word added at the end', 'le bilan', 'le bilan final', 6],
    ['a word dropped in the middle', 'le bilan final de la frappe', 'le bilan de la frappe', 6],
    ['two regions: an upper bound', 'abcdefgh', 'xbcdefgy', 8],
    ['nothing in common', 'abc', 'xyz', 3],
    ['empty', '', 'abc', 3],
  ])('%s', (_label, a, b, bound) => {
    expect(oneRegionBound(a, b)).toBe(bound);
    expect(oneRegionBound(b, a)).toBe(bound);
    expect(oneRegionBound(a, b)).toBeGreaterThanOrEqual(distance(a, b));
  });
});

describe('linkLimit', () => {
  it.each([
    [6, 3],
    [30, 10],
    [36, 12],
    [300, 12],
  ])('a text of %i characters links with an edit of at most %i', (length, limit) => {
    expect(linkLimit(length)).toBe(limit);
  });
});

describe('spanClass', () => {
  it('puts a group in the first class its span fits', () => {
    expect(SPAN_CLASSES.map((span) => spanClass(span))).toEqual(SPAN_CLASSES.map((_, c) => c));
    expect(spanClass(1)).toBe(1);
    expect(spanClass(MAX_SPAN)).toBe(SPAN_CLASSES.length - 1);
  });
});

describe('groupTexts', () => {
  it('groups versions of a sentence and leaves other sentences alone', () => {
    const texts = [
      'au moins 426 civils ont été tués',
      "l'armée a repris le contrôle du pont",
      'au moins 450 civils ont été tués',
      'au moins 426 civils ont été tués hier',
      "l'armée a repris le contrôle de la route",
      'le gouvernement a démissionné',
    ];
    expect(grouped(texts)).toEqual([
      ['au moins 426 civils ont été tués', 'au moins 426 civils ont été tués hier', 'au moins 450 civils ont été tués'],
      ["l'armée a repris le contrôle de la route", "l'armée a repris le contrôle du pont"],
      ['le gouvernement a démissionné'],
    ]);
  });

  it('leads each group with its shortest member and knows every distance to it', () => {
    const texts = [
      `${SENTENCE} ce matin`,
      SENTENCE,
      `${SENTENCE} ce matin 12345`,
      SENTENCE.replace('frappe', 'frappe aérienne'),
      // Two regions from the representative: linked through the first version.
      `${SENTENCE.replace('vieille', 'vielle')} ce matin`,
    ];
    const { groups, repDistance } = groupTexts(texts);
    expect(groups).toHaveLength(1);
    const [rep, ...others] = groups[0]!;
    expect(texts[rep!]).toBe(SENTENCE);
    expect(repDistance[rep!]).toBe(0);
    // The search's triangle inequality needs these exact, or at least not below the distance.
    expect(others.map((i) => repDistance[i])).toEqual(others.map((i) => distance(texts[rep!]!, texts[i]!)));
  });

  it(`caps groups at ${MAX_GROUP} members and a span of ${MAX_SPAN} characters`, () => {
    const versions = Array.from({ length: 40 }, (_, i) => `${SENTENCE} ${'x'.repeat(i % 30)}${i}`);
    const { groups } = groupTexts(versions);
    for (const list of groups) {
      expect(list.length).toBeLessThanOrEqual(MAX_GROUP);
      const lengths = list.map((i) => versions[i]!.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(MAX_SPAN);
    }
    expect(groups.flat().sort((a, b) => a - b)).toEqual(versions.map((_, i) => i));
  });

  it('in a large bucket of texts with the same start, links each text with its neighbours in string order, both ways', () => {
    // Twelve sentences that share their first eleven characters (past the key and the three
    // characters read as a number), each with a version; the versions come last, far from their
    // sentences in the input, so only the order of the strings brings each next to its own.
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
    const forward = words.map((w) => `commune abc ${Array(5).fill(w).join(' ')}`);
    const backward = words.map((w) => `${Array(5).fill(w).join(' ')} abc commune`);
    for (const sentences of [forward, backward]) {
      const versions = sentences.map((t) => (sentences === forward ? `${t} 12` : `12 ${t}`));
      const groups = grouped([...sentences, ...versions]);
      expect(groups).toEqual(sentences.map((t, i) => [t, versions[i]!].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    }
  });

  it('leaves very short texts alone', () => {
    expect(grouped(['oui', 'ouis', 'non', 'nono'])).toEqual([['non'], ['nono'], ['oui'], ['ouis']]);
  });

  it('is deterministic', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `${SENTENCE.slice(0, 20 + (i % 30))} ${i % 17}`);
    expect(groupTexts(texts)).toEqual(groupTexts(texts));
  });
});

describe('a memory of many versions and copies', () => {
  // Each base sentence in up to 30 versions (more than a group holds), each version repeated
  // up to 3 times (exact duplicates share a member), in a crowd of unrelated sentences.
  const words = 'bilan civils armée frappe ville pont route hôpital école nord sud mars avril selon rapport aide réfugiés'.split(' ');
  const bases = Array.from({ length: 12 }, (_, b) => Array.from({ length: 8 + (b % 5) }, (_, w) => words[(b * 7 + w * 3) % words.length]).join(' '));
  const sources: string[] = [];
  bases.forEach((base, b) => {
    for (let v = 0; v < 10 + b * 2; v++) {
      const version = v % 3 === 0 ? `${base} ${v * 37}` : v % 3 === 1 ? base.replace(/ \S+/, ` ${words[v % words.length]}`) : `${words[v % words.length]} ${base}`;
      for (let copy = 0; copy <= v % 3; copy++) sources.push(version);
    }
  });
  for (let i = 0; i < 300; i++) sources.push(`${words[i % words.length]} ${words[(i * 5) % words.length]} ${i} ${words[(i * 11) % words.length]}`);
  const entries: MemoryEntry[] = sources.map((source) => ({ source, target: source, sourceLang: 'fr', targetLang: 'en', props: [] }));
  const index = buildIndex(entries);
  const normalized = sources.map(normalizeForMatching);
  const key = (hits: Array<{ entry: number; distance: number; score: number }>) => hits.map((h) => `${h.entry}:${h.distance}:${h.score}`).sort();
  const queries = [
    ...bases,
    ...bases.map((b) => `${b} 999`),
    ...bases.map((b) => b.slice(4)),
    'frappe sur la ville',
    ...sources.filter((_, i) => i % 25 === 0),
  ].map(normalizeForMatching);

  it('shares members among copies and groups among versions', () => {
    const members = index.textStart.length - 1;
    expect(members).toBe(new Set(normalized).size);
    // The 252 versions fall into a few dozen groups; the unrelated sentences mostly stay alone.
    expect(members - index.groups.count).toBeGreaterThan(150);
    expect(index.sameEntries.length).toBe(sources.length);
  });

  it.each([75, 60, 90, 100])('finds what brute force finds at %i', (min) => {
    let found = 0;
    for (const query of queries) {
      const expected = key(bruteForceSearch(normalized, query, min));
      expect(key(searchIndex(index, query, min))).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(min === 100 ? 30 : queries.length);
  });

  it('answers the same after persisting', () => {
    const loaded = loadIndex(serializeIndex(index));
    for (const query of queries) expect(key(searchIndex(loaded, query, 75))).toEqual(key(searchIndex(index, query, 75)));
  });
});
