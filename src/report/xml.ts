// XML 1.0 escaping for hand-built documents. XML 1.0 cannot carry most control characters or
// lone surrogates at all, even as character references, so those are written as visible
// `\u0007`-style text instead of being dropped.

// Characters outside XML 1.0's Char production (with the u flag, lone surrogates only).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

function spell(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text content: `&`, `<`, `>` escaped; `\r` as a reference so that it survives parsing. */
export function escapeXmlText(text: string): string {
  return text
    .replace(FORBIDDEN, spell)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab/newline/CR as references, which
 * attribute-value normalization would otherwise turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
