// The comments that describe a segment in the catalog and in every PO file, in a form that reads
// well for a translator and reads back without loss:
//
//   #. type: paragraph                 block kind (po4a's convention)
//   #. block: 3                        0-based block index, as in `tessera segment --format json`
//   #. <1>…</1>: emphasis              one line per inline tag: its description, and its mdast
//   #. <2/> (image): image "Mossoul"   kind in parentheses when the description is not the kind
//   #. <3/> (break)                    (and no description when it is empty)
//   #: source-texts/article.md:12      1-based source line
//
// The position of a sentence within its block is not written: entries are in document order, so
// it is the count of earlier entries of the same block.

import { PLAIN_TEXT_KINDS, type BlockKind, type CatalogEntry, type InlineTag } from '../types.js';
import { InputError } from '../errors.js';

const BLOCK_KINDS: ReadonlySet<string> = new Set<BlockKind>([...PLAIN_TEXT_KINDS, 'heading', 'paragraph', 'list-item', 'blockquote', 'table-cell']);

/** `#.` lines for a segment. */
export function extractedComments(entry: CatalogEntry): string[] {
  return [`type: ${entry.kind}`, `block: ${entry.block}`, ...entry.tags.map(tagComment)];
}

/** `#:` reference for a segment. */
export function referenceComment(sourceFile: string, entry: CatalogEntry): string {
  return `${sourceFile}:${entry.line}`;
}

/** What the comments of a catalog entry say about its segment. */
export interface SegmentPlace {
  kind: BlockKind;
  block: number;
  line: number;
  tags: InlineTag[];
}

/** Read the comments written by `extractedComments` and `referenceComment`. */
export function readSegmentComments(
  extracted: readonly string[],
  references: readonly string[],
  file: string,
  line: number,
): SegmentPlace {
  const fail = (message: string): never => {
    throw new InputError(`${message}; regenerate the catalog with tessera extract`, { file, line });
  };
  let kind: BlockKind | undefined;
  let block: number | undefined;
  const tags: InlineTag[] = [];
  for (const comment of extracted) {
    const field = /^(type|block): (.*)$/u.exec(comment);
    if (field?.[1] === 'type') {
      if (!BLOCK_KINDS.has(field[2]!)) fail(`unknown block type "${field[2]}"`);
      kind = field[2] as BlockKind;
      continue;
    }
    if (field?.[1] === 'block') {
      if (!/^\d+$/u.test(field[2]!)) fail(`"block: ${field[2]}" is not a block index`);
      block = Number(field[2]);
      continue;
    }
    const tag = /^<(\d+)(>…<\/\1>|\/>)(?: \(([^()\s]+)\))?(?:: ?(.*))?$/u.exec(comment);
    if (tag) {
      const description = tag[4] ?? '';
      tags.push({ n: Number(tag[1]), kind: tag[3] ?? description, paired: tag[2] !== '/>', description });
    }
  }
  const sourceLine = /:(\d+)$/u.exec(references.at(-1) ?? '')?.[1];
  if (kind === undefined) fail('catalog entry without "#. type:" comment');
  if (block === undefined) fail('catalog entry without "#. block:" comment');
  if (sourceLine === undefined) fail('catalog entry without "#: file:line" reference');
  return { kind: kind!, block: block!, line: Number(sourceLine), tags };
}

function tagComment(tag: InlineTag): string {
  const marker = tag.paired ? `<${tag.n}>…</${tag.n}>` : `<${tag.n}/>`;
  // Comments are single lines: a description spread over lines (a long link title) is joined.
  const description = tag.description.replace(/\s+/gu, ' ').trim();
  if (description === tag.kind) return `${marker}: ${description}`;
  return description === '' ? `${marker} (${tag.kind})` : `${marker} (${tag.kind}): ${description}`;
}
