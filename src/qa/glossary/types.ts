import type { Lang } from '../../types.js';

/** One row of the glossary: a concept and its allowed forms per language. */
export interface GlossaryEntry {
  /** Allowed forms per language column (`fr`, `en`, `ar`…), variants split on `|`; a language without forms is absent. */
  terms: Readonly<Record<Lang, readonly string[]>>;
  note: string;
  /** 1-based line of the row in the CSV file. */
  line: number;
}

/** A parsed glossary (`locales/glossary.csv`). */
export interface Glossary {
  /** Path of the CSV file, for messages. */
  file: string;
  /** Language columns, in file order. */
  langs: readonly Lang[];
  entries: readonly GlossaryEntry[];
}
