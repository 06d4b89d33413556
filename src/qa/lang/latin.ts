// Consonant skeletons of Latin-script spellings, shared by French and English: enough to see
// that `Mossoul`, `Mosul` and `الموصل` are one name (M S L). Vowels, h, w and y are dropped.

/** Rules common to French and English; each language puts its own digraphs first. */
export const LATIN_SKELETON: readonly (readonly [string, string])[] = [
  ['sch', 'C'], ['sh', 'C'], ['ph', 'F'], ['th', 'T'], ['dh', 'T'], ['kh', 'K'], ['gh', 'K'],
  ['dj', 'J'], ['qu', 'K'], ['ck', 'K'], ['g(?=[eiy])', 'J'], ['c(?=[eiy])', 'S'], ['ç', 'S'], ['x', 'KS'],
  ['b', 'B'], ['p', 'B'], ['f', 'F'], ['v', 'F'], ['m', 'M'], ['n', 'N'], ['l', 'L'], ['r', 'R'],
  ['t', 'T'], ['d', 'T'], ['s', 'S'], ['z', 'S'], ['c', 'K'], ['k', 'K'], ['q', 'K'], ['g', 'K'], ['j', 'J'], ['w', 'W'],
];

/** No-break spaces used as thousands separators: U+00A0, U+202F, thin space U+2009. */
export const NO_BREAK_SPACES = ['\u00A0', '\u202F', '\u2009'] as const;
