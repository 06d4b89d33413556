// `file:line:column`, the form terminals and editors turn into links.
import type { Finding } from '../types.js';

/** `file:line:column`, `file:line` or `file`; `undefined` when the finding has no file. */
export function formatLocation(finding: Finding): string | undefined {
  if (finding.file === undefined || finding.file === '') return undefined;
  if (finding.line === undefined) return finding.file;
  return finding.column === undefined ? `${finding.file}:${finding.line}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/** `doc/lang/id` with the parts the finding has, e.g. `article/ar/s-4k2m9q`. */
export function formatSegmentPath(finding: Finding): string | undefined {
  const parts = [finding.doc, finding.lang, finding.id].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join('/') : undefined;
}
