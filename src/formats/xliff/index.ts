// XLIFF exchange with CAT tools: export 2.0; import 2.0, 2.1 and 1.2; plan the merge by segment ID.
export { exportXliff, NOTE_CATEGORIES } from './export.js';
export { XLIFF2_NAMESPACE } from './namespaces.js';
export { parseXliff } from './parse.js';
export { planImport, sameLanguage } from './plan.js';
export { REVIEW_FLAGS, SUBSTATE_FUZZY, SUBSTATE_STALE } from './states.js';
export type {
  AcceptedSegment,
  ImportedState,
  ImportPlan,
  PlannedSegment,
  RefusalReason,
  RefusedSegment,
  ReviewFlag,
  XliffDocument,
  XliffExportDocument,
  XliffExportInput,
  XliffFile,
  XliffNote,
  XliffSegment,
  XliffVersion,
} from './types.js';
