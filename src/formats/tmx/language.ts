// Language tags in TMX files come in every case and granularity (`EN-US`, `fr-ca`, `fr`): a
// memory for `fr` must read the variants of `fr-FR` and `FR-CA` too.

function canonical(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * True when two language tags name the same language: equal ignoring case, or one is the bare
 * language of the other (`fr` ~ `fr-CA`). Two different regions (`fr-FR`, `fr-CA`) differ.
 */
export function sameLanguage(a: string, b: string): boolean {
  const x = canonical(a);
  const y = canonical(b);
  if (x === y) return true;
  const [px, ...rx] = x.split('-');
  const [py, ...ry] = y.split('-');
  return px === py && (rx.length === 0 || ry.length === 0);
}
