// XML escaping for the TMX writer. Carriage returns and tabs/newlines in attributes are written
// as character references because XML parsers normalize them away otherwise; characters that
// XML 1.0 cannot carry at all are refused rather than silently dropped.

import { InputError } from '../../errors.js';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkXmlChars(value: string, where: string): void {
  const bad = NOT_XML.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new InputError(`${where}: character U+${code} cannot be written in XML`);
  }
}

/** Escapes character data. */
export function escapeText(value: string, where = 'TMX'): string {
  checkXmlChars(value, where);
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes an attribute value for double quotes. */
export function escapeAttribute(value: string, where = 'TMX'): string {
  checkXmlChars(value, where);
  return value.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

/** ` name="value"` for each attribute, in order. */
export function attributes(attrs: Record<string, string | undefined>, where = 'TMX'): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeAttribute(value, where)}"`;
  }
  return out;
}
