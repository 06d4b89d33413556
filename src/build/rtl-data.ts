// Writing direction data, used when the platform's Intl.Locale#textInfo is missing or cannot
// know (an explicit script subtag such as `az-Arab`, which Node 20 reports as ltr).

/** ISO 15924 scripts written right to left. */
export const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi',
]);

/** Languages whose default script is right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);
