import { describe, expect, it } from 'vitest';
import { ID_LENGTH, ID_PATTERN, mintId } from '../src/catalog/index.js';
import { prng, Reviser } from './fixtures/catalog/random-docs.js';

const TEXT = 'Les pluies ont fait douze morts dans le Gard.';

describe('mintId', () => {
  it('mints `s-` and six lowercase base-36 characters, safe as NMTOKEN, msgctxt and i18next key', () => {
    const id = mintId(TEXT, new Set());
    expect(id).toMatch(/^s-[0-9a-z]{6}$/);
    expect(id).toMatch(ID_PATTERN);
    expect(id).not.toMatch(/[.:]/);
    expect(ID_LENGTH).toBe(6);
  });

  it('depends only on the text, so a fresh clone mints the same IDs', () => {
    expect(mintId(TEXT, new Set())).toBe(mintId(TEXT, new Set(['s-unrelated'])));
    expect(mintId(TEXT, new Set())).toBe('s-vkdh57');
  });

  it('ignores whitespace and Unicode composition differences', () => {
    expect(mintId(`  ${TEXT.replace(' ', '\u00a0 ')}\n`, new Set())).toBe(mintId(TEXT, new Set()));
    expect(mintId('Nîmes', new Set())).toBe(mintId('Ni\u0302mes', new Set()));
  });

  it('gives distinct IDs to distinct sentences', () => {
    const reviser = new Reviser(prng(42));
    const texts = Array.from({ length: 3000 }, () => reviser.sentence());
    expect(new Set(texts.map((text) => mintId(text, new Set()))).size).toBe(texts.length);
  });

  it('perturbs the hash when the ID is taken, then lengthens it, deterministically', () => {
    const mintMany = (): string[] => {
      const taken = new Set<string>();
      return Array.from({ length: 20 }, () => {
        const id = mintId(TEXT, taken);
        taken.add(id);
        return id;
      });
    };
    const ids = mintMany();
    expect(new Set(ids).size).toBe(20);
    expect(ids.slice(0, 8).every((id) => id.length === 2 + ID_LENGTH)).toBe(true);
    expect(ids.slice(8, 16).every((id) => id.length === 3 + ID_LENGTH)).toBe(true);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(mintMany()).toEqual(ids);
  });
});
