// Language tags in TMX files come in every case and granularity (`EN-US`, `fr-ca`, `fr`): a
// memory for `fr` must read the variants of `fr-FR` and `FR-CA` too.
export { sameLanguage } from '../../language-tag.js';
