// The shape of segmentation rules: SRX's model (ordered before/after regex pairs, each one a
// break or an exception) written as TypeScript data so that each language stays one module.

/** One SRX-like rule, tested at a position between two characters of the text. */
export interface SegmentationRule {
  /** Short name, used in documentation and when explaining a decision. */
  name: string;
  /** `true`: a sentence ends here. `false`: an exception, the text goes on. */
  break: boolean;
  /** Regex source (flag `u`) that must match text ending at the position. */
  before: string;
  /** Regex source (flag `u`) that must match text starting at the position. */
  after: string;
}

/** Rules that apply only to paragraphs of a certain shape (a list, unpunctuated prose…). */
export interface RuleContext {
  name: string;
  /** Regex source (flag `u`), tested against the whole paragraph. */
  when: string;
  /** Placed before the language's own rules, so they take precedence. */
  rules: readonly SegmentationRule[];
}

/** Everything the engine needs to segment one language. */
export interface LanguageRules {
  /** Primary language subtag: `fr`, `en`, `ar`. */
  lang: string;
  /** English name, for messages. */
  name: string;
  /** Ordered: at each candidate position the first rule that matches decides. */
  rules: readonly SegmentationRule[];
  contexts: readonly RuleContext[];
}
