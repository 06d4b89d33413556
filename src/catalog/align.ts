// Alignment of a new segmentation with the previous catalog: which sentences keep their ID.
//
// Four passes, each only over what the previous ones left unpaired:
// 1. identical text, in order: a longest common subsequence of the two sequences of texts, so
//    repeated identical sentences pair up in order instead of collapsing onto one ID;
// 2. identical text, moved: the longest runs of identical sentences found elsewhere (a moved
//    paragraph keeps its IDs);
// 3. edited in place: each run of unpaired new sentences is compared with the unpaired old
//    sentences that sat next to the same neighbours, and paired in order for the best total
//    similarity ≥ SIMILARITY_THRESHOLD (a split keeps the ID on its most similar half, a merge on
//    its most similar source); a very large region (a rewritten article) is only compared near
//    its diagonal, best pairs first, to keep the cost linear;
// 4. edited and moved: any remaining pair with similarity ≥ MOVED_SIMILARITY_THRESHOLD that
//    shares a distinctive word, best first.
// What stays unpaired is added (new ID) or removed. An untouched sentence is always paired in pass
// 1 or 2, so no edit elsewhere can change its ID (among repeated identical sentences, order
// decides which is which).

import type { CatalogEntry, SourceSegment } from '../types.js';
import { mintId } from './id.js';
import {
  MOVED_SIMILARITY_THRESHOLD,
  SIMILARITY_THRESHOLD,
  profileOf,
  similarityOf,
  type TextProfile,
} from './similarity.js';
import { normalizeText } from './text.js';

/** An edited sentence that kept its ID. */
export interface ChangedSegment {
  id: string;
  /** Its text in the previous catalog. */
  previousSource: string;
}

/** The result of aligning a new segmentation with the previous catalog. */
export interface Alignment {
  /** The new catalog, in document order. */
  entries: CatalogEntry[];
  /** Edited sentences that kept their ID, in document order (whitespace-only edits excluded). */
  changed: ChangedSegment[];
  /** IDs minted for new sentences, in document order. */
  added: string[];
  /** Previous entries whose sentence is gone, in previous order. */
  removed: CatalogEntry[];
}

/** Give every current segment an ID, reusing the previous catalog's IDs (see module comment). */
export function alignSegments(
  previous: readonly CatalogEntry[],
  current: readonly SourceSegment[],
): Alignment {
  const pairs = new Pairs(
    previous.map((entry) => normalizeText(entry.text)),
    current.map((segment) => normalizeText(segment.text)),
  );
  pairInOrder(pairs);
  pairMoved(pairs);
  const similarities = new Similarities(previous, current);
  pairEditedInPlace(pairs, similarities);
  pairEditedAnywhere(pairs, similarities);
  return result(previous, current, pairs);
}

/** The pairing under construction: `curToPrev[j] = p` pairs current j with previous p. */
class Pairs {
  readonly curToPrev: Int32Array;
  readonly prevToCur: Int32Array;

  constructor(
    readonly prevKeys: readonly string[],
    readonly curKeys: readonly string[],
  ) {
    this.curToPrev = new Int32Array(curKeys.length).fill(-1);
    this.prevToCur = new Int32Array(prevKeys.length).fill(-1);
  }

  get n(): number {
    return this.prevKeys.length;
  }

  get m(): number {
    return this.curKeys.length;
  }

  pair(prev: number, cur: number): void {
    this.prevToCur[prev] = cur;
    this.curToPrev[cur] = prev;
  }

  prevFree(prev: number): boolean {
    return this.prevToCur[prev] === -1;
  }

  curFree(cur: number): boolean {
    return this.curToPrev[cur] === -1;
  }

  freePrev(): number[] {
    return range(this.n).filter((p) => this.prevFree(p));
  }

  freeCur(): number[] {
    return range(this.m).filter((j) => this.curFree(j));
  }
}

/** Similarities of old and new sentences, computed on first use and remembered. */
class Similarities {
  private readonly prev = new Map<number, TextProfile>();
  private readonly cur = new Map<number, TextProfile>();
  /** Scores at the lowest threshold (`SIMILARITY_THRESHOLD`), 0 below it. */
  private readonly scores = new Map<number, number>();

  constructor(
    private readonly previous: readonly CatalogEntry[],
    private readonly current: readonly SourceSegment[],
  ) {}

  /** Similarity of previous `prev` and current `cur`, or 0 when below `atLeast`. */
  get(prev: number, cur: number, atLeast: number): number {
    const key = prev * this.current.length + cur;
    let score = this.scores.get(key);
    if (score === undefined) {
      score = similarityOf(this.prevProfile(prev), this.curProfile(cur), SIMILARITY_THRESHOLD);
      this.scores.set(key, score);
    }
    return score >= atLeast ? score : 0;
  }

  prevProfile(prev: number): TextProfile {
    return cached(this.prev, prev, () => profileOf(this.previous[prev]!.text));
  }

  curProfile(cur: number): TextProfile {
    return cached(this.cur, cur, () => profileOf(this.current[cur]!.text));
  }
}

/** Size limit of the LCS table of pass 1 (4 bytes a cell). */
const MAX_LCS_CELLS = 1 << 22;

/** Pass 1: identical texts, as a longest common subsequence (common prefix and suffix first). */
function pairInOrder(pairs: Pairs): void {
  const { prevKeys, curKeys } = pairs;
  let start = 0;
  while (start < pairs.n && start < pairs.m && prevKeys[start] === curKeys[start]) {
    pairs.pair(start, start);
    start++;
  }
  let prevEnd = pairs.n;
  let curEnd = pairs.m;
  while (prevEnd > start && curEnd > start && prevKeys[prevEnd - 1] === curKeys[curEnd - 1]) {
    pairs.pair(--prevEnd, --curEnd);
  }
  const a = prevEnd - start;
  const b = curEnd - start;
  // Beyond this size (a rewritten book, not an article) the table would take too much memory;
  // pass 2 then pairs the identical sentences by runs, which keeps their IDs just as well.
  if (a === 0 || b === 0 || (a + 1) * (b + 1) > MAX_LCS_CELLS) return;

  // lcs[i][k]: LCS length of prev[start+i..prevEnd) and cur[start+k..curEnd), built from the end
  // so that the walk below goes forward and prefers the earliest pairs.
  const width = b + 1;
  const lcs = new Uint32Array((a + 1) * width);
  for (let i = a - 1; i >= 0; i--) {
    for (let k = b - 1; k >= 0; k--) {
      lcs[i * width + k] =
        prevKeys[start + i] === curKeys[start + k]
          ? lcs[(i + 1) * width + k + 1]! + 1
          : Math.max(lcs[(i + 1) * width + k]!, lcs[i * width + k + 1]!);
    }
  }
  let i = 0;
  let k = 0;
  while (i < a && k < b) {
    if (prevKeys[start + i] === curKeys[start + k]) {
      pairs.pair(start + i++, start + k++);
    } else if (lcs[(i + 1) * width + k]! >= lcs[i * width + k + 1]!) {
      i++;
    } else {
      k++;
    }
  }
}

/** Pass 2: identical texts that moved, longest runs first. */
function pairMoved(pairs: Pairs): void {
  const { prevKeys, curKeys } = pairs;
  const freeByText = new Map<string, number[]>();
  for (const p of pairs.freePrev()) {
    const list = freeByText.get(prevKeys[p]!);
    if (list) list.push(p);
    else freeByText.set(prevKeys[p]!, [p]);
  }
  const continues = (p: number, j: number): boolean =>
    p < pairs.n && j < pairs.m && pairs.prevFree(p) && pairs.curFree(j) && prevKeys[p] === curKeys[j];

  const runs: { prev: number; cur: number; length: number }[] = [];
  for (const j of pairs.freeCur()) {
    for (const p of freeByText.get(curKeys[j]!) ?? []) {
      if (p > 0 && j > 0 && continues(p - 1, j - 1)) continue; // not the start of a run
      let length = 1;
      while (continues(p + length, j + length)) length++;
      runs.push({ prev: p, cur: j, length });
    }
  }
  runs.sort((x, y) => y.length - x.length || x.cur - y.cur || x.prev - y.prev);
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      if (pairs.prevFree(run.prev + k) && pairs.curFree(run.cur + k)) pairs.pair(run.prev + k, run.cur + k);
    }
  }
}

/**
 * Regions up to this many old × new sentences are compared in full and paired by dynamic
 * programming; larger ones (a rewritten article) only near the diagonal, best pairs first, so
 * that the cost stays linear.
 */
const FULL_REGION = 64 * 64;
/** Half-width of the diagonal band compared in a large region. */
const BAND = 16;
/** Words of a sentence used to find its candidates in pass 4: its rarest ones in the old text. */
const KEY_WORDS = 4;
/** Old sentences a new one is compared with in pass 4, at most. */
const MAX_COMPARED = 64;

/** A possible pairing and its similarity. */
interface Candidate {
  cur: number;
  prev: number;
  score: number;
}

/** Pass 3: edited sentences, compared with the old sentences between the same neighbours. */
function pairEditedInPlace(pairs: Pairs, similarities: Similarities): void {
  let j = 0;
  while (j < pairs.m) {
    if (!pairs.curFree(j)) {
      j++;
      continue;
    }
    let end = j;
    while (end < pairs.m && pairs.curFree(end)) end++;
    const before = j > 0 ? pairs.curToPrev[j - 1]! : -1;
    const after = end < pairs.m ? pairs.curToPrev[end]! : pairs.n;
    const candidates = new Set<number>();
    for (let p = before + 1; p < pairs.n && pairs.prevFree(p); p++) candidates.add(p);
    for (let p = after - 1; p >= 0 && pairs.prevFree(p); p--) candidates.add(p);
    if (candidates.size > 0) {
      const curs = range(end - j).map((k) => j + k);
      const olds = [...candidates].sort((x, y) => x - y);
      if (curs.length * olds.length <= FULL_REGION) {
        const scores = curs.map((cur) => olds.map((prev) => similarities.get(prev, cur, SIMILARITY_THRESHOLD)));
        pairBestInOrder(pairs, curs, olds, scores);
        pairBestFirst(pairs, curs, olds, scores);
      } else {
        pairCandidates(pairs, banded(curs, olds, similarities));
      }
    }
    j = end;
  }
}

/** Candidate pairs of a large region, near its diagonal. */
function banded(curs: number[], olds: number[], similarities: Similarities): Candidate[] {
  const candidates: Candidate[] = [];
  curs.forEach((cur, c) => {
    const middle = Math.round((c * olds.length) / curs.length);
    for (let o = Math.max(0, middle - BAND); o <= Math.min(olds.length - 1, middle + BAND); o++) {
      const score = similarities.get(olds[o]!, cur, SIMILARITY_THRESHOLD);
      if (score > 0) candidates.push({ cur, prev: olds[o]!, score });
    }
  });
  return candidates;
}

/**
 * Pass 4: edited sentences that also moved. Each new sentence is compared with the old ones that
 * share one of its rarest words (an edit leaves most words of a sentence in place).
 */
function pairEditedAnywhere(pairs: Pairs, similarities: Similarities): void {
  const olds = pairs.freePrev();
  const curs = pairs.freeCur();
  if (curs.length === 0 || olds.length === 0) return;
  const postings = new Map<string, number[]>();
  for (const prev of olds) {
    for (const word of similarities.prevProfile(prev).words.keys()) {
      const list = postings.get(word);
      if (list) list.push(prev);
      else postings.set(word, [prev]);
    }
  }
  const candidates: Candidate[] = [];
  for (const cur of curs) {
    const keys = [...similarities.curProfile(cur).words.keys()]
      .filter((word) => postings.has(word))
      .sort((x, y) => postings.get(x)!.length - postings.get(y)!.length || (x < y ? -1 : 1));
    const near = new Set<number>();
    for (const word of keys.slice(0, KEY_WORDS)) {
      for (const prev of postings.get(word)!) {
        if (near.size < MAX_COMPARED) near.add(prev);
      }
    }
    for (const prev of near) {
      const score = similarities.get(prev, cur, MOVED_SIMILARITY_THRESHOLD);
      if (score > 0) candidates.push({ cur, prev, score });
    }
  }
  pairCandidates(pairs, candidates);
}

/**
 * Order-preserving pairing of `curs` with `olds` that maximizes the summed similarity
 * (`scores[c][o]`, 0 = may not pair), by dynamic programming.
 */
function pairBestInOrder(pairs: Pairs, curs: number[], olds: number[], scores: number[][]): void {
  const a = curs.length;
  const b = olds.length;
  const width = b + 1;
  // best[c][o]: best total for curs[c..] and olds[o..], so the walk goes forward.
  const best = new Float64Array((a + 1) * width);
  for (let c = a - 1; c >= 0; c--) {
    for (let o = b - 1; o >= 0; o--) {
      const score = scores[c]![o]!;
      best[c * width + o] = Math.max(
        best[(c + 1) * width + o]!,
        best[c * width + o + 1]!,
        score > 0 ? best[(c + 1) * width + o + 1]! + score : 0,
      );
    }
  }
  let c = 0;
  let o = 0;
  while (c < a && o < b) {
    const score = scores[c]![o]!;
    const here = best[c * width + o]!;
    if (score > 0 && here === best[(c + 1) * width + o + 1]! + score) {
      pairs.pair(olds[o++]!, curs[c++]!);
    } else if (here === best[(c + 1) * width + o]!) {
      c++;
    } else {
      o++;
    }
  }
}

/** Pair whatever is still free among `curs` × `olds`, most similar pairs first. */
function pairBestFirst(pairs: Pairs, curs: number[], olds: number[], scores: number[][]): void {
  const candidates: Candidate[] = [];
  curs.forEach((cur, c) => {
    olds.forEach((prev, o) => {
      const score = scores[c]![o]!;
      if (score > 0 && pairs.curFree(cur) && pairs.prevFree(prev)) candidates.push({ cur, prev, score });
    });
  });
  pairCandidates(pairs, candidates);
}

/** Pair candidates most similar first (ties: document order), skipping those already paired. */
function pairCandidates(pairs: Pairs, candidates: Candidate[]): void {
  candidates.sort((x, y) => y.score - x.score || x.cur - y.cur || x.prev - y.prev);
  for (const { cur, prev } of candidates) {
    if (pairs.curFree(cur) && pairs.prevFree(prev)) pairs.pair(prev, cur);
  }
}

/** The alignment from the final pairing; new sentences get IDs in document order. */
function result(
  previous: readonly CatalogEntry[],
  current: readonly SourceSegment[],
  pairs: Pairs,
): Alignment {
  const taken = new Set(previous.map((entry) => entry.id));
  const changed: ChangedSegment[] = [];
  const added: string[] = [];
  const entries = current.map((segment, j): CatalogEntry => {
    const p = pairs.curToPrev[j]!;
    let id: string;
    if (p >= 0) {
      id = previous[p]!.id;
      if (pairs.prevKeys[p] !== pairs.curKeys[j]) changed.push({ id, previousSource: previous[p]!.text });
    } else {
      id = mintId(segment.text, taken);
      taken.add(id);
      added.push(id);
    }
    const { block, index, kind, text, line, tags } = segment;
    return { id, block, index, kind, text, line, tags };
  });
  const removed = previous.filter((_, p) => pairs.prevFree(p));
  return { entries, changed, added, removed };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, k) => k);
}

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
