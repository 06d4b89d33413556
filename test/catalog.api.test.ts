import { describe, expect, it } from 'vitest';

describe('src/catalog public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('../src/catalog/index.js')).sort()).toEqual([
      'BEFORE_PREFIX',
      'FIGURES_ADAPTED_NOTE',
      'ID_LENGTH',
      'ID_PATTERN',
      'MOVED_SIMILARITY_THRESHOLD',
      'NOT_ADAPTED_PREFIX',
      'RULES',
      'SIMILARITY_THRESHOLD',
      'alignSegments',
      'alignedStates',
      'driftFindings',
      'mintId',
      'normalizeText',
      'parsePo',
      'parsePot',
      'pluralForms',
      'sameText',
      'segmentStates',
      'serializePo',
      'serializePot',
      'similarity',
      'summarize',
      'updateTranslations',
    ]);
  });
});
