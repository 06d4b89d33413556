import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { segmentBlocks, splitSentences } from '../src/segment/index.js';
import type { Block, SourceSegment } from '../src/types.js';

const split = (text: string): string[] => splitSentences(text, 'fr').map((sentence) => sentence.text);
const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`fixtures/segment/${name}`, import.meta.url), 'utf8')) as T;

const cases: Array<{ name: string; text: string; expected: string[] }> = [
  { name: 'a closing tag stays with the sentence it ends', text: 'Il a lu <1>la fin.</1> Début du second.', expected: ['Il a lu <1>la fin.</1>', 'Début du second.'] },
  { name: 'an opening tag goes with the sentence it starts', text: 'Voilà. <1>Ensuite</1> on part.', expected: ['Voilà.', '<1>Ensuite</1> on part.'] },
  { name: 'a standalone tag glued to the end mark stays behind', text: 'Voir la carte.<2/> Elle est claire.', expected: ['Voir la carte.<2/>', 'Elle est claire.'] },
  { name: 'a standalone tag before the next word goes forward', text: 'Voir la carte. <2/>Elle est claire.', expected: ['Voir la carte.', '<2/>Elle est claire.'] },
  { name: 'tags are transparent to abbreviations', text: 'Le <1>Dr.</1> Morel arrive. Il entre.', expected: ['Le <1>Dr.</1> Morel arrive.', 'Il entre.'] },
  { name: 'tags are transparent to the next word', text: 'La ville est tombée. <1><2>Les</2> habitants</1> fuient.', expected: ['La ville est tombée.', '<1><2>Les</2> habitants</1> fuient.'] },
  { name: 'no break inside a tag pair that spans two sentences', text: 'Il dit : <1>Non. Jamais.</1> Puis il sort.', expected: ['Il dit : <1>Non. Jamais.</1>', 'Puis il sort.'] },
  { name: 'a pair opened in one sentence and closed in the next joins them', text: 'Début <1>de la phrase. Fin</1> de la suite. Autre.', expected: ['Début <1>de la phrase. Fin</1> de la suite.', 'Autre.'] },
  { name: 'nested pairs', text: '<1>Un. <2>Deux.</2></1> Trois.', expected: ['<1>Un. <2>Deux.</2></1>', 'Trois.'] },
  { name: 'an unclosed tag does not block later breaks', text: 'Un <1>mot. Deux.', expected: ['Un <1>mot.', 'Deux.'] },
  { name: 'angle brackets that are not tags are text', text: 'On a 3 < 5 et <b> reste du texte. Fin.', expected: ['On a 3 < 5 et <b> reste du texte.', 'Fin.'] },
];

describe('inline tags', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the tagged text and loses no tag', () => {
    for (const { text } of cases) {
      const sentences = splitSentences(text, 'fr');
      for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      const tagsOf = (s: string) => s.match(/<\/?\d+\/?>/g) ?? [];
      expect(sentences.flatMap((sentence) => tagsOf(sentence.text))).toEqual(tagsOf(text));
    }
  });
});

describe('segmentBlocks', () => {
  const { blocks, lang } = fixture<{ blocks: Block[]; lang: string }>('blocks.input.json');
  const segments = segmentBlocks(blocks, lang);

  it('matches the golden segmentation of the fixture blocks', () => {
    expect(segments).toEqual(fixture<SourceSegment[]>('blocks.expected.json'));
  });

  it('numbers sentences within their block, in document order, skipping blank blocks', () => {
    expect(segments.map((segment) => [segment.block, segment.index])).toEqual([
      [0, 0], [1, 0], [1, 1], [1, 2], [1, 3], [2, 0], [2, 1], [4, 0],
    ]);
    expect(segments.map((segment) => segment.kind)).toEqual([
      'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'blockquote', 'blockquote', 'image-alt',
    ]);
  });

  it('adds the newlines before a sentence to its block line', () => {
    const block: Block = { index: 0, kind: 'paragraph', line: 20, tags: [], text: 'Un.\nDeux.\n\nTrois. Quatre.' };
    expect(segmentBlocks([block], 'fr').map((segment) => [segment.text, segment.line])).toEqual([
      ['Un.', 20], ['Deux.', 21], ['Trois.', 23], ['Quatre.', 23],
    ]);
  });

  it('gives each sentence the tag objects of its block that occur in it', () => {
    const link = { n: 1, kind: 'link', paired: true, description: 'link to https://example.org/' };
    const image = { n: 2, kind: 'image', paired: false, description: 'image carte.png' };
    const block: Block = { index: 7, kind: 'paragraph', line: 1, tags: [link, image], text: 'Voir <1>le site</1>. La carte <2/> suit.' };
    const [first, second] = segmentBlocks([block], 'fr');
    expect(first?.tags).toEqual([link]);
    expect(first?.tags[0]).toBe(link);
    expect(second?.tags).toEqual([image]);
    expect(second?.block).toBe(7);
  });

  it('uses the language rules it is given', () => {
    const block: Block = { index: 0, kind: 'paragraph', line: 1, tags: [], text: 'Ask Dr. Gray. He knows.' };
    expect(segmentBlocks([block], 'en-GB').map((segment) => segment.text)).toEqual(['Ask Dr. Gray.', 'He knows.']);
  });

  it('rejects an unknown language even without blocks', () => {
    expect(() => segmentBlocks([], 'xx')).toThrow(InputError);
  });
});
