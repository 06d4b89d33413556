// Decimal digits of every numbering system ICU knows (Arabic-Indic U+0660…, Persian U+06F0…,
// Bengali, Devanagari…), produced by Intl rather than listed by hand.

let table: ReadonlyMap<string, string> | undefined;

/** Map from a non-ASCII decimal digit to its ASCII digit. */
export function digitTable(): ReadonlyMap<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    if (system === 'latn') continue;
    const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    const digits = Array.from({ length: 10 }, (_, i) => format.format(i));
    // Only positional decimal systems whose digits are single decimal-digit characters
    // (hanidec's 〇一二 are ideographs that also write words).
    if (!digits.every((d) => /^\p{Nd}$/u.test(d))) continue;
    digits.forEach((d, i) => map.set(d, String(i)));
  }
  table = map;
  return map;
}

/** The ASCII digit for `char`, `char` itself when it is an ASCII digit, or undefined. */
export function asciiDigit(char: string): string | undefined {
  if (char >= '0' && char <= '9') return char;
  return digitTable().get(char);
}

/** `text` with every decimal digit written in ASCII (`١٢` → `12`). */
export function foldDigits(text: string): string {
  let out = '';
  for (const char of text) out += asciiDigit(char) ?? char;
  return out;
}
