// Invisible characters: directional marks and controls (UAX #9) and other format characters.

/** Directional controls that open an isolate: LRI, RLI, FSI. */
export const ISOLATE_OPENERS = ['\u2066', '\u2067', '\u2068'] as const;
/** Pop directional isolate. */
export const PDI = '\u2069';
/** Embeddings (LRE, RLE) and overrides (LRO, RLO), closed by PDF. */
export const EMBEDDING_OPENERS = ['\u202A', '\u202B'] as const;
export const OVERRIDE_OPENERS = ['\u202D', '\u202E'] as const;
/** Pop directional formatting. */
export const PDF = '\u202C';
/** Marks: LRM, RLM, ALM. They change no order by themselves. */
export const MARKS = ['\u200E', '\u200F', '\u061C'] as const;

/**
 * Bidi marks and controls, plus zero-width characters, the word joiner and the soft hyphen:
 * nothing a reader sees. The quality checks and the memory's matching both drop these.
 */
export const INVISIBLE = /[\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/u;

/** `U+202E RLO`, for messages. */
export function codePointName(char: string): string {
  const names: Record<string, string> = {
    '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
    '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
    '\u200E': 'LRM', '\u200F': 'RLM', '\u061C': 'ALM',
  };
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}${names[char] ? ` ${names[char]}` : ''}`;
}
