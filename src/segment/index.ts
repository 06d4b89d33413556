// Sentence segmentation: French, English and Arabic rules as data, one SRX-like engine.

export { supportedLanguages } from './languages.js';
export { segmentBlocks } from './segment-blocks.js';
export { splitSentences } from './split-sentences.js';
export type { LanguageRules, RuleContext, SegmentationRule } from './rules/types.js';
