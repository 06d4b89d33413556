// Plural-Forms headers (CLDR rules as GNU gettext writes them), by primary language subtag.
// Segments have no plural entries, but translation tools read the header to set up the file.

const PLURAL_FORMS: Readonly<Record<string, string>> = {
  ar: 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
  de: 'nplurals=2; plural=(n != 1);',
  en: 'nplurals=2; plural=(n != 1);',
  es: 'nplurals=2; plural=(n != 1);',
  fa: 'nplurals=2; plural=(n > 1);',
  fr: 'nplurals=2; plural=(n > 1);',
  he: 'nplurals=2; plural=(n != 1);',
  it: 'nplurals=2; plural=(n != 1);',
  ja: 'nplurals=1; plural=0;',
  nl: 'nplurals=2; plural=(n != 1);',
  pt: 'nplurals=2; plural=(n != 1);',
  ru: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  tr: 'nplurals=2; plural=(n != 1);',
  uk: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  zh: 'nplurals=1; plural=0;',
};

/** The Plural-Forms header for `lang` (`ar`, `en-GB`, `pt_BR`…), or undefined when not known. */
export function pluralForms(lang: string): string | undefined {
  return PLURAL_FORMS[primarySubtag(lang)];
}

/** `ar` for `ar`, `ar-SY`, `ar_SY`. */
export function primarySubtag(lang: string): string {
  return lang.split(/[-_@.]/u)[0]!.toLowerCase();
}
