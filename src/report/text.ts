// Human output of findings, in the manner of ESLint's "stylish": one aligned line per finding,
// `file:line  severity  message  rule`, grouped by file, then a count.
import type { Finding, Severity } from '../types.js';
import { formatLocation } from './location.js';
import { countFindings, describeCounts } from './summary.js';
import { displayWidth, pad, paint, visible } from './terminal.js';

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'cyan' } as const satisfies Record<Severity, string>;
/** Label of findings that point at no file (a whole document or language). */
const NO_FILE = '(no file)';

/** Where a finding is: its file, or else the span of the sentence it points at (`tessera qa`). */
function place(f: Finding): string {
  const location = formatLocation(f);
  if (location !== undefined) return location;
  return f.span ? `${f.span.side}:${f.span.start + 1}` : NO_FILE;
}

export function formatText(findings: readonly Finding[], options: { color: boolean }): string {
  const { color } = options;
  const counts = countFindings(findings);
  const rows = groupByFile(findings).map((group) =>
    group.map((f) => ({
      where: visible(place(f)),
      severity: f.severity,
      lines: f.message.split(/\r?\n/).map(visible),
      rule: visible(f.rule),
    })),
  );
  const all = rows.flat();
  const whereWidth = Math.max(0, ...all.map((r) => displayWidth(r.where)));
  const severityWidth = Math.max(0, ...all.map((r) => r.severity.length));
  const messageWidth = Math.max(0, ...all.flatMap((r) => r.lines.map(displayWidth)));
  const indent = ' '.repeat(whereWidth + severityWidth + 4);

  const blocks = rows.map((group) =>
    group
      .map((r) => {
        const [first = '', ...rest] = r.lines;
        const head =
          `${paint(color, 'underline', r.where)}${' '.repeat(whereWidth - displayWidth(r.where))}  ` +
          `${paint(color, SEVERITY_STYLE[r.severity], pad(r.severity, severityWidth))}  ` +
          `${pad(first, messageWidth)}  ${paint(color, 'dim', r.rule)}`;
        return [head, ...rest.map((line) => indent + line)].map((line) => line.trimEnd()).join('\n');
      })
      .join('\n'),
  );
  const style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'green';
  const summary = paint(color, ['bold', style], describeCounts(counts));
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n\n${summary}\n` : `${summary}\n`;
}

/** Findings grouped by file in order of first appearance, each group sorted by line and column
 * (a stable sort, so equal places keep the checker's order). Findings without a file come last. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string | undefined, Finding[]>();
  for (const f of findings) {
    const key = f.file === '' ? undefined : f.file;
    const group = groups.get(key) ?? [];
    group.push(f);
    groups.set(key, group);
  }
  const byPlace = (a: Finding, b: Finding): number =>
    (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  const keyed = [...groups].sort(([a], [b]) => Number(a === undefined) - Number(b === undefined));
  return keyed.map(([, group]) => group.sort(byPlace));
}
