// The state of every segment of a document in one language, computed from the current source,
// the catalog and the PO file, so that drift shows before anyone runs `tessera extract`.

import type { CatalogEntry, SegmentState, SourceSegment, TranslationEntry, TranslationFile } from '../types.js';
import { alignSegments } from './align.js';
import { sameText } from './text.js';

/** One segment's state in one language. */
export interface StateRow {
  id: string;
  state: SegmentState;
  /** 1-based line of the segment's entry in the PO file, when it has one. */
  line?: number;
  /** 1-based line of the segment in the source (absent for an obsolete row). */
  sourceLine?: number;
  /** The segment's current source text (for an obsolete row: the PO's msgid). */
  source: string;
  /** The translation; empty when there is none. */
  target: string;
  /** For a stale row: the source recorded in the PO, when it differs from `source`. */
  poSource?: string;
}

/** Counts of each state, `total` live segments (obsolete excluded), `percent` translated. */
export type StateSummary = Record<SegmentState, number> & { total: number; percent: number };

/**
 * One row per segment, in document order, then one per obsolete PO entry:
 * - `missing`: no live PO entry, or no catalog entry yet (a sentence added since the last extract);
 * - `stale`: the PO's msgid, or the catalog's text, differs from the current source;
 * - `fuzzy`, `untranslated` (empty msgstr), `translated`: the PO entry's own state;
 * - `obsolete`: a PO entry (live or `#~`) whose segment is no longer in the source.
 * `current` (the segmented source) is aligned with the catalog, so an edited sentence is found
 * under its ID; without it the catalog stands for the source.
 */
export function segmentStates(
  catalog: readonly CatalogEntry[],
  current: readonly SourceSegment[] | undefined,
  po: TranslationFile | undefined,
): StateRow[] {
  return alignedStates(catalog, current ? alignSegments(catalog, current).entries : catalog, po);
}

/**
 * `segmentStates` for a caller that has aligned the source already
 * (`alignSegments(catalog, current).entries`): the alignment is the costly part, and one is
 * enough for every language.
 */
export function alignedStates(
  catalog: readonly CatalogEntry[],
  segments: readonly CatalogEntry[],
  po: TranslationFile | undefined,
): StateRow[] {
  const catalogText = new Map(catalog.map((entry) => [entry.id, entry.text]));
  const poEntries = po?.entries ?? [];
  const live = new Map(poEntries.filter((entry) => !entry.obsolete).map((entry) => [entry.id, entry]));

  const rows = segments.map((segment): StateRow => {
    const entry = live.get(segment.id);
    const catalogued = catalogText.get(segment.id);
    if (!entry || catalogued === undefined) {
      return withLine({ id: segment.id, state: 'missing', source: segment.text, target: entry?.target ?? '', sourceLine: segment.line }, entry);
    }
    const row: StateRow = withLine({ id: segment.id, state: stateOf(entry), source: segment.text, target: entry.target, sourceLine: segment.line }, entry);
    if (!sameText(entry.source, segment.text) || !sameText(catalogued, segment.text)) {
      row.state = 'stale';
      if (!sameText(entry.source, segment.text)) row.poSource = entry.source;
    }
    return row;
  });

  const present = new Set(segments.map((segment) => segment.id));
  for (const entry of poEntries) {
    if (!present.has(entry.id)) {
      rows.push(withLine({ id: entry.id, state: 'obsolete', source: entry.source, target: entry.target }, entry));
    }
  }
  return rows;
}

/** Counts per state; `percent` is the share of live segments translated, rounded down to 0.1. */
export function summarize(rows: readonly StateRow[]): StateSummary {
  const counts: Record<SegmentState, number> = { translated: 0, fuzzy: 0, untranslated: 0, stale: 0, missing: 0, obsolete: 0 };
  for (const row of rows) counts[row.state]++;
  const total = rows.length - counts.obsolete;
  // An empty document is complete. Rounding down: 99.95 % must not read as 100 %.
  const percent = total === 0 ? 100 : Math.floor((counts.translated * 1000) / total) / 10;
  return { ...counts, total, percent };
}

function stateOf(entry: TranslationEntry): SegmentState {
  if (entry.fuzzy) return 'fuzzy';
  return entry.target === '' ? 'untranslated' : 'translated';
}

function withLine(row: StateRow, entry: TranslationEntry | undefined): StateRow {
  if (entry?.line !== undefined) row.line = entry.line;
  return row;
}
