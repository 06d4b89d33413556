// Malformed TMX is an InputError naming the file and the 1-based line; never a crash.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';

const HEADER = '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>';

function errorOf(xml: string): InputError {
  try {
    parseTmx(xml, 'locales/en/memory.tmx');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('malformed TMX', () => {
  it.each([
    ['unclosed element', `<tmx version="1.4">\n${HEADER}\n<body>\n<tu><tuv xml:lang="fr"><seg>a</tuv></tu>\n</body></tmx>`, 4, /malformed XML/],
    ['undefined entity', `<tmx version="1.4">\n${HEADER}\n<body><tu><tuv xml:lang="fr">\n<seg>a &nbsp; b</seg></tuv></tu></body></tmx>`, 4, /malformed XML/],
    ['wrong root', '<xliff version="2.0"/>', 1, /root element is <xliff>, expected <tmx>/],
    ['no version', `<tmx>${HEADER}<body/></tmx>`, 1, /no version/],
    ['unsupported version', `<tmx version="2.0">${HEADER}<body/></tmx>`, 1, /unsupported TMX version "2.0"/],
    ['tuv without language', `<tmx version="1.4">${HEADER}\n<body>\n<tu>\n<tuv><seg>a</seg></tuv></tu></body></tmx>`, 4, /no xml:lang/],
    ['tuv without seg', `<tmx version="1.4">${HEADER}<body><tu>\n<tuv xml:lang="fr"></tuv></tu></body></tmx>`, 2, /has no <seg>/],
    ['tu without tuv', `<tmx version="1.4">${HEADER}<body>\n\n<tu></tu></body></tmx>`, 3, /has no <tuv>/],
    ['unknown inline element', `<tmx version="1.4">${HEADER}<body><tu><tuv xml:lang="fr"><seg>a\n<g id="1">b</g></seg></tuv></tu></body></tmx>`, 2, /unexpected <g> in <seg>/],
    ['text in a tu', `<tmx version="1.4">${HEADER}<body><tu>stray<tuv xml:lang="fr"><seg>a</seg></tuv></tu></body></tmx>`, 1, /unexpected text in <tu>/],
    ['prop without type', `<tmx version="1.4">${HEADER}<body><tu><prop>x</prop><tuv xml:lang="fr"><seg>a</seg></tuv></tu></body></tmx>`, 1, /<prop> has no type/],
    ['body before header', '<tmx version="1.4"><body/></tmx>', 1, /unexpected <body> in <tmx>|no <header>/],
    ['empty input', '', 1, /not a TMX document|malformed XML/],
    ['truncated file', `<tmx version="1.4">${HEADER}<body><tu><tuv xml:lang="fr"><seg>a</seg>`, 1, /malformed XML/],
  ])('%s', (_label, xml, line, message) => {
    const error = errorOf(xml);
    expect(error.file).toBe('locales/en/memory.tmx');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('refuses to write characters XML cannot carry, naming the unit', () => {
    const units = [{ tuid: 'bad', attrs: {}, props: [], notes: [], variants: [{ lang: 'fr', text: 'a\u0002b', codes: [], attrs: {}, props: [], notes: [] }] }];
    expect(() => serializeTmx({ header: { attrs: {}, props: [], notes: [], udes: [] }, units })).toThrow(/TMX unit bad: character U\+0002 cannot be written in XML/);
  });
});
