// Concordance: every entry whose source (or target) contains a phrase, as CAT tools offer beside
// fuzzy matches, so that a translator sees how a name or a term was translated before. The
// phrase is compared in the matching form (case folded, inline tags and invisible characters
// dropped, spacing and apostrophes unified: normalize.ts), so `Conseil de sécurité` finds
// `le <1>conseil de sécurité</1>`.
//
// On the source side the trigram index gives the candidates: a member holds every trigram of the
// phrase, so the shortest posting list among them, intersected with the next ones, holds all the
// members containing it. The target side has no index: the entries' targets in the matching form
// are kept end to end (joined-texts.ts), joined at the first search of an index (one pass over
// every entry, as a scan would be), so that the editor's later searches are a string search.
// Several indexes (one per memory file) are searched as one memory (memory-set.ts).

import type { MemoryEntry } from './entry.js';
import { gramKey } from './index-build.js';
import { findKey } from './index-search.js';
import type { MemoryIndex } from './index-types.js';
import { memoryParts, type Memories } from './memory-set.js';
import { joinTexts, textsContaining, type TextChunk } from './joined-texts.js';
import { matchingForm, normalizeForMatching } from './normalize.js';

export type ConcordanceField = 'source' | 'target';

export interface ConcordanceOptions {
  /** Which side to search (default: source). */
  in?: ConcordanceField;
  /** Most hits returned (default 10); `total` still counts them all. */
  limit?: number;
}

export interface ConcordanceHit {
  entry: MemoryEntry;
  /** The entry's source and target as shown, in Unicode NFC: the texts `spans` count in. */
  source: string;
  target: string;
  /**
   * Where the phrase is in the searched side (`source` or `target` above), as [start, end)
   * code-unit offsets; empty in the rare text where the match cannot be placed.
   */
  spans: Array<[number, number]>;
  /** Whether the phrase stands as whole words there (not inside a longer word). */
  wholeWords: boolean;
}

export interface Concordance {
  /** The phrase in its matching form. */
  phrase: string;
  field: ConcordanceField;
  /** Entries containing the phrase. */
  total: number;
  /** Whole-word occurrences first, then the shortest texts (closest to a term), then memory order. */
  hits: ConcordanceHit[];
}

const DEFAULT_CONCORDANCE_LIMIT = 10;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * The entries found, as parallel arrays rather than an object each: a one-letter phrase finds
 * most of a large memory, and only the first `limit` are shown.
 */
interface Found {
  part: number[];
  entry: number[];
  /** The entry's number in the whole memory, the last tie-breaker. */
  order: number[];
  /** The text's length, raised by `NOT_WHOLE` when the phrase stands nowhere as whole words. */
  rank: number[];
}

/** Ranks any text with the phrase as whole words before every text without. */
const NOT_WHOLE = 2 ** 31;

/** Entries whose source or target contains `phrase` in the matching form, ranked (see Concordance). */
export function concordance(memories: Memories, phrase: string, options: ConcordanceOptions = {}): Concordance {
  const field = options.in ?? 'source';
  const limit = options.limit ?? DEFAULT_CONCORDANCE_LIMIT;
  const wanted = normalizeForMatching(phrase);
  if (wanted === '') return { phrase: wanted, field, total: 0, hits: [] };
  const parts = memoryParts(memories);
  const found: Found = { part: [], entry: [], order: [], rank: [] };
  const add = (part: number, entry: number, whole: boolean, length: number): void => {
    const order = parts[part]!.number(entry);
    if (order < 0) return;
    found.part.push(part);
    found.entry.push(entry);
    found.order.push(order);
    found.rank.push(whole ? length : NOT_WHOLE + length);
  };
  const phraseEdges = edges(wanted);
  parts.forEach(({ index }, part) => {
    if (field === 'source') {
      for (const [member, whole] of sourceMembers(index, wanted, phraseEdges)) {
        const length = index.textStart[member + 1]! - index.textStart[member]!;
        for (let e = index.sameStart[member]!; e < index.sameStart[member + 1]!; e++) add(part, index.sameEntries[e]!, whole, length);
      }
    } else {
      for (const [entry, text, start, end, at] of textsContaining(targetTexts(index), wanted)) {
        add(part, entry, wholeFrom(text, start, end, at, wanted, phraseEdges), end - start);
      }
    }
  });
  const hits = firstRanked(found.rank, found.order, Math.max(0, limit)).map((at): ConcordanceHit => {
    const entry = parts[found.part[at]!]!.index.entries.get(found.entry[at]!);
    const shown = { source: entry.source.normalize('NFC'), target: entry.target.normalize('NFC') };
    return { entry, ...shown, spans: spansOf(shown[field], wanted), wholeWords: found.rank[at]! < NOT_WHOLE };
  });
  return { phrase: wanted, field, total: found.rank.length, hits };
}

/**
 * Positions of the `limit` first hits by rank, then order (orders are distinct). The rank that
 * the limit reaches is found by counting, so only the hits up to it are sorted.
 */
function firstRanked(rank: readonly number[], order: readonly number[], limit: number): number[] {
  const byRank = (x: number, y: number): number => rank[x]! - rank[y]! || order[x]! - order[y]!;
  if (rank.length <= limit) return Array.from(rank.keys()).sort(byRank);
  if (limit === 0) return [];
  // Ranks are lengths, apart or raised by NOT_WHOLE: counted in two tables up to the longest.
  let longest = 0;
  for (const r of rank) longest = Math.max(longest, r % NOT_WHOLE);
  const counts = new Uint32Array(2 * (longest + 1));
  const slot = (r: number): number => (r >= NOT_WHOLE ? longest + 1 + r - NOT_WHOLE : r);
  for (const r of rank) counts[slot(r)]!++;
  let last = 0;
  for (let seen = 0; seen < limit; last++) seen += counts[last]!;
  const kept: number[] = [];
  for (let at = 0; at < rank.length; at++) if (slot(rank[at]!) < last) kept.push(at);
  return kept.sort(byRank).slice(0, limit);
}

const targetsOf = new WeakMap<MemoryIndex, TextChunk[]>();

/** The entries' targets in the matching form, joined at the first search of the index and kept. */
function targetTexts(index: MemoryIndex): TextChunk[] {
  let chunks = targetsOf.get(index);
  if (!chunks) {
    chunks = joinTexts(
      (function* () {
        const { entries } = index;
        for (let e = 0; e < index.size; e++) yield normalizeForMatching(entries.target ? entries.target(e) : entries.get(e).target);
      })(),
    );
    targetsOf.set(index, chunks);
  }
  return chunks;
}

/** Whether the phrase's first and last characters are word characters: only those need a boundary. */
function edges(wanted: string): [boolean, boolean] {
  return [isWordUnit(wanted.charCodeAt(0)), isWordUnit(wanted.charCodeAt(wanted.length - 1))];
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter, digit or mark, 2 not. */
const wordUnits = new Uint8Array(65536);

function isWordUnit(unit: number): boolean {
  let known = wordUnits[unit]!;
  if (known === 0) wordUnits[unit] = known = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/** Whether the occurrence at `at` of text [from, to) has no letter, digit or mark beside it where the phrase has one. */
function standsAloneAt(unitAt: (at: number) => number, from: number, to: number, at: number, n: number, [first, last]: [boolean, boolean]): boolean {
  return !(first && at > from && isWordUnit(unitAt(at - 1))) && !(last && at + n < to && isWordUnit(unitAt(at + n)));
}

/** Whether some occurrence of `wanted` in text [start, end) of `text`, the first at `at`, stands as whole words. */
function wholeFrom(text: string, start: number, end: number, at: number, wanted: string, phraseEdges: [boolean, boolean]): boolean {
  const unitAt = (i: number): number => text.charCodeAt(i);
  for (; at >= 0 && at + wanted.length <= end; at = text.indexOf(wanted, at + 1)) {
    if (standsAloneAt(unitAt, start, end, at, wanted.length, phraseEdges)) return true;
  }
  return false;
}

/** Members whose normalized source contains `wanted`, with whether it stands there as whole words. */
function sourceMembers(index: MemoryIndex, wanted: string, phraseEdges: [boolean, boolean]): Array<[number, boolean]> {
  const { texts, textStart, groups } = index;
  const n = wanted.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = wanted.charCodeAt(i);
  const unitAt = (i: number): number => texts[i]!;
  const members: Array<[number, boolean]> = [];
  const test = (member: number): void => {
    const start = textStart[member]!;
    const end = textStart[member + 1]!;
    let found = false;
    for (let at = start; at + n <= end; at++) {
      let i = 0;
      while (i < n && texts[at + i] === codes[i]) i++;
      if (i < n) continue;
      found = true;
      if (standsAloneAt(unitAt, start, end, at, n, phraseEdges)) {
        members.push([member, true]);
        return;
      }
    }
    if (found) members.push([member, false]);
  };
  const table = index.trigrams;
  if (n < table.q) {
    for (let member = 0; member + 1 < textStart.length; member++) test(member);
    return members;
  }
  // Posting lists of the phrase's distinct trigrams, shortest first; a trigram no group has
  // means no member contains the phrase.
  const lists: Array<[number, number]> = [];
  const seen = new Set<number>();
  for (let at = 0; at + table.q <= n; at++) {
    const key = gramKey(codes, index.alphabet, at, table.q);
    if (seen.has(key)) continue;
    seen.add(key);
    const slot = findKey(table.keys, key);
    if (slot < 0) return members;
    lists.push([table.starts[slot]!, table.starts[slot + 1]!]);
  }
  lists.sort((x, y) => x[1] - x[0] - (y[1] - y[0]));
  const [first, ...others] = lists;
  const cursors = others.map(([from]) => from);
  for (let at = first![0]; at < first![1]; at++) {
    const g = table.postings[at]!;
    if (groups.maxLength[g]! < n) continue;
    // Lists are sorted by group: each cursor only moves forward.
    let inAll = true;
    for (let l = 0; l < others.length && inAll; l++) {
      const end = others[l]![1];
      let c = cursors[l]!;
      while (c < end && table.postings[c]! < g) c++;
      cursors[l] = c;
      inAll = c < end && table.postings[c] === g;
    }
    if (!inAll) continue;
    for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) test(member);
  }
  return members;
}

/** Where `wanted` (in the matching form) is in `text` as written, occurrences apart. */
function spansOf(text: string, wanted: string): Array<[number, number]> {
  const form = matchingForm(text);
  const spans: Array<[number, number]> = [];
  for (let at = form.text.indexOf(wanted); at >= 0; at = form.text.indexOf(wanted, at + wanted.length)) {
    spans.push([form.from[at]!, form.to[at + wanted.length - 1]!]);
  }
  return spans;
}
