// Merging accepted translations into a language's PO file, by segment ID. The imported target
// and state replace the entry's; everything the import does not carry (other flags, translator
// comments of an XLIFF file without its comment notes, obsolete entries) is kept, and an empty
// target never replaces a translation. Notes a CAT tool added become translator comment lines.

import { sameText, type PoTranslationFile } from '../catalog/index.js';
import { REVIEW_FLAGS, type AcceptedSegment } from '../formats/xliff/index.js';
import type { TranslationEntry } from '../types.js';
import type { ImportedEntryDetails, MergeInput, MergeResult } from './types.js';

/** Header fields a translator's tool owns: taken from an imported PO when it fills them. */
const TRANSLATOR_HEADERS = ['PO-Revision-Date', 'Last-Translator', 'Language-Team'];

function withoutLine(entry: TranslationEntry): TranslationEntry {
  const { line, ...rest } = entry;
  void line;
  return rest;
}

function emptyEntry(id: string, source: string): TranslationEntry {
  return { id, source, target: '', fuzzy: false, obsolete: false };
}

/**
 * The review flags after the merge. A target the import did not change, confirmed as plain
 * `translated`, keeps the `reviewed`/`final` flag it had: tools that know no review states
 * (XLIFF 1.2 editors, Poedit, Weblate) must not undo an editor's sign-off on a sentence they
 * did not touch.
 */
function reviewFlagsAfter(existing: TranslationEntry | undefined, segment: AcceptedSegment, sourceNow: string): string[] {
  const had = (existing?.flags ?? []).filter((flag) => (REVIEW_FLAGS as readonly string[]).includes(flag));
  const untouched =
    existing !== undefined && !existing.fuzzy && existing.target === segment.target && sameText(existing.source, sourceNow);
  if (untouched && segment.state === 'translated') return had;
  return [...segment.reviewFlags];
}

/** The entry after merging `segment`. */
function mergedEntry(
  existing: TranslationEntry | undefined,
  segment: AcceptedSegment,
  source: string,
  details: ImportedEntryDetails | undefined,
): TranslationEntry {
  const next: TranslationEntry = existing ? { ...withoutLine(existing), obsolete: false } : emptyEntry(segment.id, source);
  const otherFlags = (existing?.flags ?? []).filter((flag) => flag !== 'fuzzy' && !(REVIEW_FLAGS as readonly string[]).includes(flag));
  const flags = [...otherFlags, ...reviewFlagsAfter(existing, segment, source)];
  next.source = source;
  next.target = segment.target;
  next.fuzzy = segment.fuzzy;
  if (flags.length) next.flags = flags;
  else delete next.flags;
  if (!segment.fuzzy) {
    delete next.previousSource;
  } else {
    // What the draft was translated from, so the reviewer sees what changed.
    const stale = existing && existing.target !== '' && !sameText(existing.source, source) ? existing.source : undefined;
    const previous = details?.previousSource ?? existing?.previousSource ?? stale;
    if (previous !== undefined && !sameText(previous, source)) next.previousSource = previous;
    else delete next.previousSource;
  }
  if (details) {
    if (details.translatorComments !== undefined) next.translatorComments = details.translatorComments;
    else delete next.translatorComments;
  } else if (segment.comment !== undefined) {
    // The translator edited the comment in their tool (emptied it: removed). A tool that drops
    // notes brings none back, and then the comment stays as it was.
    if (segment.comment.trim() !== '') next.translatorComments = segment.comment;
    else delete next.translatorComments;
  }
  if (segment.toolNotes) {
    // Added once: importing the same file again, or a file whose comment note already carries them, adds nothing.
    const lines = next.translatorComments ? next.translatorComments.split('\n') : [];
    for (const line of segment.toolNotes) if (!lines.includes(line)) lines.push(line);
    next.translatorComments = lines.join('\n');
  }
  return next;
}

function sameEntry(a: TranslationEntry | undefined, b: TranslationEntry): boolean {
  if (!a) return false;
  return (
    a.obsolete === b.obsolete &&
    a.source === b.source &&
    a.target === b.target &&
    a.fuzzy === b.fuzzy &&
    a.previousSource === b.previousSource &&
    a.translatorComments === b.translatorComments &&
    (a.flags ?? []).join(',') === (b.flags ?? []).join(',')
  );
}

function mergedHeaders(po: PoTranslationFile | undefined, imported: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...(po?.headers ?? {}) };
  if (!imported) return headers;
  const find = (record: Readonly<Record<string, string>>, name: string): string | undefined =>
    Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());
  for (const name of TRANSLATOR_HEADERS) {
    const key = find(imported, name);
    const value = key === undefined ? undefined : imported[key]?.trim();
    if (!value) continue;
    const ours = find(headers, name);
    if (ours !== undefined) delete headers[ours];
    headers[name] = value;
  }
  // The tool's own settings (X-Poedit-Basepath…) help the next translator; the generator is ours.
  for (const [name, value] of Object.entries(imported)) {
    if (/^x-/iu.test(name) && name.toLowerCase() !== 'x-generator' && find(headers, name) === undefined) headers[name] = value;
  }
  return headers;
}

/**
 * The PO file of `input.lang` for `input.doc` with the accepted translations merged:
 * - the entry with the segment's ID gets the imported target, `msgid` = the catalog's source,
 *   `#, fuzzy` per the imported state, and `reviewed`/`final` flags per `reviewFlags` (see
 *   `reviewFlagsAfter`); `#| msgid` is cleared unless the entry stays fuzzy;
 * - a segment the PO lacks gets a new entry; an obsolete entry with its ID comes back to life;
 * - a blank target changes nothing;
 * - from a PO import, translator comments follow the imported file, and its obsolete entries
 *   that the project's file lacks are kept as obsolete entries; when anything changed, the
 *   translator's header fields (Last-Translator, PO-Revision-Date, Language-Team, the tool's
 *   X- settings) are taken, and its header comments when the project's file has none.
 * Without a PO file, the result starts from the catalog with every segment untranslated.
 */
export function mergeImported(input: MergeInput): MergeResult {
  const { doc, lang, catalog } = input;
  const sourceOf = new Map(catalog.map((entry) => [entry.id, entry.text]));
  const entries: TranslationEntry[] = input.po
    ? input.po.entries.map(withoutLine)
    : catalog.map((entry) => emptyEntry(entry.id, entry.text));
  const position = new Map(entries.map((entry, k) => [entry.id, k]));
  const changed: string[] = [];
  const unchanged: string[] = [];

  for (const segment of input.accepted) {
    const source = sourceOf.get(segment.id);
    if (segment.doc !== doc || source === undefined || segment.target.trim() === '') continue;
    const k = position.get(segment.id);
    const existing = k === undefined ? undefined : entries[k];
    const next = mergedEntry(existing, segment, source, input.details?.get(segment.id));
    if (sameEntry(existing, next)) {
      unchanged.push(segment.id);
      continue;
    }
    if (k === undefined) {
      position.set(segment.id, entries.length);
      entries.push(next);
    } else {
      entries[k] = next;
    }
    changed.push(segment.id);
  }

  const keptObsolete: string[] = [];
  for (const entry of input.obsolete ?? []) {
    if (position.has(entry.id)) continue;
    position.set(entry.id, entries.length);
    entries.push({ ...withoutLine(entry), obsolete: true });
    keptObsolete.push(entry.id);
  }

  // The translator is credited in the header only when their work went in.
  const credited = changed.length > 0 || keptObsolete.length > 0;
  const po: PoTranslationFile = { doc, lang, headers: mergedHeaders(input.po, credited ? input.headers : undefined), entries };
  const headerComments = input.po?.headerComments?.length || !credited ? input.po?.headerComments : input.headerComments;
  if (headerComments?.length) po.headerComments = headerComments;
  return { po, changed, unchanged, keptObsolete };
}
