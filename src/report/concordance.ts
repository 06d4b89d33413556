// The text of a concordance search (tessera tm concordance): each entry with the phrase marked,
// in colour on a terminal and between ⟦ ⟧ elsewhere, so that a pipe or a log still shows it.
import type { Concordance } from '../memory/index.js';
import { approvalNote, entryPlace } from './memory-entry.js';
import { paint, visible } from './terminal.js';

/** `text` with its `spans` marked. */
function marked(text: string, spans: ReadonlyArray<readonly [number, number]>, color: boolean): string {
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += visible(text.slice(from, start));
    const phrase = visible(text.slice(start, end));
    out += color ? paint(color, ['bold', 'yellow'], phrase) : `⟦${phrase}⟧`;
    from = end;
  }
  return out + visible(text.slice(from));
}

/** One block per hit (where it comes from, source, target), after a line that counts them. */
export function formatConcordance(result: Concordance, options: { color: boolean; files: readonly string[] }): string {
  const where = options.files.length ? ` (${options.files.join(', ')})` : '';
  const shown = result.hits.length < result.total ? `${result.hits.length} of ${result.total}` : `${result.total}`;
  const noun = result.total === 1 ? 'entry contains' : 'entries contain';
  const lines = [`${shown} ${noun} "${visible(result.phrase)}" in the ${result.field}${where}`];
  for (const hit of result.hits) {
    const { entry, source, target } = hit;
    lines.push(
      '',
      visible(`${entryPlace(entry)}${approvalNote(entry)}`),
      `  source: ${result.field === 'source' ? marked(source, hit.spans, options.color) : visible(source)}`,
      `  target: ${result.field === 'target' ? marked(target, hit.spans, options.color) : visible(target)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
