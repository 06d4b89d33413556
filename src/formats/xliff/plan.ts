// What an imported XLIFF may change: a target is merged only into the segment it was made
// for. The segment must still exist (same ID in the catalog) and its source must be the one
// the translator saw; otherwise the translation is refused with the reason, never merged.

import { inputError } from '../../errors.js';
import type { CatalogEntry, Lang } from '../../types.js';
import { reviewFlagsOf } from './states.js';
import { alignSource, renumberTags } from './tag-alignment.js';
import { NOTE_CATEGORIES } from './export.js';
import type { AcceptedSegment, ImportPlan, RefusedSegment, XliffDocument, XliffFile, XliffNote } from './types.js';
import { sameLanguage } from '../../language-tag.js';

export { sameLanguage };

/** `source-texts/mossoul-2017.md` → `mossoul-2017`. */
function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The catalog a <file> belongs to: by file ID, else by the name of its original. */
function documentOf(file: XliffFile, catalogs: ReadonlyMap<string, unknown>): string | undefined {
  const candidates = [file.id, file.original && stem(file.original), stem(file.id)];
  return candidates.find((name): name is string => !!name && catalogs.has(name));
}

/**
 * Sorts the segments of an imported XLIFF document into translations to merge into the PO
 * files of `lang` (`accepted`), translations that must not be merged (`refused`: unknown
 * document or segment, changed source, the same segment twice) and segments without a target.
 * `catalogs` maps document names to their catalog entries; a <file> belongs to a document by
 * its `id` or the base name of its `original`. A file for another target language is an
 * `InputError`.
 */
export function planImport(doc: XliffDocument, catalogs: ReadonlyMap<string, readonly CatalogEntry[]>, lang: Lang): ImportPlan {
  const plan: ImportPlan = { lang, accepted: [], refused: [], untranslated: [] };
  const counts = new Map<string, number>();
  const resolved = doc.files.map((file) => {
    if (file.trgLang && !sameLanguage(file.trgLang, lang)) {
      throw inputError(`this file translates into ${file.trgLang}, not ${lang}`, doc.file, file.line);
    }
    const name = documentOf(file, catalogs);
    for (const s of file.segments) {
      if (s.target !== undefined) counts.set(`${name}\u0000${s.id}`, (counts.get(`${name}\u0000${s.id}`) ?? 0) + 1);
    }
    return name;
  });

  doc.files.forEach((file, i) => {
    const name = resolved[i];
    const unitsNoted = new Set<string>();
    const entries = name === undefined ? undefined : new Map(catalogs.get(name)?.map((e) => [e.id, e]));
    for (const segment of file.segments) {
      const where = { doc: name ?? file.id, id: segment.id, file: doc.file, line: segment.line };
      if (segment.target === undefined) {
        plan.untranslated.push(where);
        continue;
      }
      const refuse = (reason: RefusedSegment['reason'], expected?: string): void => {
        const refused: RefusedSegment = { ...where, reason, found: segment.source, target: segment.target as string };
        if (expected !== undefined) refused.expected = expected;
        plan.refused.push(refused);
      };
      const entry = entries?.get(segment.id);
      if (!entries) refuse('unknown document');
      else if (!entry) refuse('unknown segment');
      else if ((counts.get(`${name}\u0000${segment.id}`) ?? 0) > 1) refuse('duplicate segment', entry.text);
      else {
        const tags = alignSource(segment.source, entry.text);
        if (!tags) refuse('source changed', entry.text);
        else {
          const state = segment.state as AcceptedSegment['state'];
          const accepted: AcceptedSegment = {
            ...where,
            target: renumberTags(segment.target, tags),
            state,
            fuzzy: state === 'fuzzy',
            reviewFlags: reviewFlagsOf(state),
          };
          const comment = commentOf(segment.id, segment.notes);
          if (comment !== undefined) accepted.comment = comment;
          const toolNotes = toolNotesOf(segment.id, segment.notes, !unitsNoted.has(segment.unitId));
          unitsNoted.add(segment.unitId);
          if (toolNotes.length) accepted.toolNotes = toolNotes;
          plan.accepted.push(accepted);
        }
      }
    }
  });
  return plan;
}

/**
 * Whether a note is one the export wrote: the previous source and translator comment carry
 * the segment ID in theirs, the unit's context (`paragraph, source-texts/a.md line 12`) and tag
 * list have their own shapes. Told by shape rather than category, as some tools drop categories.
 */
function isExportNote(note: XliffNote, text: string): boolean {
  if (note.id !== undefined && /-(previous|comment)$/u.test(note.id)) return true;
  // `text` is folded: a tool that rewrites the layout joins the lines of the tag list.
  return /^[a-z][\w-]*, \S.* line \d+$/u.test(text) || /^(<\d+>…<\/\d+>|<\d+\/>): /u.test(text);
}

/**
 * The notes of a segment that the translator or their tool wrote, as comment lines: those that
 * name the segment in their ID, and the unit's own (`withUnitNotes`: only for the unit's first
 * accepted segment, so a paragraph's note is not repeated on each of its sentences).
 */
function toolNotesOf(id: string, notes: readonly XliffNote[], withUnitNotes: boolean): string[] {
  const lines: string[] = [];
  for (const note of notes) {
    const text = note.text.replace(/\s+/gu, ' ').trim();
    if (text === '' || isExportNote(note, text)) continue;
    if (!withUnitNotes && !note.id?.startsWith(`${id}-`)) continue;
    const line = `note${note.category ? ` (${note.category})` : ''}: ${text}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

/** The translator comment of the export's note for segment `id` (`<id>-comment`, text `<id>: …`). */
function commentOf(id: string, notes: readonly XliffNote[]): string | undefined {
  const note = notes.find((n) => n.category === NOTE_CATEGORIES.translatorComment && n.id === `${id}-comment`);
  if (!note) return undefined;
  return note.text.startsWith(`${id}: `) ? note.text.slice(id.length + 2) : note.text;
}
