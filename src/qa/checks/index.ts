import type { Check } from '../types.js';
import { bidi } from './bidi.js';
import { dateMismatch } from './date-mismatch.js';
import { nameMissing } from './name-missing.js';
import { numberMismatch } from './number-mismatch.js';
import { punctuation } from './punctuation.js';
import { sameAsSource } from './same-as-source.js';
import { tagMismatch } from './tag-mismatch.js';
import { termMismatch } from './term-mismatch.js';

/** Every check, in report order: errors about content first. */
export const CHECKS: readonly Check[] = Object.freeze([
  numberMismatch,
  dateMismatch,
  termMismatch,
  nameMissing,
  tagMismatch,
  punctuation,
  sameAsSource,
  bidi,
]);

export { bidi, dateMismatch, nameMissing, numberMismatch, punctuation, sameAsSource, tagMismatch, termMismatch };
