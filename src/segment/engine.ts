// The rule engine: SRX semantics (at a position, the first rule whose `before` matches the text
// ending there and whose `after` matches the text starting there decides), made linear. One
// regex built from the break rules finds the candidate positions in a single scan; only those
// positions are tested against the ordered rules.

import type { LanguageRules, SegmentationRule } from './rules/types.js';

interface CompiledRule {
  name: string;
  break: boolean;
  /** Sticky `(?<=before)(?=after)`: matches at `lastIndex` exactly. */
  at: RegExp;
}

interface CompiledRuleSet {
  rules: CompiledRule[];
  /** Global: `(?:before)(?=after)` of every break rule; a match ends on a candidate position. */
  candidates: RegExp;
}

interface CompiledContext {
  name: string;
  when: RegExp;
  rules: readonly SegmentationRule[];
}

/** A language's rules, compiled once. */
export interface CompiledLanguage {
  lang: string;
  name: string;
  /** The language's own rules, kept to build the rule sets of contexts. */
  rules: readonly SegmentationRule[];
  base: CompiledRuleSet;
  contexts: CompiledContext[];
  /** Rule sets for paragraphs where some contexts apply, keyed by their indexes. */
  withContexts: Map<string, CompiledRuleSet>;
}

function compileRuleSet(rules: readonly SegmentationRule[], lang: string): CompiledRuleSet {
  const compiled = rules.map((rule) => {
    try {
      return { name: rule.name, break: rule.break, at: new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'uy') };
    } catch (error) {
      throw new Error(`segmentation rule "${rule.name}" (${lang}) is not a valid regex: ${(error as Error).message}`);
    }
  });
  const breakRules = rules.filter((rule) => rule.break);
  const candidates = new RegExp(breakRules.map((rule) => `(?:${rule.before})(?=${rule.after})`).join('|') || '(?!)', 'gu');
  return { rules: compiled, candidates };
}

export function compileLanguage(language: LanguageRules): CompiledLanguage {
  return {
    lang: language.lang,
    name: language.name,
    rules: language.rules,
    base: compileRuleSet(language.rules, language.lang),
    contexts: language.contexts.map((context) => ({
      name: context.name,
      when: new RegExp(context.when, 'u'),
      rules: context.rules,
    })),
    withContexts: new Map(),
  };
}

function ruleSetFor(paragraph: string, language: CompiledLanguage): CompiledRuleSet {
  if (language.contexts.length === 0) return language.base;
  const active: number[] = [];
  language.contexts.forEach((context, index) => {
    if (context.when.test(paragraph)) active.push(index);
  });
  if (active.length === 0) return language.base;
  const key = active.join(',');
  let set = language.withContexts.get(key);
  if (set === undefined) {
    const contextRules = active.flatMap((index) => language.contexts[index]!.rules);
    set = compileRuleSet([...contextRules, ...language.rules], language.lang);
    language.withContexts.set(key, set);
  }
  return set;
}

function decide(rules: readonly CompiledRule[], text: string, position: number): boolean {
  for (const rule of rules) {
    rule.at.lastIndex = position;
    if (rule.at.test(text)) return rule.break;
  }
  return false;
}

function boundariesInParagraph(paragraph: string, offset: number, language: CompiledLanguage, out: number[]): void {
  const set = ruleSetFor(paragraph, language);
  const scan = set.candidates;
  const candidates: number[] = [];
  scan.lastIndex = 0;
  for (let match = scan.exec(paragraph); match !== null; match = scan.exec(paragraph)) {
    const position = match.index + match[0].length;
    if (position > 0 && position < paragraph.length) candidates.push(position);
    // Resume right after the match start, so that a long match cannot hide another rule's
    // candidate inside it (the rules' leading guards make these retries fail at once).
    scan.lastIndex = match.index + 1;
  }
  candidates.sort((a, b) => a - b);
  let last = -1;
  for (const position of candidates) {
    if (position === last) continue;
    last = position;
    if (decide(set.rules, paragraph, position)) out.push(offset + position);
  }
}

/** Blank lines always separate sentences: they end a paragraph. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** Sentence boundaries in `text`, as ascending offsets strictly inside it. */
export function findBoundaries(text: string, language: CompiledLanguage): number[] {
  const boundaries: number[] = [];
  BLANK_LINE.lastIndex = 0;
  let start = 0;
  for (let blank = BLANK_LINE.exec(text); blank !== null; blank = BLANK_LINE.exec(text)) {
    boundariesInParagraph(text.slice(start, blank.index), start, language, boundaries);
    if (blank.index > 0) boundaries.push(blank.index);
    start = blank.index + blank[0].length;
  }
  boundariesInParagraph(start === 0 ? text : text.slice(start), start, language, boundaries);
  return boundaries;
}
