// Drift findings for `tessera check`: every segment of a document that is not publishable in a
// language, as a positioned finding on the PO file to fix.

import type { CatalogEntry, Finding, RuleMeta, SegmentState, SourceSegment, TranslationFile } from '../types.js';
import { segmentStates, type StateRow } from './states.js';

/** The drift rules, one per segment state that needs work. */
export const RULES: RuleMeta[] = [
  { id: 'stale', severity: 'error', title: 'The French source changed after the segment was translated or extracted' },
  { id: 'missing', severity: 'error', title: 'A source segment has no entry in the catalog or the translation file' },
  { id: 'untranslated', severity: 'error', title: 'A segment has no translation' },
  { id: 'fuzzy', severity: 'error', title: 'A translation is marked fuzzy and needs review' },
  { id: 'obsolete', severity: 'warning', title: 'A translation file keeps an entry whose segment is gone from the source' },
];

/** What `driftFindings` needs about one document in one language. */
export interface DriftInput {
  doc: string;
  lang: string;
  /** Path of the PO file, relative to the project root (it need not exist yet). */
  poFile: string;
  catalog: readonly CatalogEntry[];
  /** The current segmented source; undefined to trust the catalog. */
  current?: readonly SourceSegment[] | undefined;
  po: TranslationFile | undefined;
}

const SEVERITY = new Map(RULES.map((rule) => [rule.id, rule.severity]));

/** One finding per segment that is not `translated` (see `segmentStates`). */
export function driftFindings(input: DriftInput): Finding[] {
  const { doc, lang, poFile, catalog, current, po } = input;
  const catalogued = new Set(catalog.map((entry) => entry.id));
  const live = new Set(po?.entries.filter((entry) => !entry.obsolete).map((entry) => entry.id));
  return segmentStates(catalog, current, po)
    .filter((row): row is Actionable => row.state !== 'translated')
    .map((row) => {
      const finding: Finding = {
        rule: row.state,
        severity: SEVERITY.get(row.state)!,
        message: message(row, { poFile, catalogued: catalogued.has(row.id), live: live.has(row.id) }),
        doc,
        lang,
        id: row.id,
        file: poFile,
      };
      if (row.line !== undefined) finding.line = row.line;
      return finding;
    });
}

type Actionable = StateRow & { state: Exclude<SegmentState, 'translated'> };

function message(row: Actionable, context: { poFile: string; catalogued: boolean; live: boolean }): string {
  const segment = `Segment ${row.id} "${clip(row.source)}"`;
  switch (row.state) {
    case 'stale':
      return row.poSource === undefined
        ? `${segment}: the catalog is older than the source; run tessera extract.`
        : `${segment}: the French changed since it was translated (was "${clip(row.poSource)}"); run tessera extract, then review the translation.`;
    case 'missing':
      return context.catalogued
        ? `${segment} has no entry in ${context.poFile}; run tessera extract, then translate it.`
        : `${segment} is new in the source and not in the catalog yet; run tessera extract, then translate it.`;
    case 'untranslated':
      return `${segment} is not translated.`;
    case 'fuzzy':
      return `${segment} is marked fuzzy; review the translation and remove the fuzzy flag.`;
    case 'obsolete':
      return context.live
        ? `${segment} is no longer in the source; run tessera extract to keep its translation as obsolete (#~).`
        : `${segment} is no longer in the source; its translation is kept as obsolete (#~). Delete the entry once it is no longer useful.`;
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
