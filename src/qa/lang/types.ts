// The shape of per-language knowledge. Checks read these tables; they never branch on a
// language code. Words are written naturally; indexes fold them (case, diacritics, Arabic
// spelling variants) the same way as the text they are matched against.

/**
 * How a language writes the separators of a number, besides those Intl gives for its
 * `numberLocales` (see `indexes.ts`).
 */
export interface NumberSeparators {
  /** Always a decimal separator (`,` in French, `.` in English, `٫`). */
  readonly decimal: readonly string[];
  /** Always a thousands separator, followed by exactly three digits (`,` in English, U+202F in French, `٬`). */
  readonly group: readonly string[];
  /** Groups when followed by exactly three digits, decimal otherwise (`.` in French text: `1.500` but `3.5`). */
  readonly groupOrDecimal: readonly string[];
}

/** Numbers written in words. Multi-word phrases are written with single spaces (hyphens count as spaces). */
export interface NumberWords {
  readonly cardinals: Readonly<Record<string, number>>;
  readonly ordinals: Readonly<Record<string, number>>;
  /** Multiply what precedes, or stand alone for their value: `cent`, `thousand`, `مليون`. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Multiply what precedes and mean nothing alone: `millions`, `آلاف`. */
  readonly pluralMultipliers: Readonly<Record<string, number>>;
  /** Words that join the parts of one number: `et` (vingt et un), `and` (one hundred and five). */
  readonly connectors: readonly string[];
  /** Units precede tens (Arabic خمسة وعشرون, 5 and 20) instead of following them. */
  readonly unitsBeforeTens: boolean;
  /** A plural `-s` may be added to a number word (`premiers`, `vingts`). */
  readonly pluralS: boolean;
  /** Phrases that contain a number word but mean "per cent" (`في المئة`): never numbers. */
  readonly percentPhrases: readonly string[];
}

/** Times of day. */
export interface TimeWords {
  /** Hour markers written between hours and minutes: `h` (10 h 30). */
  readonly hourMarkers: readonly string[];
  readonly am: readonly string[];
  readonly pm: readonly string[];
  /** `10.30` may be a time (British English). */
  readonly dotMinutes: boolean;
}

export type NumericDateOrder = 'dmy' | 'mdy' | 'ymd';

/** Dates written with month names. */
export interface DateWords {
  /** Intl locales whose month names this language uses (long and short forms are generated). */
  readonly monthLocales: readonly string[];
  /** Month names Intl does not produce (1 = January). */
  readonly extraMonths: Readonly<Record<string, number>>;
  /** Month names that are also common words: only recognised next to a day or a year. */
  readonly ambiguousMonths: readonly string[];
  /** Month names start with a capital letter (English): a lower-case `may` is not a month. */
  readonly capitalizedMonths: boolean;
  /** `June 18` is a date. */
  readonly monthDay: boolean;
  /** Orders tried for numeric dates `18/06/2017`, in order of preference. */
  readonly numericOrders: readonly NumericDateOrder[];
  /** Words between a day and its month: `of` (18th of June), `من`. */
  readonly dayFillers: readonly string[];
  /** Words between a month and its year: `عام`, `من عام`. */
  readonly yearFillers: readonly string[];
  /** Words or signs between the days of a range: `au`, `et`, `to`, `-`. */
  readonly dayConnectors: readonly string[];
  /** Suffixes a day may carry: `er` (1er juin), `th` (18th). */
  readonly daySuffixes: readonly string[];
  /** Two names for one month are written together: `حزيران/يونيو`, `حزيران (يونيو)`. */
  readonly monthPairs: boolean;
}

/** Spelling rules for matching words of terms and names. */
export interface WordRules {
  /** Elided articles and pronouns glued with an apostrophe: `l'`, `d'`. */
  readonly elisions: readonly string[];
  /** Clitic prefixes (Arabic و ب ل ف ك ال and their combinations). */
  readonly prefixes: readonly string[];
  /** Letters that must remain after a clitic is removed. */
  readonly minCore: number;
  /** Inflection folding, as successive steps; in each step the first matching rule applies. */
  readonly inflection: readonly (readonly (readonly [pattern: string, replacement: string])[])[];
}

/** What a proper name looks like in running text. */
export interface NameRules {
  /** Function words capitalised only because they start a sentence (`Le`, `Les`, `Ainsi`). */
  readonly stopwords: readonly string[];
  /** Abbreviations ending in a full stop that does not end a sentence (`M.`, `Dr.`). */
  readonly abbreviations: readonly string[];
  /** Lower-case words inside names: `de`, `al`, `bin`. */
  readonly particles: readonly string[];
  /** Capitalised nouns that are not names (`État`). */
  readonly commonCapitalized: readonly string[];
  /** Spelling → consonant class, tried in order at each position (regex sources, lower-case); unlisted letters are dropped. */
  readonly skeleton: readonly (readonly [pattern: string, consonant: string])[];
}

/** Punctuation and typography. */
export interface Punctuation {
  readonly question: string;
  readonly exclamation: string;
  readonly comma: string;
  readonly semicolon: string;
  /** Space before `: ; ! ?` and inside guillemets: a no-break space (French), none (English), or not checked. */
  readonly spaceBeforeHigh: 'no-break' | 'none' | 'unchecked';
  /** Quotation marks this language uses, as [open, close]. */
  readonly quotes: readonly (readonly [string, string])[];
  /** Latin `, ; ?` after a letter of this language's script are typos for its own marks. */
  readonly ownMarksOnly: boolean;
}

/** Everything the checks know about one language. */
export interface LangData {
  /** Primary language subtag: `fr`. */
  readonly code: string;
  /** Unicode script of its letters (`Latin`, `Arabic`). */
  readonly script: string;
  readonly rtl: boolean;
  /** Locales whose Intl number formats (grouping and decimal signs) this language accepts, e.g. `ar-EG` for `١٬٢٣٤٫٥`. */
  readonly numberLocales: readonly string[];
  /** Separators Intl does not give (a plain space in French, `.` grouping in French text). */
  readonly separators: NumberSeparators;
  readonly numberWords: NumberWords;
  /** Suffixes of ordinals written with digits: `er`, `e`, `st`, `th`. */
  readonly ordinalSuffixes: readonly string[];
  /** Suffixes of ordinals written in Roman numerals (`XXe siècle`); empty when the language does not. */
  readonly romanOrdinalSuffixes: readonly string[];
  readonly time: TimeWords;
  readonly dates: DateWords;
  readonly words: WordRules;
  readonly names: NameRules;
  readonly punctuation: Punctuation;
}
