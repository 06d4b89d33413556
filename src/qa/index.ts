// Quality checks of one sentence pair: numbers, dates, glossary terms, names, inline tags,
// punctuation, untranslated copies and bidi controls, across French, English and Arabic.
// Pure functions: no file is read here (the CLI passes the glossary's text to parseGlossary).

import type { Finding, RuleMeta } from '../types.js';
import { CHECKS } from './checks/index.js';
import { qaContext } from './options.js';
import type { QaContextInput, QaPair } from './types.js';

export { CHECKS };
export { DEFAULT_QA_OPTIONS, qaContext } from './options.js';
export { parseGlossary, type Glossary, type GlossaryEntry } from './glossary/index.js';
export { extractNumbers, extractDates, extractNames, type NumberToken, type DateToken, type DateValue, type NameToken } from './extract/index.js';
export { normalizeArabic } from './text/fold.js';
export { langData } from './lang/index.js';
export type { LangData } from './lang/types.js';
export type { Check, QaContext, QaContextInput, QaExample, QaOptions, QaPair, LatinRunLevel } from './types.js';

/** Metadata of every check, for reports (SARIF rule descriptors). */
export const RULES: readonly RuleMeta[] = Object.freeze(CHECKS.map(({ id, severity, title }) => Object.freeze({ id, severity, title })));

/**
 * Run every check on one sentence pair.
 * @param pair source and target with their languages (and the segment id, copied onto findings)
 * @param ctx the glossary and options; defaults for what is left out
 * @returns findings in check order; an empty target (untranslated) gives none
 */
export function checkPair(pair: QaPair, ctx: QaContextInput = {}): Finding[] {
  if (pair.target.trim() === '') return [];
  const context = qaContext(ctx);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (context.options.disabled.includes(check.id)) continue;
    findings.push(...check.run(pair, context));
  }
  return findings;
}
