// Segment IDs: `s-` + lowercase base-36, minted from a hash of the sentence's normalized text.
// A hash (never a position) makes IDs reproducible: two clones extracting the same source from
// the same catalog mint the same IDs, and a sentence deleted then restored gets its old ID back,
// which revives its obsolete translation.

import { createHash } from 'node:crypto';
import { normalizeText } from './text.js';

/** Base-36 characters after `s-` in a fresh ID (36^6 ≈ 2.2 billion values). */
export const ID_LENGTH = 6;

/** Perturbations tried at one length before the ID grows by one character. */
const TRIES_PER_LENGTH = 8;

/** The shape of every segment ID: safe as an XML NMTOKEN, a PO msgctxt and an i18next key. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Mint the ID of a new segment: deterministic for its text, different from every ID in `taken`
 * (identical sentences get distinct IDs by perturbing, then lengthening, the hash).
 */
export function mintId(text: string, taken: ReadonlySet<string>): string {
  const base = normalizeText(text);
  for (let attempt = 0; ; attempt++) {
    const length = ID_LENGTH + Math.floor(attempt / TRIES_PER_LENGTH);
    const id = `s-${base36(attempt === 0 ? base : `${base}\u0000${attempt}`, length)}`;
    if (!taken.has(id)) return id;
  }
}

/** `length` base-36 digits from the SHA-256 of `input`. */
function base36(input: string, length: number): string {
  const digest = createHash('sha256').update(input, 'utf8').digest();
  const value = digest.readBigUInt64BE(0) % 36n ** BigInt(length);
  return value.toString(36).padStart(length, '0');
}
