// The encoding of a text file, by XML 1.0's rules (appendix F), and the line of its first bad bytes.
import { describe, expect, it } from 'vitest';
import { encodingName, firstBadLine, sniffEncoding, UnsupportedEncodingError } from '../src/formats/encoding.js';

const XML = '<?xml version="1.0"?>\n<tmx/>';
const declared = (encoding: string, quote = '"'): string => `<?xml version="1.0" encoding=${quote}${encoding}${quote}?>\n<tmx/>`;

describe('sniffEncoding', () => {
  it.each<[string, Uint8Array, string]>([
    ['plain text', Buffer.from('msgid ""\nmsgstr ""\n'), 'utf-8'],
    ['an XML declaration without encoding', Buffer.from(XML), 'utf-8'],
    ['a UTF-8 BOM', Buffer.from(`\uFEFF${XML}`), 'utf-8'],
    ['a UTF-16LE BOM', Buffer.from(`\uFEFF${XML}`, 'utf16le'), 'utf-16le'],
    ['a UTF-16BE BOM', Buffer.from(`\uFEFF${XML}`, 'utf16le').swap16(), 'utf-16be'],
    ['<?xml in UTF-16LE, no BOM', Buffer.from(XML, 'utf16le'), 'utf-16le'],
    ['<?xml in UTF-16BE, no BOM', Buffer.from(XML, 'utf16le').swap16(), 'utf-16be'],
    ['a declared ISO-8859-1', Buffer.from(declared('ISO-8859-1')), 'windows-1252'],
    ['a declared windows-1256, single quotes', Buffer.from(declared('windows-1256', "'")), 'windows-1256'],
    ['a declared utf-8 in lower case', Buffer.from(declared('utf-8')), 'utf-8'],
    ['UTF-16 declared over one-byte text', Buffer.from(declared('UTF-16')), 'utf-8'],
    ['an encoding word in Markdown, not a declaration', Buffer.from('# encoding="latin1"\n'), 'utf-8'],
  ])('%s → %s', (_name, bytes, encoding) => {
    expect(sniffEncoding(bytes)).toBe(encoding);
  });

  it('refuses an encoding no decoder knows, naming it', () => {
    expect(() => sniffEncoding(Buffer.from(declared('x-klingon')))).toThrow(new UnsupportedEncodingError('x-klingon'));
    expect(() => sniffEncoding(Buffer.from(declared('x-klingon')))).toThrow('unsupported encoding "x-klingon" in the XML declaration');
  });

  it('names encodings as messages show them', () => {
    expect(['utf-8', 'utf-16le', 'windows-1252'].map(encodingName)).toEqual(['UTF-8', 'UTF-16LE', 'windows-1252']);
  });
});

describe('firstBadLine', () => {
  const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  it.each<[string, Buffer, string, number]>([
    ['UTF-8, line 3', Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xff]), Buffer.from('\nend\n')]), 'utf-8', 3],
    ['UTF-8, line 1', Buffer.from([0xc3, 0x28, 0x0a]), 'utf-8', 1],
    ['UTF-16LE, line 2: a lone low surrogate', Buffer.concat([Buffer.from('a\nb', 'utf16le'), Buffer.from([0x00, 0xdc]), Buffer.from('\nend', 'utf16le')]), 'utf-16le', 2],
    ['UTF-16BE, line 4', Buffer.concat([utf16be('a\nb\nc\nd'), Buffer.from([0xdc, 0x00]), utf16be('\nend')]), 'utf-16be', 4],
    ['UTF-16LE, an odd last byte', Buffer.concat([Buffer.from('a\nb\n', 'utf16le'), Buffer.from([0x41])]), 'utf-16le', 3],
  ])('%s', (_name, bytes, encoding, line) => {
    expect(firstBadLine(bytes, encoding)).toBe(line);
  });
});
