// Catalog entries for a small test document without the segmenter: each block split after
// ". ", IDs s-a, s-b, … in document order, so build tests control their segments exactly.
import { parseSource } from '../../src/source/index.js';
import type { CatalogEntry } from '../../src/types.js';

export function segmentsOf(markdown: string): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const block of parseSource(markdown).blocks) {
    block.text.split(/(?<=\.) /).forEach((text, index) => {
      out.push({ id: `s-${String.fromCharCode(97 + out.length)}`, block: block.index, index, kind: block.kind, text, line: block.line, tags: [] });
    });
  }
  return out;
}
