// Reporters: one list of findings into each output format, the status table, the progress bar,
// the colour decision and the exit code.
import type { Finding } from '../types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { FindingsFormat, ReportOptions } from './types.js';

export { shouldColor } from './color.js';
export { formatConcordance } from './concordance.js';
export { formatMatch } from './match.js';
export { exitCodeFor } from './exit-code.js';
export { escapeData, escapeProperty, formatGithub } from './github.js';
export { formatJson } from './json.js';
export { formatJunit } from './junit.js';
export { createNotice, createProgress, type Notice, type Progress } from './progress.js';
export { fileUri, formatSarif, SARIF_SCHEMA } from './sarif.js';
export { formatStatus, STATES } from './status.js';
export { countFindings, describeCounts, type FindingCounts } from './summary.js';
export { formatText } from './text.js';
export type { CheckedPair, FindingsFormat, OutputStream, ReportOptions, StatusFormat, StatusRow } from './types.js';

/** Render findings in one of the `check` formats; the result ends with a newline, or is empty
 * (github format without findings). */
export function formatFindings(findings: readonly Finding[], format: FindingsFormat, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return formatText(findings, options);
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, options);
    case 'github':
      return formatGithub(findings);
    case 'junit':
      return formatJunit(findings, options);
  }
}
