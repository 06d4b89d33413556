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
 * The PO file of `lang` for the new `catalog` (normally `alignment.entries`):
 * - a new segment gets an empty entry;
 * - a segment whose source changed keeps its translation, marked fuzzy, with the text it was
 *   translated from as `previousSource` (an empty translation just takes the new source; a
 *   change back to that previous source clears the fuzzy mark); a reviewed (not fuzzy) entry
 *   loses a leftover `previousSource`;
 * - an entry whose segment is gone becomes obsolete, translation kept; an obsolete entry whose
 *   ID is back in the catalog is revived, fuzzy if its source differs.
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
): PoTranslationFile {
  const existing = po?.entries ?? [];
  const live = new Map(existing.filter((e) => !e.obsolete).map((e) => [e.id, e]));
  const retired = new Map(existing.filter((e) => e.obsolete).map((e) => [e.id, e]));
  const inCatalog = new Set(catalog.map((segment) => segment.id));

  const entries: TranslationEntry[] = catalog.map((segment) => {
    const entry = live.get(segment.id) ?? retired.get(segment.id);
    return entry ? refresh(entry, segment.text) : { id: segment.id, source: segment.text, target: '', fuzzy: false, obsolete: false };
  });
  const stillObsolete = existing.filter((e) => e.obsolete && !inCatalog.has(e.id));
  const nowObsolete = existing.filter((e) => !e.obsolete && !inCatalog.has(e.id));
  entries.push(...stillObsolete.map(withoutLine), ...nowObsolete.map((e) => ({ ...withoutLine(e), obsolete: true })));

  const result: PoTranslationFile = { doc, lang, headers: { ...(po?.headers ?? {}) }, entries };
  if (po?.headerComments) result.headerComments = po.headerComments;
  return result;
}

/** A live entry for the segment's current `text`. */
function refresh(entry: TranslationEntry, text: string): TranslationEntry {
  const next: TranslationEntry = { ...withoutLine(entry), obsolete: false };
  if (sameText(entry.source, text)) {
    next.source = text;
    // `#| msgid` belongs to fuzzy entries only (msgmerge drops it too): a translator who cleared
    // the fuzzy flag by hand and left it would otherwise carry a stale diff forever.
    if (!next.fuzzy) delete next.previousSource;
    return next;
  }
  next.source = text;
  if (entry.target === '') {
    next.fuzzy = false;
    delete next.previousSource;
    return next;
  }
  const translatedFrom = entry.fuzzy && entry.previousSource !== undefined ? entry.previousSource : entry.source;
  if (sameText(translatedFrom, text)) {
    // The source went back to what was translated: the translation fits again.
    next.fuzzy = false;
    delete next.previousSource;
    return next;
  }
  next.fuzzy = true;
  next.previousSource = translatedFrom;
  return next;
}

/** The entry without its line in the file it was read from (it is being rewritten). */
function withoutLine(entry: TranslationEntry): TranslationEntry {
  const { line, ...rest } = entry;
  void line;
  return rest;
}
