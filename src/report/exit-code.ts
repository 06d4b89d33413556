// The one place that turns findings into an exit code (ESLint's convention: warnings pass
// unless --max-warnings says otherwise; 2 for usage and input errors is the CLI's business).
import type { Finding } from '../types.js';
import { countFindings } from './summary.js';

/** 1 when any finding is an error or the warnings exceed `maxWarnings` (when given, ≥ 0). */
export function exitCodeFor(findings: readonly Finding[], options: { maxWarnings?: number } = {}): 0 | 1 {
  const { errors, warnings } = countFindings(findings);
  if (errors > 0) return 1;
  const max = options.maxWarnings;
  return max !== undefined && max >= 0 && warnings > max ? 1 : 0;
}
