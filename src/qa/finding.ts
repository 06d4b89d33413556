import type { Finding, Severity } from '../types.js';
import type { Check, QaPair } from './types.js';

/** A range of one side of the pair. */
export interface SideSpan {
  side: 'source' | 'target';
  start: number;
  end: number;
}

/** A finding of `check` on `pair`, pointing at `span` when given. */
export function findingOf(
  check: Pick<Check, 'id' | 'severity'>,
  pair: QaPair,
  message: string,
  span?: SideSpan,
  severity: Severity = check.severity,
): Finding {
  const finding: Finding = { rule: check.id, severity, message, lang: pair.targetLang };
  if (pair.id !== undefined) finding.id = pair.id;
  if (span) {
    const text = span.side === 'source' ? pair.source : pair.target;
    finding.span = { side: span.side, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  }
  return finding;
}

/** `1 500`, quoted for messages. */
export function quote(text: string): string {
  return `\`${text}\``;
}
