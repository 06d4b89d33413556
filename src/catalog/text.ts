// Identity of segment text. Two texts that differ only in Unicode composition or whitespace are
// the same sentence: an editor re-flowing a paragraph must not make translations stale.

/** NFC, runs of whitespace collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Whether two segment texts are the same sentence (see `normalizeText`). */
export function sameText(a: string, b: string): boolean {
  return a === b || normalizeText(a) === normalizeText(b);
}
