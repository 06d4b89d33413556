// The languages the segmenter knows, by primary subtag.

import { arRules } from './ar.js';
import { enRules } from './en.js';
import { frRules } from './fr.js';
import type { LanguageRules } from './types.js';

export { arAbbreviations, arReportingVerbs, arRules } from './ar.js';
export { enAbbreviations, enRules } from './en.js';
export { frAbbreviations, frRules } from './fr.js';
export type { LanguageRules, RuleContext, SegmentationRule } from './types.js';

export const languageRules: ReadonlyMap<string, LanguageRules> = new Map(
  [frRules, enRules, arRules].map((rules) => [rules.lang, rules]),
);
