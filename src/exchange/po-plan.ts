// A PO file edited in Poedit or Weblate, planned like an XLIFF file: entries are matched to the
// catalog by msgctxt (the segment ID), and a translation is accepted only when its msgid is the
// catalog's current source; otherwise it is refused with the reason, never merged.

import { sameText, type PoTranslationFile } from '../catalog/index.js';
import { inputError } from '../errors.js';
import type { AcceptedSegment, ImportedState, ImportPlan, RefusedSegment } from '../formats/xliff/index.js';
import type { CatalogEntry, TranslationEntry } from '../types.js';
import type { ImportedEntryDetails, PoImport } from './types.js';

/** `mossoul-2017.ar.po`, `ar/mossoul-2017.po` → `mossoul-2017.ar`, `mossoul-2017`. */
function stem(path: string): string {
  const base = path.split(/[\\/]/u).pop() ?? path;
  return base.replace(/\.pot?$/iu, '');
}

/**
 * The document a PO file translates: its file name (`<doc>.po`, or `<doc>.<lang>.po` / `<doc>-<lang>.po`
 * as download buttons name it), else its `Project-Id-Version` (Tessera writes the document
 * name there), else the one document whose catalog holds most of its segment IDs.
 * Throws `InputError` when none fits.
 */
export function documentOfPo(
  file: string,
  po: Pick<PoTranslationFile, 'headers' | 'entries' | 'lang'>,
  catalogs: ReadonlyMap<string, readonly CatalogEntry[]>,
): string {
  const name = stem(file);
  const langSuffix = new RegExp(`[._-]${po.lang}(?:[._-][a-z0-9]+)?$`, 'iu');
  const project = Object.entries(po.headers).find(([key]) => key.toLowerCase() === 'project-id-version')?.[1]?.trim();
  for (const candidate of [name, name.replace(langSuffix, ''), project]) {
    if (candidate && catalogs.has(candidate)) return candidate;
  }
  const ids = new Set(po.entries.filter((e) => !e.obsolete).map((e) => e.id));
  const scores = [...catalogs].map(([doc, entries]) => [doc, entries.filter((e) => ids.has(e.id)).length] as const);
  const best = Math.max(0, ...scores.map(([, n]) => n));
  const winners = scores.filter(([, n]) => n === best && n > 0);
  if (winners.length === 1) return winners[0]![0];
  throw inputError(
    `cannot tell which document this PO file translates: name it <doc>.po after one of ${[...catalogs.keys()].join(', ') || '(no catalogs)'}`,
    file,
  );
}

/** The state a PO entry's flags give: `fuzzy`, else the strongest review flag, else translated. */
function stateOf(entry: TranslationEntry): AcceptedSegment['state'] {
  if (entry.fuzzy) return 'fuzzy';
  const flags = entry.flags ?? [];
  if (flags.includes('final')) return 'final';
  if (flags.includes('reviewed')) return 'reviewed';
  return 'translated';
}

function reviewFlags(state: ImportedState): AcceptedSegment['reviewFlags'] {
  return state === 'reviewed' || state === 'final' ? [state] : [];
}

/**
 * Sorts the live entries of an imported PO file (read with `parsePo`, so `file` names it and
 * every entry has its line) into accepted translations, refused ones (segment not in the
 * catalog, msgid not the catalog's source) and untranslated ones (empty msgstr: nothing to
 * merge, so an import never blanks a translation).
 */
export function planPoImport(po: PoTranslationFile, doc: string, catalog: readonly CatalogEntry[], file: string): PoImport {
  const plan: ImportPlan = { lang: po.lang, accepted: [], refused: [], untranslated: [] };
  const details = new Map<string, ImportedEntryDetails>();
  const byId = new Map(catalog.map((entry) => [entry.id, entry]));
  for (const entry of po.entries) {
    if (entry.obsolete) continue;
    const where = { doc, id: entry.id, file, line: entry.line ?? 1 };
    if (entry.target.trim() === '') {
      plan.untranslated.push(where);
      continue;
    }
    const segment = byId.get(entry.id);
    if (!segment || !sameText(entry.source, segment.text)) {
      const refused: RefusedSegment = { ...where, reason: segment ? 'source changed' : 'unknown segment', found: entry.source, target: entry.target };
      if (segment) refused.expected = segment.text;
      plan.refused.push(refused);
      continue;
    }
    const state = stateOf(entry);
    plan.accepted.push({ ...where, target: entry.target, state, fuzzy: state === 'fuzzy', reviewFlags: reviewFlags(state) });
    details.set(entry.id, { translatorComments: entry.translatorComments, previousSource: entry.previousSource });
  }
  return {
    doc,
    plan,
    details,
    obsolete: po.entries.filter((entry) => entry.obsolete),
    headers: po.headers,
    headerComments: po.headerComments ?? [],
  };
}
