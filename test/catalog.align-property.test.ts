import { describe, expect, it } from 'vitest';
import { alignSegments } from '../src/catalog/index.js';
import { prng, Reviser, textsOf } from './fixtures/catalog/random-docs.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const CASES = 400;

describe('alignSegments under random revisions', () => {
  it(`keeps the ID of every untouched or lightly edited sentence (${CASES} seeded cases)`, () => {
    let checkedIntact = 0;
    let checkedLight = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const reviser = new Reviser(prng(seed));
      const original = reviser.document();
      const revised = reviser.revise(original, 1 + reviser.int(5));
      const previous = alignSegments([], segmentsOf(textsOf(original))).entries;
      const alignment = alignSegments(previous, segmentsOf(textsOf(revised)));
      const context = `seed ${seed}`;

      // Every sentence that kept its text, or only had a typo or figure fixed, keeps its ID.
      revised.flat().forEach((sentence, k) => {
        if (sentence.edit === 'heavy') return;
        expect(alignment.entries[k]!.id, `${context}: "${sentence.text}" (${sentence.edit})`).toBe(previous[sentence.origin!]!.id);
        if (sentence.edit === 'intact') checkedIntact++;
        else checkedLight++;
      });

      // The alignment accounts for every ID exactly once.
      const ids = alignment.entries.map((e) => e.id);
      expect(new Set(ids).size, context).toBe(ids.length);
      const previousIds = new Set(previous.map((e) => e.id));
      const kept = ids.filter((id) => previousIds.has(id));
      expect([...kept, ...alignment.removed.map((e) => e.id)].sort(), context).toEqual([...previousIds].sort());
      expect(alignment.added, context).toEqual(ids.filter((id) => !previousIds.has(id)));
      for (const { id, previousSource } of alignment.changed) {
        expect(previous.find((e) => e.id === id)?.text, context).toBe(previousSource);
      }
    }
    // The generator really exercises both kinds of sentences.
    expect(checkedIntact).toBeGreaterThan(CASES * 5);
    expect(checkedLight).toBeGreaterThan(CASES / 5);
  });
});

describe('alignSegments on a document too large for its in-order table', () => {
  it('still keeps the ID of every untouched sentence (2 500 sentences, edits at both ends)', () => {
    const reviser = new Reviser(prng(2024));
    const paragraphs = Array.from({ length: 500 }, () => Array.from({ length: 5 }, () => reviser.sentence()));
    const previous = alignSegments([], segmentsOf(paragraphs)).entries;
    const revised = [[reviser.sentence()], ...paragraphs.slice(250), ...paragraphs.slice(1, 250), [reviser.sentence()]];
    const alignment = alignSegments(previous, segmentsOf(revised));
    const idOf = new Map(previous.map((e) => [e.text, e.id]));
    const kept = alignment.entries.filter((e) => idOf.has(e.text));
    expect(kept).toHaveLength(2495);
    for (const entry of kept) expect(entry.id).toBe(idOf.get(entry.text));
    expect(alignment.removed.map((e) => e.text)).toEqual(paragraphs[0]);
    expect(alignment.added).toHaveLength(2);
  });
});
