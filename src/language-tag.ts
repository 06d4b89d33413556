// Language tags as people write them (`fr`, `FR-ca`, `en_GB`, `ar-SA`): the pipeline keys its
// per-language data by the primary subtag, and formats match tags by prefix.

// A memory names the same few tags a million times: each is folded once.
const canonicalOf = new Map<string, string>();

function canonical(tag: string): string {
  let folded = canonicalOf.get(tag);
  if (folded === undefined) {
    folded = tag.trim().toLowerCase().replace(/_/g, '-');
    if (canonicalOf.size < 1024) canonicalOf.set(tag, folded);
  }
  return folded;
}

/** The primary language subtag, lower-cased: `fr-CA` → `fr`, `en_GB` → `en`. */
export function primaryLanguage(tag: string): string {
  return canonical(tag).split('-')[0] ?? '';
}

/**
 * True when two tags name the same language: equal ignoring case and `_`, or one is a prefix of
 * the other by whole subtags (`ar` ~ `ar-SA`, `fr` ~ `FR-ca`). Different regions or scripts
 * (`en-GB`, `en-US`; `zh-Hant`, `zh-Hans`) differ.
 */
export function sameLanguage(a: string, b: string): boolean {
  const x = canonical(a);
  const y = canonical(b);
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}
