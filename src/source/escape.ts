// Block text is a small markup language: numbered tags `<1>…</1>`, `<2/>` stand for inline
// Markdown. So that a literal `<` or `>` in the article is never read as a tag, the three
// characters `&`, `<` and `>` are written as `&amp;`, `&lt;` and `&gt;` in block text, the
// escaping that XML, XLIFF and react-i18next's `Trans` also understand. Unescaping is lenient: a
// bare `&` (as a translator may type in "AT&T") stays a literal `&`.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const UNESCAPES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

/** Escapes literal text for use in block text: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
}

/** Reverses {@link escapeText}; any other `&` sequence is kept as written. */
export function unescapeText(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => UNESCAPES[name] ?? '');
}
