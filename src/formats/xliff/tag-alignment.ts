// Comparing an XLIFF source with the catalog's source, and carrying the target over. A tool may
// number codes its own way (1.2 files use IDs like `p1`, `ph1`), so tags are matched by
// position: the n-th tag of the XLIFF source is the n-th tag of the catalog source. The
// target's tags are then renumbered through the same correspondence, which keeps the
// translator's order. Text is compared after Unicode NFC and folding of XML whitespace (not of
// no-break spaces): a tool that rewraps or re-escapes a source has not changed it.

import { escapeText, tokenizeTaggedText, unescapeText, type TaggedToken } from '../../source/index.js';

type Tag = Exclude<TaggedToken, { type: 'text' }>;

const isTag = (token: TaggedToken): token is Tag => token.type !== 'text';

function tagText(type: Tag['type'], n: number): string {
  return type === 'open' ? `<${n}>` : type === 'close' ? `</${n}>` : `<${n}/>`;
}

function canonical(tokens: readonly TaggedToken[], rename: (n: number) => number): string {
  return tokens
    .map((t) => (isTag(t) ? tagText(t.type, rename(t.n)) : escapeText(unescapeText(t.value))))
    .join('')
    .normalize('NFC')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/^ | $/g, '');
}

/**
 * The correspondence from the tag numbers of `found` (an XLIFF source) to those of `expected`
 * (the catalog source), or `undefined` when the two are not the same text with the same tags.
 */
export function alignSource(found: string, expected: string): Map<number, number> | undefined {
  const foundTokens = tokenizeTaggedText(found);
  const expectedTokens = tokenizeTaggedText(expected);
  const foundTags = foundTokens.filter(isTag);
  const expectedTags = expectedTokens.filter(isTag);
  if (foundTags.length !== expectedTags.length) return undefined;
  const map = new Map<number, number>();
  const used = new Map<number, number>();
  for (const [i, tag] of foundTags.entries()) {
    const other = expectedTags[i] as Tag;
    if (tag.type !== other.type) return undefined;
    if ((map.get(tag.n) ?? other.n) !== other.n || (used.get(other.n) ?? tag.n) !== tag.n) return undefined;
    map.set(tag.n, other.n);
    used.set(other.n, tag.n);
  }
  const same = canonical(foundTokens, (n) => map.get(n) ?? n) === canonical(expectedTokens, (n) => n);
  return same ? map : undefined;
}

/**
 * `text` with its tags renumbered through `map`. A tag the source does not have keeps its
 * number unless a mapped tag now uses it; then it gets a number no tag uses, so the tag check
 * reports an extra tag rather than mistaking it for another.
 */
export function renumberTags(text: string, map: ReadonlyMap<number, number>): string {
  const tokens = tokenizeTaggedText(text);
  const taken = new Set(map.values());
  let next = Math.max(0, ...taken, ...tokens.filter(isTag).map((t) => t.n)) + 1;
  const extra = new Map<number, number>();
  return tokens
    .map((t) => {
      if (!isTag(t)) return t.value;
      let n = map.get(t.n) ?? extra.get(t.n);
      if (n === undefined) {
        n = taken.has(t.n) ? next++ : t.n;
        extra.set(t.n, n);
        taken.add(n);
      }
      return tagText(t.type, n);
    })
    .join('');
}
