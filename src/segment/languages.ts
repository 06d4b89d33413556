// Language lookup: tags are matched by their primary subtag (`fr-CA` → `fr`), and each
// language's rules are compiled once, on first use.

import { InputError } from '../errors.js';
import { compileLanguage, type CompiledLanguage } from './engine.js';
import { languageRules } from './rules/index.js';
import { primaryLanguage } from '../language-tag.js';

const compiled = new Map<string, CompiledLanguage>();

/** The primary subtags the segmenter has rules for, e.g. `['ar', 'en', 'fr']`. */
export function supportedLanguages(): string[] {
  return [...languageRules.keys()].sort();
}

/** Compiled rules for a language tag; an `InputError` naming the supported ones otherwise. */
export function rulesFor(lang: string): CompiledLanguage {
  const primary = primaryLanguage(lang);
  let language = compiled.get(primary);
  if (language === undefined) {
    const rules = languageRules.get(primary);
    if (rules === undefined) {
      throw new InputError(
        `no sentence rules for language "${lang}": supported languages are ${supportedLanguages().join(', ')}`,
      );
    }
    language = compileLanguage(rules);
    compiled.set(primary, language);
  }
  return language;
}
