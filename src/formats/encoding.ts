// Which encoding a text file is in. Most are UTF-8, but XML files may be in UTF-16 (Trados
// exports its memories so) or in a legacy encoding they declare. The rules are XML 1.0's
// (appendix F): a byte order mark, else `<?xml` written in UTF-16, else the declaration's
// `encoding`, else UTF-8. Markdown and PO files have no declaration, so only a BOM can change
// their UTF-8.

export class UnsupportedEncodingError extends Error {
  constructor(readonly label: string) {
    super(`unsupported encoding "${label}" in the XML declaration`);
  }
}

/** The WHATWG name of the encoding of `bytes` (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`…). */
export function sniffEncoding(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  // The declaration is ASCII in every encoding that is not UTF-16.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]!);
  const declared = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
  if (declared === undefined) return 'utf-8';
  let encoding: string;
  try {
    encoding = new TextDecoder(declared).encoding;
  } catch {
    throw new UnsupportedEncodingError(declared);
  }
  // "UTF-16" declared over bytes that are not: the file was saved again in UTF-8 and kept its
  // old declaration (an XML parser would reject it; reading it as UTF-8 is what its author meant).
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** How an encoding is named in messages: `UTF-8`, `UTF-16LE`, `windows-1252`. */
export function encodingName(encoding: string): string {
  return encoding.startsWith('utf-') ? encoding.toUpperCase() : encoding;
}

/** The 1-based line of the first byte sequence that is not valid in `encoding`. */
export function firstBadLine(bytes: Uint8Array, encoding: string): number {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const step = encoding.startsWith('utf-16') ? 2 : 1;
  const isNewline = (i: number): boolean =>
    step === 1 ? bytes[i] === 0x0a : encoding === 'utf-16le' ? bytes[i] === 0x0a && bytes[i + 1] === 0 : bytes[i] === 0 && bytes[i + 1] === 0x0a;
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length + step; i += step) {
    if (i < bytes.length && !isNewline(i)) continue;
    try {
      decoder.decode(bytes.subarray(start, Math.min(i, bytes.length)));
    } catch {
      return line;
    }
    line++;
    start = i + step;
  }
  return line;
}
