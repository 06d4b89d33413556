// The project configuration (`tessera.config.json`): parsed and validated once, then frozen.
import { DEFAULTS } from './defaults.js';
import { InputError } from './errors.js';
import { primaryLanguage } from './language-tag.js';

export interface Config {
  readonly sourceLang: string;
  readonly targetLangs: readonly string[];
  readonly sourceDir: string;
  readonly localesDir: string;
  readonly outDir: string;
  readonly glossary: string;
  readonly numberingSystem: Readonly<Record<string, string>>;
  readonly dateLocale: Readonly<Record<string, string>>;
  readonly tmThreshold: number;
  readonly tmExactAsTranslated: boolean;
}

export const CONFIG_FILE = 'tessera.config.json';

const KNOWN_KEYS = new Set(Object.keys(DEFAULTS));

/**
 * Parse and validate a configuration file's text.
 * @param text Content of `tessera.config.json`.
 * @param file Path shown in error messages.
 * @param knownLangs Languages the pipeline has rules for; others are refused.
 * @returns The frozen configuration with defaults filled in.
 */
export function parseConfig(text: string, file: string, knownLangs: readonly string[]): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`, { file, line: jsonErrorLine(text, error) });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('expected a JSON object such as {"sourceLang": "fr", "targetLangs": ["en", "ar"]}', { file, line: 1 });
  }
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new InputError(`unknown option "${key}"; known options: ${[...KNOWN_KEYS].join(', ')}`, { file, line: lineOf(text, `"${key}"`) });
    }
  }
  const lang = (value: unknown, key: string): string => {
    if (typeof value !== 'string' || value === '') {
      throw new InputError(`"${key}" must be a language tag such as "fr"`, { file, line: lineOf(text, `"${key}"`) });
    }
    const primary = primaryLanguage(value);
    if (!knownLangs.includes(primary)) {
      throw new InputError(`unknown language "${value}" in "${key}"; supported: ${knownLangs.join(', ')}`, { file, line: lineOf(text, `"${value}"`) });
    }
    return value;
  };
  const sourceLang = lang(data.sourceLang ?? DEFAULTS.sourceLang, 'sourceLang');
  const targets = data.targetLangs ?? DEFAULTS.targetLangs;
  if (!Array.isArray(targets) || targets.length === 0) {
    throw new InputError('"targetLangs" must be a non-empty array of language tags', { file, line: lineOf(text, '"targetLangs"') });
  }
  const targetLangs = targets.map((t) => lang(t, 'targetLangs'));
  if (targetLangs.includes(sourceLang)) {
    throw new InputError(`"targetLangs" must not contain the source language "${sourceLang}"`, { file, line: lineOf(text, '"targetLangs"') });
  }
  const str = (key: 'sourceDir' | 'localesDir' | 'outDir' | 'glossary'): string => {
    const value = data[key] ?? DEFAULTS[key];
    if (typeof value !== 'string' || value === '') {
      throw new InputError(`"${key}" must be a non-empty path`, { file, line: lineOf(text, `"${key}"`) });
    }
    return value;
  };
  const threshold = data.tmThreshold ?? DEFAULTS.tmThreshold;
  if (typeof threshold !== 'number' || threshold < 0 || threshold > 100) {
    throw new InputError('"tmThreshold" must be a number from 0 to 100', { file, line: lineOf(text, '"tmThreshold"') });
  }
  const exact = data.tmExactAsTranslated ?? DEFAULTS.tmExactAsTranslated;
  if (typeof exact !== 'boolean') {
    throw new InputError('"tmExactAsTranslated" must be true or false', { file, line: lineOf(text, '"tmExactAsTranslated"') });
  }
  const numbering = data.numberingSystem ?? DEFAULTS.numberingSystem;
  if (typeof numbering !== 'object' || numbering === null || Array.isArray(numbering) ||
      !Object.values(numbering).every((v) => typeof v === 'string' && isNumberingSystem(v))) {
    throw new InputError('"numberingSystem" must map languages to numbering systems such as {"ar": "arab"}', { file, line: lineOf(text, '"numberingSystem"') });
  }
  const dateLocale = data.dateLocale ?? DEFAULTS.dateLocale;
  const dateLocaleError = (why: string): InputError =>
    new InputError(`"dateLocale" ${why}`, { file, line: lineOf(text, '"dateLocale"') });
  if (typeof dateLocale !== 'object' || dateLocale === null || Array.isArray(dateLocale)) {
    throw dateLocaleError('must map edition languages to locales such as {"en": "en-GB"}');
  }
  for (const [edition, locale] of Object.entries(dateLocale as Record<string, unknown>)) {
    if (typeof locale !== 'string' || !isDateLocale(locale)) throw dateLocaleError(`has "${String(locale)}" for "${edition}": not a locale with date formats`);
    if (primaryLanguage(locale) !== primaryLanguage(edition)) throw dateLocaleError(`has "${locale}" for "${edition}": a locale of another language`);
  }
  return Object.freeze({
    sourceLang,
    targetLangs: Object.freeze(targetLangs),
    sourceDir: str('sourceDir'),
    localesDir: str('localesDir'),
    outDir: str('outDir'),
    glossary: str('glossary'),
    numberingSystem: Object.freeze({ ...DEFAULTS.numberingSystem, ...(numbering as Record<string, string>) }),
    dateLocale: Object.freeze({ ...(dateLocale as Record<string, string>) }),
    tmThreshold: threshold,
    tmExactAsTranslated: exact,
  });
}

/** The configuration of a project without a config file. */
export function defaultConfig(): Config {
  return parseConfig('{}', CONFIG_FILE, [DEFAULTS.sourceLang, ...DEFAULTS.targetLangs]);
}

function isDateLocale(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
}

function isNumberingSystem(value: string): boolean {
  try {
    return new Intl.NumberFormat('en', { numberingSystem: value }).resolvedOptions().numberingSystem === value;
  } catch {
    return false;
  }
}

/** 1-based line of the first occurrence of `needle`, or undefined. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const match = /position (\d+)/.exec(String((error as Error).message));
  return match ? text.slice(0, Number(match[1])).split('\n').length : undefined;
}
