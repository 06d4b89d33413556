import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSegments, parsePot, serializePot } from '../src/catalog/index.js';
import { InputError } from '../src/errors.js';
import { HAS_MSGCAT, HAS_MSGFMT, msgcat, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { prng, Reviser, textsOf } from './fixtures/catalog/random-docs.js';
import { SAMPLE_CATALOG } from './fixtures/catalog/sample-catalog.js';
import { segmentsOf } from './fixtures/catalog/segments.js';

const GOLDEN = new URL('./fixtures/catalog/golden/crue.pot', import.meta.url);
const pot = serializePot('crue', 'source-texts/crue.md', SAMPLE_CATALOG, 'fr');

describe('serializePot', () => {
  it('writes the golden catalog (set UPDATE=1 to rewrite it)', () => {
    if (process.env.UPDATE) writeFileSync(GOLDEN, pot);
    expect(pot).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is deterministic: the same catalog gives the same bytes, with no creation date', () => {
    expect(serializePot('crue', 'source-texts/crue.md', structuredClone(SAMPLE_CATALOG), 'fr')).toBe(pot);
    expect(pot).not.toMatch(/Creation-Date|Revision-Date: \d/);
  });

  it('describes each segment for translators: block kind, block index, inline tags, source line', () => {
    expect(pot).toContain(
      [
        '#. type: paragraph',
        '#. block: 1',
        '#. <2>…</2> (link): link to https://www.gard.gouv.fr/crue?annee=2024&format="pdf"',
        '#. <3/> (image): image "carte des zones inondées"',
        '#: source-texts/crue.md:8',
        'msgctxt "s-b81xz0"',
      ].join('\n'),
    );
    expect(pot).toContain('#. <1>…</1>: emphasis\n');
  });

  it.skipIf(!HAS_MSGFMT)('passes msgfmt --check without a warning', () => {
    const { status, stderr } = msgfmtCheck(pot, 'crue.pot');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.skipIf(!HAS_MSGCAT)('is already in the form GNU msgcat writes', () => {
    expect(msgcat(pot, [], 'crue.pot')).toBe(pot);
  });
});

describe('parsePot', () => {
  it('reads back exactly what serializePot wrote', () => {
    expect(parsePot(pot, 'locales/crue.pot')).toEqual(SAMPLE_CATALOG);
  });

  it('reads back random catalogs exactly', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const reviser = new Reviser(prng(seed));
      const catalog = alignSegments([], segmentsOf(textsOf(reviser.document()))).entries;
      expect(parsePot(serializePot('doc', 'source-texts/doc.md', catalog, 'fr'), 'doc.pot'), `seed ${seed}`).toEqual(catalog);
    }
  });

  it('reads a catalog rewrapped by GNU msgcat', () => {
    if (!HAS_MSGCAT) return;
    expect(parsePot(msgcat(pot, ['--width=30'], 'crue.pot'), 'crue.pot')).toEqual(SAMPLE_CATALOG);
  });

  it('accepts bytes', () => {
    expect(parsePot(new TextEncoder().encode(pot), 'crue.pot')).toEqual(SAMPLE_CATALOG);
  });

  const entry = (comments: string, extra = 'msgstr ""') => `msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n${comments}\nmsgctxt "s-aaaaaa"\nmsgid "Bonjour."\n${extra}\n`;
  it.each([
    { name: 'no type comment', text: entry('#. block: 0\n#: a.md:1'), line: 7, message: /type:/ },
    { name: 'unknown block type', text: entry('#. type: poem\n#. block: 0\n#: a.md:1'), line: 8, message: /unknown block type "poem"/ },
    { name: 'no block index', text: entry('#. type: paragraph\n#: a.md:1'), line: 7, message: /block:/ },
    { name: 'bad block index', text: entry('#. type: paragraph\n#. block: two\n#: a.md:1'), line: 8, message: /not a block index/ },
    { name: 'no source reference', text: entry('#. type: paragraph\n#. block: 0'), line: 7, message: /reference/ },
    { name: 'a translation', text: entry('#. type: paragraph\n#. block: 0\n#: a.md:1', 'msgstr "Hello."'), line: 8, message: /translations belong/ },
    {
      name: 'an obsolete entry',
      text: 'msgid ""\nmsgstr ""\n\n#~ msgctxt "s-aaaaaa"\n#~ msgid "Bonjour."\n#~ msgstr ""\n',
      line: 4,
      message: /obsolete/,
    },
    {
      name: 'blocks out of order',
      text: `${entry('#. type: paragraph\n#. block: 3\n#: a.md:1')}\n#. type: paragraph\n#. block: 2\n#: a.md:1\nmsgctxt "s-bbbbbb"\nmsgid "Salut."\nmsgstr ""\n`,
      line: 15,
      message: /document order/,
    },
  ])('refuses a catalog entry with $name, naming the line', ({ text, line, message }) => {
    let error: unknown;
    try {
      parsePot(text, 'locales/a.pot');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).file).toBe('locales/a.pot');
    expect((error as InputError).line).toBe(line);
  });
});
