// Which exchange format a file is in: by its extension, else by its first characters (an XML
// declaration or element is XLIFF; anything else is read as PO, whose errors name the line).

import { po } from 'gettext-parser';

export type ExchangeFormat = 'xliff' | 'po';

const BY_EXTENSION: ReadonlyArray<[RegExp, ExchangeFormat]> = [
  [/\.(xlf|xliff|sdlxliff|mqxliff|xml)$/iu, 'xliff'],
  [/\.pot?$/iu, 'po'],
];

export function detectFormat(file: string, text: string): ExchangeFormat {
  const known = BY_EXTENSION.find(([pattern]) => pattern.test(file));
  if (known) return known[1];
  return /^\s*</u.test(text) ? 'xliff' : 'po';
}

/**
 * The `Language` header of a PO file's text, or `undefined` when it has none or cannot be read
 * (the full reader then reports the error with its line).
 */
export function poLanguage(text: string): string | undefined {
  try {
    const headers = po.parse(text).headers as Record<string, string> | undefined;
    const key = Object.keys(headers ?? {}).find((name) => name.toLowerCase() === 'language');
    const value = key === undefined ? undefined : headers?.[key]?.trim();
    return value || undefined;
  } catch {
    return undefined;
  }
}
