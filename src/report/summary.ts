// Counts of findings, shared by every reporter and the exit code so that they always agree.
import type { Finding } from '../types.js';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  /** Findings per rule id, keys in alphabetical order. */
  byRule: Record<string, number>;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const rules = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
    rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
  }
  const byRule = Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { errors, warnings, infos, total: findings.length, byRule };
}

/** `2 errors, 1 warning` (and `, 3 info` when there are any). */
export function describeCounts(counts: FindingCounts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(`${counts.infos} info`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
