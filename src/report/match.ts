// The text of one translation-memory match (tessera tm lookup): score, kind, origin and date, the
// memory's mark when it says the translation is not approved, the memory's source as a word diff
// against the query, where else the same pair is, and the target, adapted or with the reason it
// was not. Memory text is shown with its control characters made visible, as in every report: a
// memory from elsewhere must not move the terminal's cursor or reorder its line.
import { tmxDay } from '../formats/tmx/index.js';
import type { Match, WordDiff } from '../memory/index.js';
import { approvalNote, entryPlace } from './memory-entry.js';
import { visible } from './terminal.js';

/** `[-deleted-]{+inserted+}`, the convention of `git diff --word-diff=plain`. */
function showDiff(diff: readonly WordDiff[]): string {
  return diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join('');
}

/** One match as a block of lines, ending with a blank line. */
export function formatMatch(match: Match): string {
  const date = match.entry.changed ?? match.entry.created;
  const where = entryPlace(match.entry) + (date !== undefined ? `, ${tmxDay(date)}` : '');
  const penalties = match.penalties.length ? `  penalties: ${match.penalties.join(', ')}` : '';
  const others = match.otherTranslations ? `  ${match.otherTranslations} other translation${match.otherTranslations > 1 ? 's' : ''}` : '';
  const lines = [`${String(match.score).padStart(3)}  ${match.kind}  ${where}${penalties}${approvalNote(match.entry)}${others}`, `     source: ${showDiff(match.diff)}`];
  if (match.alsoIn) lines.push(`     also in: ${match.alsoIn.map(entryPlace).join(', ')}`);
  if (match.adapted !== undefined) {
    lines.push(`     target: ${match.adapted}`, `             (figures adapted from: ${match.entry.target}; review before use)`);
  } else {
    lines.push(`     target: ${match.entry.target}`);
    if (match.notAdapted !== undefined) lines.push(`             (figures not adapted: ${match.notAdapted}; change them by hand)`);
  }
  return `${lines.map(visible).join('\n')}\n\n`;
}
