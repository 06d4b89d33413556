import type { QaContext, QaContextInput, QaOptions } from './types.js';

/** Defaults of the quality checks. */
export const DEFAULT_QA_OPTIONS: Readonly<QaOptions> = Object.freeze({
  // The build isolates Latin runs itself in every edition (<bdi>, LRI…PDI); only a translation
  // used as written elsewhere needs them, so unisolated runs are worth a note, not a warning.
  latinRuns: 'info',
  // Typography of the French source is the source editor's business, but reported once here
  // it is fixed once for every language.
  sourceTypography: true,
  disabled: Object.freeze([]) as readonly string[],
});

/** A complete context from a partial one. */
export function qaContext(ctx: QaContextInput = {}): QaContext {
  return {
    glossary: ctx.glossary ?? null,
    options: Object.freeze({ ...DEFAULT_QA_OPTIONS, ...(ctx.options ?? {}) }),
  };
}
