// Catalog + one language's PO files → an XLIFF 2.0 document for CAT tools (Trados, memoQ,
// OmegaT, Phrase). One <file> per document, one <unit> per block, one <segment> per sentence,
// carrying the segment ID, so that what comes back is merged by ID.

import { inputError } from '../../errors.js';
import { tokenizeTaggedText, unescapeText } from '../../source/index.js';
import type { CatalogEntry, InlineTag, SegmentState, TranslationEntry } from '../../types.js';
import { textDirection } from './direction.js';
import { XLIFF2_NAMESPACE } from './namespaces.js';
import { exportedState } from './states.js';
import type { XliffExportDocument, XliffExportInput } from './types.js';
import { writeInline } from './write-inline.js';
import { content, element, mixedElement, plain, serializeXml, type XmlChild, type XmlElement } from './xml-writer.js';

/** Note categories written by the export; a CAT tool's own notes have others. */
export const NOTE_CATEGORIES = {
  /** Block kind and where it is in the source article. */
  context: 'context',
  /** What each inline tag of the block stands for. */
  tags: 'tags',
  /** The source a fuzzy or stale target was translated from (PO `#| msgid`, or the PO msgid). */
  previousSource: 'previous-source',
  /** PO translator comments (`# …`). */
  translatorComment: 'translator-comment',
} as const;

// XML NameChar (approximately: the Unicode classes the XML 1.0 5th edition allows).
const NMTOKEN = /^[\p{L}\p{M}\p{Nd}\p{Nl}._:\-\u00B7\u203F\u2040]+$/u;
const NON_NAME_CHAR = /[^\p{L}\p{M}\p{Nd}\p{Nl}._:\-\u00B7\u203F\u2040]/gu;

/** Block text for people: escapes undone, tags kept as written. */
function readable(text: string): string {
  return tokenizeTaggedText(text)
    .map((t) => (t.type === 'text' ? unescapeText(t.value) : t.raw))
    .join('');
}

/** State from the PO entry, for a segment the caller gave no state for. */
function stateFromEntry(segment: CatalogEntry, entry: TranslationEntry | undefined): SegmentState {
  if (!entry) return 'missing';
  if (entry.target === '') return 'untranslated';
  if (entry.source !== segment.text) return 'stale';
  return entry.fuzzy ? 'fuzzy' : 'translated';
}

/** Unique NMTOKEN file IDs; `original` still names the document when an ID had to change. */
function fileIds(docs: readonly XliffExportDocument[]): string[] {
  const used = new Set<string>();
  return docs.map(({ doc }, i) => {
    const base = NMTOKEN.test(doc) ? doc : doc.replace(NON_NAME_CHAR, '_') || `f${i + 1}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
    used.add(id);
    return id;
  });
}

function blocksOf(entries: readonly CatalogEntry[]): CatalogEntry[][] {
  const blocks = new Map<number, CatalogEntry[]>();
  for (const entry of entries) {
    const list = blocks.get(entry.block);
    if (list) list.push(entry);
    else blocks.set(entry.block, [entry]);
  }
  return [...blocks.values()].map((list) => list.sort((a, b) => a.index - b.index));
}

function checkIds(doc: XliffExportDocument): void {
  const seen = new Set<string>();
  for (const entry of doc.entries) {
    const where = `locales/${doc.doc}.pot`;
    if (!NMTOKEN.test(entry.id)) throw inputError(`segment ID "${entry.id}" is not a valid XLIFF ID (NMTOKEN)`, where);
    if (seen.has(entry.id)) throw inputError(`segment ID "${entry.id}" occurs twice`, where);
    seen.add(entry.id);
  }
}

interface UnitContext {
  doc: XliffExportDocument;
  translations: ReadonlyMap<string, TranslationEntry>;
}

function unitNotes(segments: readonly CatalogEntry[], tags: ReadonlyMap<number, InlineTag>, ctx: UnitContext): XmlElement[] {
  const first = segments[0] as CatalogEntry;
  const notes: XmlElement[] = [
    mixedElement('note', { category: NOTE_CATEGORIES.context, appliesTo: 'source' }, [
      plain(`${first.kind}, ${ctx.doc.original} line ${first.line}`),
    ]),
  ];
  if (tags.size > 0) {
    const lines = [...tags.values()].map((t) => `${t.paired ? `<${t.n}>…</${t.n}>` : `<${t.n}/>`}: ${t.description}`);
    notes.push(mixedElement('note', { category: NOTE_CATEGORIES.tags, appliesTo: 'source' }, [plain(lines.join('\n'))]));
  }
  for (const segment of segments) {
    const entry = ctx.translations.get(segment.id);
    const previous = entry?.previousSource ?? (entry && entry.source !== segment.text ? entry.source : undefined);
    if (previous !== undefined && entry?.target) {
      notes.push(
        mixedElement('note', { id: `${segment.id}-previous`, category: NOTE_CATEGORIES.previousSource, appliesTo: 'source' }, [
          plain(`${segment.id}: ${readable(previous)}`),
        ]),
      );
    }
    if (entry?.translatorComments) {
      notes.push(
        mixedElement(
          'note',
          { id: `${segment.id}-comment`, category: NOTE_CATEGORIES.translatorComment, appliesTo: 'target' },
          [plain(`${segment.id}: ${entry.translatorComments}`)],
        ),
      );
    }
  }
  return notes;
}

function unit(segments: readonly CatalogEntry[], ctx: UnitContext): XmlElement {
  const first = segments[0] as CatalogEntry;
  const tags = new Map<number, InlineTag>();
  for (const segment of segments) for (const tag of segment.tags) tags.set(tag.n, tag);
  const sortedTags = new Map([...tags].sort(([a], [b]) => a - b));

  const states = segments.map((segment) => {
    const entry = ctx.translations.get(segment.id);
    return exportedState(ctx.doc.states.get(segment.id) ?? stateFromEntry(segment, entry), entry);
  });
  const sources = writeInline(
    segments.map((s) => s.text),
    sortedTags,
  );
  const targets = writeInline(
    segments.map((s, i) => (states[i]?.withTarget ? ctx.translations.get(s.id)?.target : undefined)),
    sortedTags,
  );

  const body: XmlElement[] = [];
  segments.forEach((segment, i) => {
    const state = states[i];
    if (i > 0) body.push(element('ignorable', {}, [mixedElement('source', {}, [content(' ')])]));
    const parts = [mixedElement('source', {}, sources.children[i])];
    if (state?.withTarget) parts.push(mixedElement('target', {}, targets.children[i]));
    body.push(element('segment', { id: segment.id, state: state?.state, subState: state?.subState }, parts));
  });

  const data = new Map([...sources.data, ...targets.data]);
  const dataIds = [...data.keys()].sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)) || a.length - b.length);
  const originalData: XmlChild[] = dataIds.map((id) => mixedElement('data', { id }, [content(data.get(id) ?? '')]));

  return element('unit', { id: `b${first.block}`, type: `tessera:${first.kind}` }, [
    element('notes', {}, unitNotes(segments, sortedTags, ctx)),
    ...(originalData.length ? [element('originalData', {}, originalData)] : []),
    ...body,
  ]);
}

/**
 * Writes an XLIFF 2.0 document (valid against the OASIS core schema) for one target language.
 *
 * - `<file id=doc original=… canResegment="no">`: resegmenting would lose the segment IDs;
 *   `srcDir`/`trgDir` from the languages (`trgDir="rtl"` for Arabic); `xml:space="preserve"`.
 * - `<unit id="b<block>" type="tessera:<kind>">` with notes (block kind and line, tag meanings,
 *   previous sources, translator comments), `<originalData>` (the Markdown of each code),
 *   then the block's sentences as `<segment>`s separated by `<ignorable>` spaces.
 * - `<segment id state subState>`: see `exportedState` in states.ts.
 *
 * Throws `InputError` when a segment ID is not an NMTOKEN or repeats, and when there is
 * nothing to export (XLIFF requires at least one unit).
 */
export function exportXliff(input: XliffExportInput): string {
  const documents = input.documents.filter((doc) => doc.entries.length > 0);
  if (documents.length === 0) throw inputError('nothing to export: the catalogs have no segments');
  const ids = fileIds(documents);
  const files = documents.map((doc, i) => {
    checkIds(doc);
    const translations = new Map<string, TranslationEntry>();
    for (const entry of doc.translations?.entries ?? []) {
      if (!entry.obsolete && !translations.has(entry.id)) translations.set(entry.id, entry);
    }
    const ctx: UnitContext = { doc, translations };
    return element(
      'file',
      {
        id: ids[i],
        original: doc.original,
        canResegment: 'no',
        srcDir: textDirection(input.srcLang),
        trgDir: textDirection(input.trgLang),
        'xml:space': 'preserve',
      },
      blocksOf(doc.entries).map((segments) => unit(segments, ctx)),
    );
  });
  return serializeXml(
    element('xliff', { xmlns: XLIFF2_NAMESPACE, version: '2.0', srcLang: input.srcLang, trgLang: input.trgLang }, files),
  );
}
