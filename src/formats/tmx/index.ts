// TMX 1.4: streaming reader and chunked writer, lossless for inline codes, props, notes and dates.
export type {
  TmxAttributes,
  TmxCodeElement,
  TmxDocument,
  TmxHeader,
  TmxInlineCode,
  TmxNativeCode,
  TmxNote,
  TmxProp,
  TmxSub,
  TmxUde,
  TmxVariant,
  TranslationUnit,
} from './types.js';
export { createTmxReader, parseTmx, readTmx } from './read.js';
export type { TmxReader, TmxReaderOptions, TmxReadSummary } from './read.js';
export { serializeTmx, tmxChunks, unitXml, TMX_HEADER_DEFAULTS } from './write.js';
export { formatTmxDate, parseTmxDate, tmxDay } from './dates.js';
export { sameLanguage } from './language.js';
export { fingerprint, loneTmxUnit, tmxUnitSpans } from './unit-spans.js';
export type { TmxUnitSpans } from './unit-spans.js';
