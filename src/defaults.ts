// Every default of Tessera in one place. Options are parsed once into a frozen object and
// passed down; nothing mutates them.

export const DEFAULTS = Object.freeze({
  /** Language of the source articles. */
  sourceLang: 'fr',
  /** Editions to produce. */
  targetLangs: Object.freeze(['en', 'ar']) as readonly string[],
  /** Folder of the source articles, relative to the project root. */
  sourceDir: 'source-texts',
  /** Folder of the catalogs (`<doc>.pot`), translations (`<lang>/<doc>.po`) and memories. */
  localesDir: 'locales',
  /** Folder of the built editions; holds only what editors publish. */
  outDir: 'dist',
  /** The glossary of names and terms, relative to the project root. */
  glossary: 'locales/glossary.csv',
  /** Digits of each edition's dateline and formatted numbers. Never rely on CLDR's default,
   * which changed for `ar` in CLDR 46 (latn instead of arab). */
  numberingSystem: Object.freeze({ ar: 'latn' }) as Readonly<Record<string, string>>,
  /** Locale of each edition's dateline where it is not the edition's language: `{"en": "en-GB"}`
   * writes "6 March 2024" (day first, as British papers do) instead of "March 6, 2024". */
  dateLocale: Object.freeze({}) as Readonly<Record<string, string>>,
  /** Lowest fuzzy score shown or used to pre-translate (Translate Toolkit's default too). */
  tmThreshold: 75,
  /** Pre-translate exact and in-context memory matches as translated, not fuzzy. */
  tmExactAsTranslated: true,
});

export type Defaults = typeof DEFAULTS;
