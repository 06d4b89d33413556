// Pre-translation: new, empty entries of a PO file are filled from the memories. Exact and
// in-context matches can go in as translated; fuzzy ones always stay fuzzy, with the match's
// origin in a translator comment so that the reviewer knows where the text came from. So does a
// match the memory marks as not approved (a draft, a rejected translation: approval.ts), however
// exact, and an exact match out of context whose sentence the memories translate in more than one
// way (Trados Studio's "multiple translations" penalty keeps such a match from 100 % too). A
// segment without words (a table cell `9`, a year) is its own translation: it is copied.
import { plainText } from '../source/index.js';
import type { TranslationEntry, TranslationFile } from '../types.js';
import type { LookupQuery, Match } from './rank.js';

export interface PretranslateOptions {
  /** Exact (100) and in-context (101) matches become translated, not fuzzy. */
  exactAsTranslated: boolean;
}

export interface Prefill {
  id: string;
  score: number;
  /** The match's kind, or `copy` for a segment without words. */
  kind: Match['kind'] | 'copy';
  /** File the match came from. */
  origin: string | undefined;
  fuzzy: boolean;
  /** The memory's mark when it says the match is not approved (`approved: no`). */
  notApproved?: string;
  /** For an exact match out of context, how many other translations of the sentence the memories hold. */
  otherTranslations?: number;
}

/** Marks the comments we write, so that a later fill replaces them instead of piling up. */
export const PREFILL_COMMENT_PREFIX = 'tm:';

/**
 * Fill the empty live entries of a translation file with the best memory match.
 * @param po the language's PO file (not changed)
 * @param best the best match for a query, or undefined (a lookup over the language's memories)
 * @returns the new file and what was filled
 */
export function pretranslate(
  po: TranslationFile,
  best: (query: LookupQuery) => Match | undefined,
  options: PretranslateOptions,
): { po: TranslationFile; filled: Prefill[] } {
  const live = po.entries.filter((e) => !e.obsolete);
  const filled: Prefill[] = [];
  const entries = po.entries.map((entry): TranslationEntry => {
    if (entry.obsolete || entry.target !== '') return entry;
    if (!/\p{L}/u.test(plainText(entry.source))) {
      const fuzzy = !options.exactAsTranslated;
      filled.push({ id: entry.id, score: 100, kind: 'copy', origin: undefined, fuzzy });
      return { ...entry, target: entry.source, fuzzy, translatorComments: withNote(entry, `${PREFILL_COMMENT_PREFIX} no words to translate: copied from the source`) };
    }
    const at = live.indexOf(entry);
    const match = best({
      text: entry.source,
      id: entry.id,
      doc: po.doc,
      prev: live[at - 1]?.source ?? '',
      next: live[at + 1]?.source ?? '',
    });
    if (!match) return entry;
    const { notApproved } = match.entry;
    // Out of context, a sentence the memories translate two ways is the translator's choice.
    const others = match.kind === 'exact' ? (match.otherTranslations ?? 0) : 0;
    const fuzzy = match.score < 100 || match.adapted !== undefined || notApproved !== undefined || others > 0 || !options.exactAsTranslated;
    const origin = match.entry.origin;
    filled.push({
      id: entry.id,
      score: match.score,
      kind: match.kind,
      origin,
      fuzzy,
      ...(notApproved !== undefined ? { notApproved } : {}),
      ...(others > 0 ? { otherTranslations: others } : {}),
    });
    const note = `${PREFILL_COMMENT_PREFIX} ${match.kind} match ${match.score}%${origin ? ` from ${origin}` : ''}${match.entry.tuid ? ` (${match.entry.tuid})` : ''}${notApproved !== undefined ? `, not approved there (${notApproved})` : ''}${others > 0 ? `, one of ${others + 1} translations in the memories` : ''}${match.adapted !== undefined ? ', figures adapted' : ''}${match.notAdapted !== undefined ? `; figures not adapted: ${match.notAdapted}` : ''}`;
    return { ...entry, target: match.adapted ?? match.entry.target, fuzzy, translatorComments: withNote(entry, note) };
  });
  return { po: { ...po, entries }, filled };
}

/** The entry's comments with `note` in place of an earlier note of ours. */
function withNote(entry: TranslationEntry, note: string): string {
  const comments = (entry.translatorComments ?? '').split('\n').filter((l) => l !== '' && !l.startsWith(PREFILL_COMMENT_PREFIX));
  return [...comments, note].join('\n');
}
