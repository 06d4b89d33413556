// Turns raw similarity hits into matches a translator can use: exact and in-context matches,
// fuzzy scores with penalties, a word diff, and an adapted target when only figures differ (or
// why they could not be adapted).

import { sameLanguage } from '../formats/tmx/index.js';
import { adaptFigures } from './adapt.js';
import type { MemoryEntry } from './entry.js';
import type { RawMatch } from './index-search.js';
import { normalizeSpacing } from './normalize.js';
import { PENALTY_POINTS, penaltiesFor, type PenaltyKind } from './penalties.js';
import { wordDiff, type WordDiff } from './word-diff.js';

/** The segment to translate, with what is known of its place (for in-context matches). */
export interface LookupQuery {
  /** Source text with inline tags. */
  text: string;
  /** Segment ID: an entry with this `tuid` (same document, when both name one) and the same source is in context. */
  id?: string;
  doc?: string;
  /** Source of the previous / next segment (`''` or absent at the start / end of the document). */
  prev?: string;
  next?: string;
}

export interface LookupOptions {
  /** Lowest score returned (default 75). */
  min?: number;
  /** Most matches returned, best first (default 10). */
  limit?: number;
  /** Only entries translated into this language. */
  targetLang?: string;
}

export type MatchKind = 'in-context' | 'exact' | 'fuzzy';

export interface Match {
  /** 101 in context, 100 exact, below 100 fuzzy (similarity minus penalties). */
  score: number;
  kind: MatchKind;
  entry: MemoryEntry;
  /** The entry's target with the query's numbers, month and weekday names, when only those differ (review it). */
  adapted?: string;
  /** When only figures differ but they could not be adapted, why (`the target has no 426`). */
  notAdapted?: string;
  /** Word diff of the entry's source against the query. */
  diff: WordDiff[];
  /** Differences that cost points: `numbers`, `tags`, `case`, `punctuation`. */
  penalties: PenaltyKind[];
  /**
   * Other entries with the same source and the same translation, best first (the same unit in
   * another memory file, or repeated in one): one suggestion is listed once, with where else it is.
   */
  alsoIn?: MemoryEntry[];
  /**
   * For an exact or in-context match, how many other approved translations of the same sentence
   * the memories hold (exact matches with another target), listed or not: a sentence translated
   * two ways is not one a tool should choose between for the translator.
   */
  otherTranslations?: number;
}

export const DEFAULT_MIN_SCORE = 75;
export const DEFAULT_LIMIT = 10;

/** A scored candidate before the costly parts (diff, adaptation) are computed. */
export interface Scored {
  score: number;
  kind: MatchKind;
  entry: MemoryEntry;
  order: number;
  penalties: PenaltyKind[];
}

function inContext(query: LookupQuery, entry: MemoryEntry): boolean {
  if (query.id !== undefined && entry.tuid === query.id) {
    if (query.doc === undefined || entry.doc === undefined || query.doc === entry.doc) return true;
  }
  if (entry.prev === undefined || entry.next === undefined) return false;
  return (
    normalizeSpacing(query.prev ?? '') === normalizeSpacing(entry.prev) &&
    normalizeSpacing(query.next ?? '') === normalizeSpacing(entry.next)
  );
}

/**
 * Scores the raw hits of one query: `undefined` for a hit whose final score is below `min` or
 * whose language is not wanted. What depends only on an entry's source (is it the query, what
 * penalties it costs) is worked out once per distinct source: a memory may hold the same
 * sentence thousands of times (50,000 copies took 1 s a lookup, one penalty test each).
 */
export function hitScorer(query: LookupQuery, min: number, targetLang: string | undefined): (hit: RawMatch, entry: MemoryEntry) => Scored | undefined {
  const text = normalizeSpacing(query.text);
  const bySource = new Map<string, { exact: boolean; penalties: PenaltyKind[]; points: number }>();
  const wanted = new Map<string, boolean>();
  return (hit, entry) => {
    if (targetLang !== undefined) {
      let ok = wanted.get(entry.targetLang);
      if (ok === undefined) wanted.set(entry.targetLang, (ok = sameLanguage(entry.targetLang, targetLang)));
      if (!ok) return undefined;
    }
    const key = `${entry.sourceLang}\u0000${entry.source}`;
    let known = bySource.get(key);
    if (!known) {
      const exact = text === normalizeSpacing(entry.source);
      const penalties = exact ? [] : penaltiesFor(query.text, entry.source, entry.sourceLang);
      known = { exact, penalties, points: penalties.reduce((sum, p) => sum + PENALTY_POINTS[p], 0) };
      bySource.set(key, known);
    }
    if (known.exact) {
      const context = inContext(query, entry);
      return { score: context ? 101 : 100, kind: context ? 'in-context' : 'exact', entry, order: hit.entry, penalties: [] };
    }
    const score = Math.min(99, hit.score - known.points);
    if (score < min) return undefined;
    return { score, kind: 'fuzzy', entry, order: hit.entry, penalties: known.penalties.slice() };
  };
}

/** 2: the memory marks it approved; 1: it says nothing; 0: it marks it not approved. */
function approval(entry: MemoryEntry): number {
  return entry.notApproved !== undefined ? 0 : entry.approved !== undefined ? 2 : 1;
}

/** Best first: the higher score, then the better approved translation, then the newer, then the earlier entry. */
function compare(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    approval(b.entry) - approval(a.entry) ||
    (b.entry.changed ?? b.entry.created ?? '').localeCompare(a.entry.changed ?? a.entry.created ?? '') ||
    a.order - b.order
  );
}

/** normalizeSpacing, worked out once per distinct text of one call (copies share their texts). */
function spacingOnce(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let key = seen.get(text);
    if (key === undefined) seen.set(text, (key = normalizeSpacing(text)));
    return key;
  };
}

/**
 * What makes two entries one suggestion: the same source and the same translation, in whichever
 * file, spacing aside (a trailing space or a no-break space is no other translation).
 */
function suggestionKey(entry: MemoryEntry, spacing: (text: string) => string): string {
  return `${spacing(entry.source)}\u0000${spacing(entry.target)}`;
}

/** Distinct suggestions among the scored entries at or above `threshold`. */
export function suggestionsAtLeast(scored: readonly Scored[], threshold: number): number {
  const spacing = spacingOnce();
  return new Set(scored.filter((s) => s.score >= threshold).map((s) => suggestionKey(s.entry, spacing))).size;
}

/**
 * Best first, one match per suggestion (its copies elsewhere in `alsoIn`), cut to `limit`, with
 * diff and adaptation. Copies score the same (the score depends only on the source), so the
 * search that found one found them all.
 */
export function finishMatches(query: LookupQuery, scored: Scored[], limit: number): Match[] {
  // Every exact match is among the scored ones whenever one is (the search at 100 finds them all).
  // A draft (not approved) is no rival to an approved translation.
  const spacing = spacingOnce();
  const exactTargets = new Set(scored.filter((s) => s.kind !== 'fuzzy' && s.entry.notApproved === undefined).map((s) => spacing(s.entry.target)));
  // The suggestions kept, best first (a Map keeps its insertion order).
  const kept = new Map<string, { best: Scored; alsoIn: MemoryEntry[] }>();
  for (const s of scored.sort(compare)) {
    const key = suggestionKey(s.entry, spacing);
    const first = kept.get(key);
    if (first) first.alsoIn.push(s.entry);
    else if (kept.size < limit) kept.set(key, { best: s, alsoIn: [] });
  }
  return [...kept.values()].map(({ best: { score, kind, entry, penalties }, alsoIn }) => {
    const match: Match = { score, kind, entry, diff: wordDiff(entry.source, query.text), penalties };
    if (kind === 'fuzzy') {
      const figures = adaptFigures(query.text, entry.source, entry.target, entry.sourceLang, entry.targetLang);
      if (figures && 'adapted' in figures) match.adapted = figures.adapted;
      else if (figures) match.notAdapted = figures.refused;
    }
    if (alsoIn.length > 0) match.alsoIn = alsoIn;
    const others = exactTargets.size - Number(exactTargets.has(spacing(entry.target)));
    if (kind !== 'fuzzy' && others > 0) match.otherTranslations = others;
    return match;
  });
}
