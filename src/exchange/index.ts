// Exchange with translators' tools, between the format adapters and the PO files: planning a
// PO file from Poedit or Weblate, merging accepted translations, and the import's findings.

export { acceptedFindings, refusalFindings, REFUSED_RULE } from './findings.js';
export { detectFormat, poLanguage, type ExchangeFormat } from './detect.js';
export { mergeImported } from './merge.js';
export { documentOfPo, planPoImport } from './po-plan.js';
export type { ImportedEntryDetails, MergeInput, MergeResult, PoImport } from './types.js';
