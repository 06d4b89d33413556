// Shapes the reporters take. The findings and rule metadata themselves are in src/types.ts.
import type { RuleMeta, SegmentState } from '../types.js';

/** The output formats of `tessera check` / `tessera qa`. */
export type FindingsFormat = 'text' | 'json' | 'sarif' | 'github' | 'junit';

/** One document × language pair that was checked; clean pairs still appear in JUnit reports. */
export interface CheckedPair {
  doc: string;
  lang: string;
  /** The pair's PO file, relative to the project root; default `locales/<lang>/<doc>.po`. */
  file?: string;
}

export interface ReportOptions {
  /** Colour the text format (decide with `shouldColor`). */
  color: boolean;
  /** Every rule that could fire; SARIF lists them all as rule descriptors. */
  rules: readonly RuleMeta[];
  /** Version of Tessera, for SARIF `tool.driver.version`. */
  toolVersion: string;
  /** All pairs that were checked, in order (JUnit: one testcase each). */
  groups?: readonly CheckedPair[];
  /**
   * Absolute URL of Tessera's README; SARIF `informationUri`, and each rule's `helpUri` is its
   * `#rule-<id>` section. Omitted from SARIF when not given (no made-up address).
   */
  informationUri?: string;
}

/** The output formats of `tessera status`. */
export type StatusFormat = 'text' | 'json';

/** One line of `tessera status`: the state counts of one document in one language. */
export interface StatusRow {
  doc: string;
  lang: string;
  counts: Record<SegmentState, number>;
  total: number;
  /** Percent translated, 0–100. */
  percent: number;
}

/** Where progress and coloured output go: a TTY or a pipe (process.stderr fits). */
export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}
