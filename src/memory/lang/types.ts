/** What adaptation needs to know about writing numbers and dates in a language. */
export interface LanguageData {
  /** Decimal separators, preferred first. */
  decimal: string[];
  /** Digit-group separators, preferred first. */
  group: string[];
}
