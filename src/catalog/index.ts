// Segment catalog: stable IDs, alignment of revisions, PO/POT reading and writing, merging of
// translations, segment states and drift findings.

export { mintId, ID_LENGTH, ID_PATTERN } from './id.js';
export { normalizeText, sameText } from './text.js';
export { similarity, SIMILARITY_THRESHOLD, MOVED_SIMILARITY_THRESHOLD } from './similarity.js';
export { alignSegments, type Alignment, type ChangedSegment } from './align.js';
export { serializePot, parsePot } from './pot.js';
export { parsePo, serializePo, type PoOptions, type PoTranslationFile } from './po.js';
export { pluralForms } from './plural-forms.js';
export { BEFORE_PREFIX, FIGURES_ADAPTED_NOTE, NOT_ADAPTED_PREFIX, updateTranslations, type UpdateOptions } from './merge.js';
export { alignedStates, segmentStates, summarize, type StateRow, type StateSummary } from './states.js';
export { driftFindings, RULES, type DriftInput } from './drift.js';
