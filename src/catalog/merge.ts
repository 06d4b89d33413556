// Bringing a language's translations up to date with a new catalog (the msgmerge step of
// `tessera extract`). Entries are matched by segment ID, and each is compared with the msgid
// recorded in the PO itself, since that is the text its translation was made for (a PO restored
// from git or lagging behind the catalog stays right). Nothing is ever dropped: a translation
// whose segment is gone becomes an obsolete `#~` entry, and comes back if its ID does.

import type { CatalogEntry, TranslationEntry } from '../types.js';
import type { Alignment } from './align.js';
import type { PoTranslationFile } from './po.js';
import { sameText } from './text.js';

/**
 * The translator comments on a fuzzy translation whose figures were adapted to the entry's
 * source: the note, then the reviewed translation it was made from (as a JSON string), so that
 * nothing a translator wrote is lost and a change back restores it exactly. The translation is
 * a draft for `source`; `previousSource` stays what the reviewed one was made for. `tm:`
 * comments, as the memory's pre-fills write.
 */
export const FIGURES_ADAPTED_NOTE = 'tm: figures adapted to the changed source; review before use';
export const BEFORE_PREFIX = 'tm: before: ';
/** Starts the comment that says why the figures of a changed source were not adapted. */
export const NOT_ADAPTED_PREFIX = 'tm: figures not adapted: ';

export interface UpdateOptions {
  /**
   * `target` (a translation of `from`) for the source `to`, when the two differ only in their
   * figures (numbers, months); `{ refused }` with the reason when they do but the figures cannot
   * be adapted; otherwise undefined. The memory's adaptation (memory/adapt.ts) does it.
   */
  adaptFigures?: (target: string, from: string, to: string) => string | { refused: string } | undefined;
}

/**
 * The PO file of `lang` for the new `catalog` (normally `alignment.entries`):
 * - a new segment gets an empty entry;
 * - a segment whose source changed keeps its translation, marked fuzzy, with the text it was
 *   translated from as `previousSource` (an empty translation just takes the new source; a
 *   change back to that previous source clears the fuzzy mark); a reviewed (not fuzzy) entry
 *   loses a leftover `previousSource`;
 * - an entry whose segment is gone becomes obsolete, translation kept; an obsolete entry whose
 *   ID is back in the catalog is revived, fuzzy if its source differs.
 * With `adaptFigures`, a translation whose source changed only in its figures gets the new
 * ones (still fuzzy, `previousSource` kept, FIGURES_ADAPTED_NOTE added), and a change back
 * restores it as it was reviewed; when they cannot be adapted, a NOT_ADAPTED_PREFIX comment
 * says why, until the next change or review.
 * The result depends only on IDs and texts, so it is also right for a PO that missed earlier
 * extracts; `_alignment` is not consulted (kept so that callers can pass the extract's result).
 * IDs must be unique in `po`, as `parsePo` guarantees.
 */
export function updateTranslations(
  _alignment: Alignment,
  catalog: readonly CatalogEntry[],
  po: PoTranslationFile | undefined,
  doc: string,
  lang: string,
  options: UpdateOptions = {},
): PoTranslationFile {
  const existing = po?.entries ?? [];
  const live = new Map(existing.filter((e) => !e.obsolete).map((e) => [e.id, e]));
  const retired = new Map(existing.filter((e) => e.obsolete).map((e) => [e.id, e]));
  const inCatalog = new Set(catalog.map((segment) => segment.id));

  const entries: TranslationEntry[] = catalog.map((segment) => {
    const entry = live.get(segment.id) ?? retired.get(segment.id);
    return entry ? refresh(entry, segment.text, options) : { id: segment.id, source: segment.text, target: '', fuzzy: false, obsolete: false };
  });
  const stillObsolete = existing.filter((e) => e.obsolete && !inCatalog.has(e.id));
  const nowObsolete = existing.filter((e) => !e.obsolete && !inCatalog.has(e.id));
  entries.push(...stillObsolete.map(withoutLine), ...nowObsolete.map((e) => ({ ...withoutLine(e), obsolete: true })));

  const result: PoTranslationFile = { doc, lang, headers: { ...(po?.headers ?? {}) }, entries };
  if (po?.headerComments) result.headerComments = po.headerComments;
  return result;
}

/** A live entry for the segment's current `text`. */
function refresh(entry: TranslationEntry, text: string, { adaptFigures }: UpdateOptions): TranslationEntry {
  const next: TranslationEntry = { ...withoutLine(entry), obsolete: false };
  if (sameText(entry.source, text)) {
    next.source = text;
    // `#| msgid` belongs to fuzzy entries only (msgmerge drops it too): a translator who cleared
    // the fuzzy flag by hand and left it would otherwise carry a stale diff forever. So do the
    // notes of an adaptation, once reviewed.
    if (!next.fuzzy) {
      delete next.previousSource;
      setAdaptation(next, undefined);
    }
    return next;
  }
  next.source = text;
  if (entry.target === '') {
    next.fuzzy = false;
    delete next.previousSource;
    return next;
  }
  // What the last reviewed translation was made for, and what the current one fits: the same,
  // unless the current one is a draft with adapted figures (then it fits the entry's source).
  const original = adaptedFrom(entry);
  const reviewed = entry.fuzzy && entry.previousSource !== undefined ? entry.previousSource : entry.source;
  const fitted = original !== undefined ? entry.source : reviewed;
  const figures = adaptFigures?.(entry.target, fitted, text);
  const adapted = typeof figures === 'string' ? figures : undefined;
  if (sameText(reviewed, text) && (original === undefined || (adapted ?? entry.target) === original)) {
    // The source went back to what was translated: the translation fits again.
    next.target = original ?? entry.target;
    next.fuzzy = false;
    delete next.previousSource;
    setAdaptation(next, undefined);
    return next;
  }
  next.fuzzy = true;
  if (adapted !== undefined) {
    next.target = adapted;
    next.previousSource = reviewed;
    setAdaptation(next, original ?? entry.target);
  } else {
    // Changed in words: the translation stays, for the translator to redo; a draft with adapted
    // figures is a translation of the source it was adapted to, and the reviewed one it came
    // from stays in the comments.
    next.previousSource = fitted;
    setAdaptation(next, undefined, original !== undefined);
    // Changed in figures only, but they could not be put in: the translator learns why.
    if (typeof figures === 'object') next.translatorComments = [next.translatorComments, `${NOT_ADAPTED_PREFIX}${figures.refused}`].filter(Boolean).join('\n');
  }
  return next;
}

/** The reviewed translation a fuzzy entry's figures were adapted from, when they were. */
function adaptedFrom(entry: TranslationEntry): string | undefined {
  if (!entry.fuzzy || entry.previousSource === undefined) return undefined;
  const lines = (entry.translatorComments ?? '').split('\n');
  const before = lines.find((line) => line.startsWith(BEFORE_PREFIX));
  if (!lines.includes(FIGURES_ADAPTED_NOTE) || before === undefined) return undefined;
  try {
    const original: unknown = JSON.parse(before.slice(BEFORE_PREFIX.length));
    return typeof original === 'string' ? original : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the adaptation comments, the note and `from` (the reviewed translation), or removes
 * them, and any earlier reason figures were not adapted; `keepBefore` keeps an earlier
 * `tm: before:` line as a plain record. Other comments stay.
 */
function setAdaptation(entry: TranslationEntry, from: string | undefined, keepBefore = false): void {
  const keep = (line: string): boolean =>
    line !== '' &&
    line !== FIGURES_ADAPTED_NOTE &&
    !line.startsWith(NOT_ADAPTED_PREFIX) &&
    (!line.startsWith(BEFORE_PREFIX) || (keepBefore && from === undefined));
  const lines = (entry.translatorComments ?? '').split('\n').filter(keep);
  if (from !== undefined) lines.push(FIGURES_ADAPTED_NOTE, `${BEFORE_PREFIX}${JSON.stringify(from)}`);
  if (lines.length > 0) entry.translatorComments = lines.join('\n');
  else delete entry.translatorComments;
}

/** The entry without its line in the file it was read from (it is being rewritten). */
function withoutLine(entry: TranslationEntry): TranslationEntry {
  const { line, ...rest } = entry;
  void line;
  return rest;
}
