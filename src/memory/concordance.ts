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

/** Entries whose source or target contains `phrase` in the matching form, ranked (see Concordance). */
export function concordance(memories: Memories, phrase: string, options: ConcordanceOptions = {}): Concordance {
  const field = options.in ?? 'source';
  const limit = options.limit ?? DEFAULT_CONCORDANCE_LIMIT;
  const wanted = normalizeForMatching(phrase);
  if (wanted === '') return { phrase: wanted, field, total: 0, hits: [] };
  // `order`: the entry's number in the whole memory, the last tie-breaker.
  const found: Array<{ index: MemoryIndex; entry: number; order: number; whole: boolean; length: number }> = [];
  for (const { index, number } of memoryParts(memories)) {
    if (field === 'source') {
      for (const member of sourceMembers(index, wanted)) {
        const text = memberText(index, member);
        const whole = standsAlone(text, wanted);
        for (let e = index.sameStart[member]!; e < index.sameStart[member + 1]!; e++) {
          const entry = index.sameEntries[e]!;
          const order = number(entry);
          if (order >= 0) found.push({ index, entry, order, whole, length: text.length });
        }
      }
    } else {
      for (const [entry, target] of textsContaining(targetTexts(index), wanted)) {
        const order = number(entry);
        if (order >= 0) found.push({ index, entry, order, whole: standsAlone(target, wanted), length: target.length });
      }
    }
  }
  found.sort((x, y) => Number(y.whole) - Number(x.whole) || x.length - y.length || x.order - y.order);
  const hits = found.slice(0, Math.max(0, limit)).map(({ index, entry: e, whole }): ConcordanceHit => {
    const entry = index.entries.get(e);
    const shown = { source: entry.source.normalize('NFC'), target: entry.target.normalize('NFC') };
    return { entry, ...shown, spans: spansOf(shown[field], wanted), wholeWords: whole };
  });
  return { phrase: wanted, field, total: found.length, hits };
}

const targetsOf = new WeakMap<MemoryIndex, TextChunk[]>();

/** The entries' targets in the matching form, joined at the first search of the index and kept. */
function targetTexts(index: MemoryIndex): TextChunk[] {
  let chunks = targetsOf.get(index);
  if (!chunks) {
    chunks = joinTexts(
      (function* () {
        for (let e = 0; e < index.size; e++) yield normalizeForMatching(index.entries.get(e).target);
      })(),
    );
    targetsOf.set(index, chunks);
  }
  return chunks;
}

function memberText(index: MemoryIndex, member: number): string {
  let text = '';
  for (let at = index.textStart[member]!; at < index.textStart[member + 1]!; at++) text += String.fromCharCode(index.texts[at]!);
  return text;
}

/** Members whose normalized source contains `wanted`, in member order. */
function sourceMembers(index: MemoryIndex, wanted: string): number[] {
  const { texts, textStart, groups } = index;
  const n = wanted.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = wanted.charCodeAt(i);
  const contains = (member: number): boolean => {
    const start = textStart[member]!;
    const end = textStart[member + 1]!;
    for (let at = start; at + n <= end; at++) {
      let i = 0;
      while (i < n && texts[at + i] === codes[i]) i++;
      if (i === n) return true;
    }
    return false;
  };
  const members: number[] = [];
  const table = index.trigrams;
  if (n < table.q) {
    for (let member = 0; member + 1 < textStart.length; member++) if (contains(member)) members.push(member);
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
    for (let member = groups.start[g]!; member < groups.start[g + 1]!; member++) if (contains(member)) members.push(member);
  }
  return members.sort((a, b) => a - b);
}

/** Whether some occurrence of `wanted` in `text` has no letter, digit or mark on either side. */
function standsAlone(text: string, wanted: string): boolean {
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const before = at > 0 && WORD_CHARACTER.test(text[at - 1]!) && WORD_CHARACTER.test(wanted[0]!);
    const end = at + wanted.length;
    const after = end < text.length && WORD_CHARACTER.test(text[end]!) && WORD_CHARACTER.test(wanted[wanted.length - 1]!);
    if (!before && !after) return true;
  }
  return false;
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
