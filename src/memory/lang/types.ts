/** What adaptation needs to know about writing numbers and dates in a language. */
export interface LanguageData {
  /** Decimal separators, preferred first. */
  decimal: string[];
  /** Digit-group separators, preferred first. */
  group: string[];
  /**
   * The suffix of an ordinal in digits for `value`, in the style of `written`, the suffix it
   * replaces (`3rd` → `th` for 4; `1re` → `e` for 2), or `undefined` when it cannot be known
   * (French `1er` or `1re` from `2e`: the gender is not in `e`). Absent: digits take no suffix.
   */
  ordinalSuffix?: (value: number, written: string) => string | undefined;
}
