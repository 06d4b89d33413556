// Shapes of the quality checks. Findings and rule metadata are the project-wide types of
// src/types.ts; everything else a check needs is defined here.

import type { Finding, Lang, Severity } from '../types.js';
import type { Glossary } from './glossary/types.js';

/** One sentence pair to check. Offsets in findings refer to these exact strings. */
export interface QaPair {
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Segment ID, copied onto findings. */
  id?: string;
}

/** How the Latin-run part of the `bidi` check reports (see `checks/bidi.ts`). */
export type LatinRunLevel = 'off' | 'info' | 'warning';

/** Options of the checks; defaults in `options.ts`. */
export interface QaOptions {
  /** Report Latin runs in right-to-left targets that are not isolated. */
  latinRuns: LatinRunLevel;
  /** Check French typography (no-break spaces around `: ; ! ? « »`) on a French source too. */
  sourceTypography: boolean;
  /** Rule ids to skip. */
  disabled: readonly string[];
}

/** What a check may consult besides the pair. */
export interface QaContext {
  glossary: Glossary | null;
  options: QaOptions;
}

/** What callers pass: like `Partial<QaContext>`, with options that may be partial too. */
export interface QaContextInput {
  glossary?: Glossary | null;
  options?: Partial<QaOptions>;
}

/** A documented example of a check: a pair, plus the glossary (CSV text) or options it needs. */
export interface QaExample extends QaPair {
  /** Glossary as CSV text (`fr,en,ar,note`), parsed by the example runner. */
  glossary?: string;
  options?: Partial<QaOptions>;
  /** Why this example is ok / not ok. */
  note?: string;
}

/** One quality check: metadata, examples its tests run, and the pure function. */
export interface Check {
  /** Rule id, stable across versions: `number-mismatch`. */
  id: string;
  /** The severity of its findings (some findings of a check may be milder, see the check). */
  severity: Extract<Severity, 'error' | 'warning'>;
  /** One line, for reports. */
  title: string;
  examples: { ok: readonly QaExample[]; notOk: readonly QaExample[] };
  run(pair: QaPair, ctx: QaContext): Finding[];
}
