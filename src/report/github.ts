// GitHub Actions workflow commands (annotations): `::error file=…,line=…,col=…,title=…::message`.
// Escaping is that of @actions/core and vitest's github-actions reporter.
import type { Finding, Severity } from '../types.js';
import { formatSegmentPath } from './location.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const satisfies Record<Severity, string>;

export function formatGithub(findings: readonly Finding[]): string {
  return findings.map((f) => `${annotation(f)}\n`).join('');
}

function annotation(f: Finding): string {
  const properties: Array<[string, string]> = [];
  if (f.file) {
    properties.push(['file', f.file]);
    if (f.line !== undefined) {
      properties.push(['line', String(f.line)]);
      if (f.column !== undefined) properties.push(['col', String(f.column)]);
    }
  }
  const segment = formatSegmentPath(f);
  properties.push(['title', segment ? `${f.rule} (${segment})` : f.rule]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`;
}

/** Escape the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command (`:` and `,` delimit properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
