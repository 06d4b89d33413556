// Machine output of findings, the CLI contract of `tessera check --format json`:
// {"summary":{…},"issues":[{"rule","severity","doc","lang","id","message","file","line"}]}.
// Every issue has every key (null when unknown) in this order, so consumers and diffs stay stable.
import type { Finding } from '../types.js';
import { countFindings } from './summary.js';

export function formatJson(findings: readonly Finding[]): string {
  const { errors, warnings, infos, total, byRule } = countFindings(findings);
  const report = {
    summary: { errors, warnings, infos, total, byRule },
    issues: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      doc: f.doc ?? null,
      lang: f.lang ?? null,
      id: f.id ?? null,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null,
      ...(f.span ? { span: { side: f.span.side, start: f.span.start, end: f.span.end, text: f.span.text } } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
