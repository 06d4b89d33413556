// A French→English memory entry for tests, with only what a case needs spelled out.
import type { MemoryEntry } from '../../src/memory/index.js';

export const entry = (source: string, target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  source,
  target,
  sourceLang: 'fr',
  targetLang: 'en',
  props: [],
  ...extra,
});
