// Inline lists (`1.) first 2.) second`, `a. first b. second`, `• 9. first • 10. second`): when a
// paragraph starts with a list marker, each marker starts a segment and never ends one.

import { OPENERS, SENTENCE_START } from './common.js';
import type { RuleContext } from './types.js';

const BULLET = '[•⁃▪◦‣]';
const MARKER = '(?:\\d{1,2}|[a-z])(?:\\.\\)|\\)|\\.)';

export const listContext: RuleContext = {
  name: 'inline-list',
  when: `^\\s*(?:${BULLET}\\s*)?${MARKER}\\s`,
  rules: [
    {
      name: 'list-marker-is-not-an-end',
      break: false,
      before: `(?:^|[\\s•⁃▪◦‣])(?:\\d{1,2}|[a-z])\\.\\)?`,
      after: '',
    },
    {
      name: 'break-before-bullet',
      break: true,
      before: '\\s',
      after: `${BULLET}`,
    },
    {
      name: 'break-before-list-marker',
      break: true,
      before: `[^\\s•⁃▪◦‣]\\s+`,
      after: `${MARKER}\\s+${OPENERS}${SENTENCE_START}`,
    },
  ],
};
