import { describe, expect, it } from 'vitest';
import { parsePo, parsePot } from '../src/catalog/index.js';
import { InputError } from '../src/errors.js';

const HEADER = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n';
/** A PO file: the header (lines 1–4), a blank line, then `body` from line 6. */
const po = (body: string): string => `${HEADER}\n${body}\n`;
const ENTRY = 'msgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr "Hello."';

interface Case {
  name: string;
  text: string | Uint8Array;
  line: number;
  message: RegExp;
}

const CASES: Case[] = [
  { name: 'a msgstr without quotes', text: po('msgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr Hello.'), line: 8, message: /msgstr needs a "string"/ },
  { name: 'an unterminated string', text: po('msgctxt "s-aaaaaa"\nmsgid "Bonjour.\nmsgstr "Hello."'), line: 7, message: /unterminated or malformed/ },
  { name: 'stray text', text: po(`${ENTRY}\nHello again.`), line: 9, message: /unexpected text "Hello again\."/ },
  { name: 'a string that continues nothing', text: `"Hello."\n${HEADER}`, line: 1, message: /continues no msgid/ },
  {
    name: 'a duplicated msgctxt',
    text: po(`${ENTRY}\n\nmsgctxt "s-aaaaaa"\nmsgid "Salut."\nmsgstr "Hi."`),
    line: 10,
    message: /duplicate msgctxt "s-aaaaaa" \(first at line 6\)/,
  },
  {
    name: 'a msgctxt both live and obsolete',
    text: po(`${ENTRY}\n\n#~ msgctxt "s-aaaaaa"\n#~ msgid "Bonjour."\n#~ msgstr "Hello."`),
    line: 10,
    message: /duplicate msgctxt/,
  },
  { name: 'a conflict marker <<<<<<<', text: po(`<<<<<<< HEAD\n${ENTRY}`), line: 6, message: /merge conflict marker/ },
  { name: 'a conflict marker =======', text: po(`${ENTRY}\n=======\n${ENTRY}`), line: 9, message: /merge conflict marker/ },
  { name: 'a conflict marker >>>>>>>', text: po(`${ENTRY}\n>>>>>>> origin/main`), line: 9, message: /merge conflict marker/ },
  { name: 'an entry without msgctxt', text: po('msgid "Bonjour."\nmsgstr "Hello."'), line: 6, message: /without msgctxt/ },
  { name: 'a msgctxt without msgid', text: po('msgctxt "s-aaaaaa"\nmsgstr "Hello."'), line: 7, message: /msgstr must follow a msgid/ },
  { name: 'a msgctxt at the end of the file', text: po(`${ENTRY}\n\nmsgctxt "s-bbbbbb"`), line: 10, message: /msgctxt without msgid/ },
  { name: 'a msgid without msgstr', text: po(`msgctxt "s-aaaaaa"\nmsgid "Bonjour."\n\nmsgctxt "s-bbbbbb"\nmsgid "Salut."\nmsgstr ""`), line: 6, message: /without msgstr/ },
  { name: 'a second msgstr', text: po(`${ENTRY}\nmsgstr "Hi."`), line: 9, message: /second msgstr/ },
  {
    name: 'a plural entry',
    text: po('msgctxt "s-aaaaaa"\nmsgid "un mort"\nmsgid_plural "%d morts"\nmsgstr[0] "one dead"\nmsgstr[1] "%d dead"'),
    line: 6,
    message: /plural entries/,
  },
  { name: 'msgstr[0] without msgid_plural', text: po('msgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr[0] "Hello."'), line: 8, message: /without msgid_plural/ },
  { name: 'a msgctxt that is not a segment ID', text: po('msgctxt "S.1"\nmsgid "Bonjour."\nmsgstr "Hello."'), line: 6, message: /not a segment ID/ },
  { name: 'an escape gettext-parser would corrupt', text: po('msgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr "\\x48ello."'), line: 8, message: /unsupported escape sequence \\x/ },
  { name: 'an obsolete line inside a live entry', text: po('msgctxt "s-aaaaaa"\n#~ msgid "Bonjour."\nmsgstr "Hello."'), line: 7, message: /obsolete \(#~\) line inside a live entry/ },
  {
    name: 'invalid UTF-8 bytes',
    text: Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nmsgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr "caf`), 0xe9, 0x22, 0x0a]),
    line: 8,
    message: /invalid UTF-8/,
  },
  { name: 'a replacement character left by a lenient decoder', text: po('msgctxt "s-aaaaaa"\nmsgid "Bonjour."\nmsgstr "caf\uFFFD"'), line: 8, message: /invalid UTF-8/ },
  {
    name: 'a charset other than UTF-8',
    text: 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n',
    line: 1,
    message: /charset=ISO-8859-1.*msgconv/,
  },
  { name: 'a Language header that contradicts the folder', text: HEADER.replace('Language: en', 'Language: ar_SY'), line: 1, message: /Language: ar_SY.*en translation/ },
];

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parsePo refuses a malformed file with its file and line', () => {
  it.each(CASES)('$name', ({ text, line, message }) => {
    const error = errorOf(() => parsePo(text, 'locales/en/crue.po', 'en'));
    expect(error.message).toMatch(message);
    expect(error.file).toBe('locales/en/crue.po');
    expect(error.line).toBe(line);
    expect(String(error)).toBe(`locales/en/crue.po:${line}: ${error.message}`);
  });

  it('accepts the same file once the error is fixed', () => {
    expect(parsePo(po(ENTRY), 'locales/en/crue.po', 'en').entries).toEqual([
      { id: 's-aaaaaa', source: 'Bonjour.', target: 'Hello.', fuzzy: false, obsolete: false, line: 6 },
    ]);
  });

  it('accepts a Language header with a region of the same language', () => {
    expect(parsePo(HEADER.replace('Language: en', 'Language: en_GB'), 'crue.po', 'en').headers.Language).toBe('en_GB');
  });
});

describe('parsePot refuses a malformed catalog the same way', () => {
  it.each(CASES.filter((c) => !/Language|plural/u.test(c.name)))('$name', ({ text, line, message }) => {
    const error = errorOf(() => parsePot(text, 'locales/crue.pot'));
    expect(error.file).toBe('locales/crue.pot');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
