// Editions: Markdown, HTML and i18next bundles built from the source and its translations.
export { buildEdition, type Edition, type EditionInput } from './build-edition.js';
export { IncompleteEditionError, StaleCatalogError } from './errors.js';
export { editionBundle, sourceBundle, type I18nextBundle } from './i18next-bundle.js';
export { formatDateline, type Dateline } from './dateline.js';
export { textDirection, type TextDirection } from './direction.js';
export { findLatinRuns, type TextRun } from './latin-runs.js';
export { rehypeIsolateLatin } from './isolate-latin.js';
export { isolateLatinMarkdown, isolateLatinText, isolateLatinValues, type Isolated } from './isolate-plain.js';
