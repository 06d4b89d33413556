// Arabic sentence rules. Ends: `.` `؟` `!` `۔` (U+06D4) and, as in the Golden Rules, `:`
// before a new clause. `،` is a comma and `؛` a semicolon: neither ends a sentence in
// punctuated prose. Arabic has no capitals, so any letter may start the next sentence.

import {
  abbreviationBefore,
  alternation,
  embeddedRules,
  HSPACE,
  NEXT_SENTENCE,
  omissionRule,
  sentenceEndRule,
} from './common.js';
import type { LanguageRules } from './types.js';

export const arAbbreviations = {
  /** Never end a sentence: `د.` (doctor), `أ.د.` (professor), `ص.ب.` (P.O. box), `ج.م.ع.` (Egypt). */
  prefixes: ['د', 'أ.د', 'ا.د', 'أ', 'م.ب', 'ص.ب', 'ج.م.ع', 'ش.م.م'],
} as const;

/**
 * Reporting verbs: after a quotation that ends with its own `؟` `!` `.`, they continue the same
 * sentence (`«هل انتهى؟» سأل الصحفي.`). Arabic has no capitals to tell it otherwise.
 */
export const arReportingVerbs = [
  'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'سأل', 'سألت', 'تساءل', 'تساءلت',
  'أجاب', 'أجابت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'صرح', 'صرحت', 'ردّ', 'رد', 'ردت', 'هتف', 'هتفت',
] as const;

const TERMINALS = '!?؟۔…';
/** A clause of at least three words, with no comma inside them. */
const CLAUSE_AHEAD = '\\s+(?=[^\\s،]+\\s+[^\\s،]+\\s+[^\\s،]+)';

export const arRules: LanguageRules = {
  lang: 'ar',
  name: 'Arabic',
  rules: [
    omissionRule,
    { name: 'prefix-abbreviation', break: false, before: abbreviationBefore(arAbbreviations.prefixes), after: '' },
    ...embeddedRules,
    {
      name: 'quotation-then-reporting-verb',
      break: false,
      before: `[.${TERMINALS}]${HSPACE}*[»”"]`,
      after: `\\s+${alternation(arReportingVerbs, { capitalised: false })}(?![\\p{L}\\p{M}])`,
    },
    sentenceEndRule(TERMINALS),
    // `05:01` has no space after the colon, so only a colon before a new clause matches.
    { name: 'colon-ends-clause', break: true, before: ':', after: NEXT_SENTENCE },
  ],
  contexts: [
    {
      // Prose with no full stop at all chains its sentences with `،` (Golden Rule ar-05). Only
      // there does `،` end a sentence: after three words, before three comma-free words
      // (`الدم، والقلب،` is a list, `بغداد، العراق` a place).
      name: 'unpunctuated-prose',
      when: `^[^.${TERMINALS}]*$`,
      rules: [
        {
          name: 'comma-ends-clause',
          break: true,
          before: '،(?<=\\S+\\s+\\S+\\s+\\S+)',
          after: CLAUSE_AHEAD,
        },
      ],
    },
  ],
};
