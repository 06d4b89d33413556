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
  /** Path of the source article (e.g. `source-texts/article.md`): a segment without a PO entry
   * has no line there, so its message names its place in the source instead. */
  sourceFile?: string | undefined;
  po: TranslationFile | undefined;
  /** `segmentStates(catalog, current, po)`, when the caller has it already. */
  rows?: readonly StateRow[] | undefined;
}

const SEVERITY = new Map(RULES.map((rule) => [rule.id, rule.severity]));

/** One finding per segment that is not `translated` (see `segmentStates`). */
export function driftFindings(input: DriftInput): Finding[] {
  const { doc, lang, poFile, catalog, current, po, sourceFile, rows } = input;
  const catalogued = new Set(catalog.map((entry) => entry.id));
  const live = new Set(po?.entries.filter((entry) => !entry.obsolete).map((entry) => entry.id));
  return (rows ?? segmentStates(catalog, current, po))
    .filter((row): row is Actionable => row.state !== 'translated')
    .map((row) => {
      const finding: Finding = {
        rule: row.state,
        severity: SEVERITY.get(row.state)!,
        message: message(row, { poFile, sourceFile, sourceLine: row.sourceLine, catalogued: catalogued.has(row.id), live: live.has(row.id) }),
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

function message(
  row: Actionable,
  context: { poFile: string; sourceFile: string | undefined; sourceLine: number | undefined; catalogued: boolean; live: boolean },
): string {
  // A stale segment is shown around its first change, so that the old and new texts differ.
  const from = row.state === 'stale' && row.poSource !== undefined ? firstDifference(row.source, row.poSource) : 0;
  const segment = `Segment ${row.id} "${clip(row.source, from)}"`;
  const place = context.sourceFile && context.sourceLine !== undefined ? ` (${context.sourceFile}:${context.sourceLine})` : '';
  switch (row.state) {
    case 'stale':
      return row.poSource === undefined
        ? `${segment}: the catalog is older than the source; run tessera extract.`
        : `${segment}: the French changed since it was translated (was "${clip(row.poSource, from)}"); run tessera extract, then review the translation.`;
    case 'missing':
      return context.catalogued
        ? `${segment}${place} has no entry in ${context.poFile}; run tessera extract, then translate it.`
        : `${segment}${place} is new in the source and not in the catalog yet; run tessera extract, then translate it.`;
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

const CLIP = 60;
/** Characters kept before a change that lies beyond the clipped start. */
const CONTEXT = 20;

/** The text on one line, at most CLIP characters; when the change at `from` would be cut off,
 * the window starts a little before it, on a word boundary. */
function clip(text: string, from = 0): string {
  const flat = flatten(text);
  if (flat.length <= CLIP) return flat;
  if (from + CONTEXT <= CLIP - 1) return `${flat.slice(0, CLIP - 1)}…`;
  const space = flat.lastIndexOf(' ', from - CONTEXT);
  const start = space < 0 ? from - CONTEXT : space + 1;
  const rest = flat.slice(start);
  return rest.length <= CLIP - 1 ? `…${rest}` : `…${rest.slice(0, CLIP - 2)}…`;
}

/** Offset (in the flattened texts) of the first character where the two texts differ. */
function firstDifference(a: string, b: string): number {
  const x = flatten(a);
  const y = flatten(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function flatten(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
