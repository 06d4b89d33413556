import { InputError } from '../errors.js';
import type { CatalogEntry } from '../types.js';

/** An i18next JSON v4 resource for one document (one namespace): segment ID → text. */
export type I18nextBundle = Record<string, string>;

/**
 * The i18next bundle of an edition: each translated segment under its ID, inline tags kept as
 * `<1>…</1>` / `<2/>` (what react-i18next's `Trans` reads), in document order. Untranslated
 * segments are left out so that i18next falls back to `fallbackLng` (see {@link sourceBundle}).
 */
export function editionBundle(segments: readonly CatalogEntry[], translations: ReadonlyMap<string, string>): I18nextBundle {
  const bundle: I18nextBundle = {};
  for (const { id } of segments) {
    const text = translations.get(id);
    if (text !== undefined && text.trim() !== '') bundle[checkKey(id)] = text.trim();
  }
  return bundle;
}

/** The bundle of the source language, for i18next's `fallbackLng`. */
export function sourceBundle(segments: readonly CatalogEntry[]): I18nextBundle {
  return Object.fromEntries(segments.map((s) => [checkKey(s.id), s.text]));
}

// Keys are flat: with a `.` or `:` they would depend on i18next's separator settings.
function checkKey(id: string): string {
  if (/[.:\s]/.test(id) || id === '') throw new InputError(`segment ID "${id}" cannot be an i18next key (no ".", ":" or spaces)`);
  return id;
}
