// What the page shows of a document: its current segments in document order, each with its
// state and translation per language. Pure: the caller reads the files.

import { alignedStates, alignSegments, summarize, type StateRow } from '../catalog/index.js';
import { checkPair, type Glossary } from '../qa/index.js';
import { plainText } from '../source/index.js';
import type { CatalogEntry, SourceSegment, TranslationFile } from '../types.js';
import type { DocSummary, DocumentView, LangInfo, LangProgress, SegmentTarget, SegmentView } from './api-types.js';

/** A language's PO file as read for one request. */
export interface PoSnapshot {
  /** Path relative to the project root. */
  path: string;
  /** Version of the text the entries were parsed from (see `fileVersion`). */
  version: string;
  po: TranslationFile | undefined;
}

export interface DocumentInput {
  name: string;
  sourceFile: string;
  sourceLang: string;
  meta: Record<string, unknown>;
  /** The current segmentation of the source. */
  segments: readonly SourceSegment[];
  /** `locales/<doc>.pot`; undefined before the first extract. */
  catalog: readonly CatalogEntry[] | undefined;
  langs: readonly LangInfo[];
  pos: Readonly<Record<string, PoSnapshot>>;
  /** For the quality findings of each translation. */
  glossary: Glossary | null;
}

const TITLE_LENGTH = 80;

/** The document with every segment's state per language (live segments only, in document order). */
export function documentView(input: DocumentInput): DocumentView {
  const catalog = input.catalog ?? [];
  // Current sentences under their catalog IDs, once for every language.
  const entries = alignSegments(catalog, input.segments).entries;
  const segments: SegmentView[] = entries.map((entry) => ({
    id: entry.id,
    block: entry.block,
    index: entry.index,
    kind: entry.kind,
    source: entry.text,
    sourceLine: entry.line,
    tags: entry.tags,
    targets: {},
  }));
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const progress: LangProgress[] = [];
  const drift: Record<string, number> = {};
  const files: DocumentView['files'] = {};
  for (const { code } of input.langs) {
    const snapshot = input.pos[code];
    const po = snapshot?.po;
    const rows = alignedStates(catalog, entries, po);
    const previous = new Map(po?.entries.filter((e) => !e.obsolete && e.previousSource !== undefined).map((e) => [e.id, e.previousSource!]));
    for (const row of rows) {
      const segment = byId.get(row.id);
      if (!segment || row.state === 'obsolete') continue;
      const target = targetOf(row, previous.get(row.id));
      const counts = findingCounts(segment.source, row.target, input.sourceLang, code, input.glossary);
      if (counts) target.findings = counts;
      segment.targets[code] = target;
    }
    progress.push(progressOf(code, rows));
    drift[code] = rows.filter((row) => row.state === 'stale' || row.state === 'missing').length;
    if (snapshot) files[code] = { path: snapshot.path, version: snapshot.version };
  }
  return {
    name: input.name,
    title: titleOf(input.meta, entries),
    sourceLang: input.sourceLang,
    sourceFile: input.sourceFile,
    langs: [...input.langs],
    files,
    segments,
    progress,
    drift,
  };
}

/** The line of the document list. */
export function documentSummary(view: DocumentView): DocSummary {
  return { name: view.name, title: view.title, segments: view.segments.length, progress: view.progress };
}

export function progressOf(lang: string, rows: readonly StateRow[]): LangProgress {
  const { total, percent, ...counts } = summarize(rows);
  return { lang, counts, total, percent };
}

function targetOf(row: StateRow, previousSource: string | undefined): SegmentTarget {
  return {
    state: row.state,
    target: row.target,
    ...(row.line !== undefined ? { line: row.line } : {}),
    ...(row.poSource !== undefined ? { poSource: row.poSource } : {}),
    ...(previousSource !== undefined ? { previousSource } : {}),
  };
}

/** Findings of a translation by severity, or undefined when it has none (or is empty). */
function findingCounts(source: string, target: string, sourceLang: string, targetLang: string, glossary: Glossary | null): SegmentTarget['findings'] {
  const findings = checkPair({ source, target, sourceLang, targetLang }, { glossary, options: { sourceTypography: false } });
  if (findings.length === 0) return undefined;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function titleOf(meta: Record<string, unknown>, entries: readonly CatalogEntry[]): string {
  if (typeof meta.title === 'string' && meta.title.trim() !== '') return meta.title.trim();
  const opening = (entries.find((e) => e.kind === 'heading') ?? entries[0])?.text ?? '';
  const first = plainText(opening);
  return first.length > TITLE_LENGTH ? `${first.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : first;
}
