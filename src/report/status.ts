// `tessera status`: per document and language, the count of each segment state and the
// percent translated, as an aligned table or as JSON.
import type { SegmentState } from '../types.js';
import { displayWidth, pad, paint, visible } from './terminal.js';
import type { StatusFormat, StatusRow } from './types.js';

/** Column order of the states (that of the design's state list). */
export const STATES: readonly SegmentState[] = ['translated', 'fuzzy', 'untranslated', 'stale', 'missing', 'obsolete'];
const BAR_CELLS = 10;

export function formatStatus(rows: readonly StatusRow[], format: StatusFormat, options: { color: boolean }): string {
  return format === 'json' ? statusJson(rows) : statusText(rows, options.color);
}

function statusJson(rows: readonly StatusRow[]): string {
  const documents = rows.map((r) => ({
    doc: r.doc,
    lang: r.lang,
    counts: Object.fromEntries(STATES.map((s) => [s, r.counts[s] ?? 0])),
    total: r.total,
    percent: r.percent,
  }));
  return `${JSON.stringify({ documents }, null, 2)}\n`;
}

function statusText(rows: readonly StatusRow[], color: boolean): string {
  if (rows.length === 0) return 'No documents.\n';
  const header = ['doc', 'lang', ...STATES, '%'];
  const body = rows.map((r) => [visible(r.doc), visible(r.lang), ...STATES.map((s) => String(r.counts[s] ?? 0)), percentText(r.percent)]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[i] ?? ''))));
  // Names read left-aligned, numbers right-aligned so that their digits line up.
  const align = (cells: string[]): string[] => cells.map((c, i) => pad(c, widths[i] ?? 0, i < 2 ? 'end' : 'start'));
  const lines = [paint(color, 'bold', align(header).join('  ').trimEnd())];
  rows.forEach((r, n) => {
    const cells = align(body[n] ?? []);
    const styled = cells.map((cell, i) => {
      const state = STATES[i - 2];
      if (state === undefined || (r.counts[state] ?? 0) === 0) return cell;
      if (state === 'stale' || state === 'missing') return paint(color, 'red', cell);
      if (state === 'fuzzy' || state === 'untranslated') return paint(color, 'yellow', cell);
      return cell;
    });
    lines.push(`${styled.join('  ')}  ${bar(r.percent, color)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Whole percent, rounded down so that 99.6 % never reads as complete. */
function percentText(percent: number): string {
  return `${Math.floor(clamp(percent))}%`;
}

function bar(percent: number, color: boolean): string {
  const filled = Math.floor((clamp(percent) / 100) * BAR_CELLS);
  const style = percent >= 100 ? 'green' : filled === 0 ? 'red' : 'yellow';
  return paint(color, style, '█'.repeat(filled)) + paint(color, 'dim', '░'.repeat(BAR_CELLS - filled));
}

function clamp(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
}
