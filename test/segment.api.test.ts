import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../src/segment/index.js';

describe('segment public API', () => {
  it('exports exactly its three functions', async () => {
    expect(Object.keys(await import('../src/segment/index.js')).sort()).toEqual([
      'segmentBlocks',
      'splitSentences',
      'supportedLanguages',
    ]);
  });

  it('supports French, English and Arabic', () => {
    expect(supportedLanguages()).toEqual(['ar', 'en', 'fr']);
  });
});
