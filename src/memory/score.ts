// Fuzzy score: 100 × (1 − distance / longer length), floored to an integer, on normalized text.
// A score of at least `min` allows at most `maxDistance(longer, min)` edits; the index derives
// its filters from that same function, so the index and a brute-force scan agree exactly.

/** Integer similarity in 0..100 for an edit distance between texts of lengths `a` and `b`. */
export function similarity(distance: number, a: number, b: number): number {
  const longer = Math.max(a, b);
  if (longer === 0) return 100;
  return Math.floor((100 * (longer - distance)) / longer);
}

/** The threshold as an integer in 0..100 (scores are integers, so 74.5 means 75). */
export function scoreThreshold(min: number): number {
  return Math.min(100, Math.max(0, Math.ceil(min)));
}

/** Largest edit distance whose similarity is at least `min` when the longer text has `longer` characters. */
export function maxDistance(longer: number, min: number): number {
  return Math.floor((longer * (100 - scoreThreshold(min))) / 100);
}
