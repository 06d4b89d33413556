// TMX read → write → read keeps everything: text, inline codes, props, notes, dates, header.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx, type TranslationUnit } from '../src/formats/tmx/index.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/tmx/${name}`, import.meta.url), 'utf8');
const withoutLines = (units: TranslationUnit[]) => units.map(({ line: _line, ...unit }) => unit);

describe('TMX round trip', () => {
  it.each([
    ['golden.tmx (written for these tests)', 'golden.tmx', 7],
    ['Okapi Rainbow sample', 'okapi-rainbow_potest_en_fr.tmx', 12],
    ['LISA compliance kit sample (BOM, reordered and nested codes)', 'lisa-compkit_ExportTest2A_en-us_fr-ca_inline.tmx', 6],
  ])('%s: parse → serialize → parse gives the same document', (_label, file, count) => {
    const first = parseTmx(fixture(file), file);
    expect(first.units).toHaveLength(count);
    const second = parseTmx(serializeTmx(first), file);
    expect(withoutLines(second.units)).toEqual(withoutLines(first.units));
    expect(second.header).toEqual(first.header);
    expect(second.version).toBe('1.4');
  });

  it('writes the golden document exactly as recorded', () => {
    expect(serializeTmx(parseTmx(fixture('golden.tmx')))).toBe(fixture('golden.expected.tmx'));
  });

  it('is stable: serializing twice gives the same text', () => {
    const once = serializeTmx(parseTmx(fixture('lisa-compkit_ExportTest2A_en-us_fr-ca_inline.tmx')));
    expect(serializeTmx(parseTmx(once))).toBe(once);
  });

  it('keeps header, unit and variant metadata', () => {
    const doc = parseTmx(fixture('golden.tmx'));
    expect(doc.header.attrs).toMatchObject({ srclang: 'fr', datatype: 'markdown', creationdate: '20240315T102030Z', changeid: 'desk' });
    expect(doc.header.notes).toEqual([{ text: 'A memory for the round-trip tests.', attrs: { 'xml:lang': 'en' } }]);
    expect(doc.header.props).toEqual([{ type: 'x-project', value: 'Tessera' }]);
    expect(doc.header.udes).toEqual([
      { attrs: { name: 'MacRoman', base: 'Macintosh' }, maps: [{ unicode: '#xF8FF', code: '#xF0', ent: 'Apple_logo', subst: '[Apple]' }] },
    ]);
    const unit = doc.units[0]!;
    expect(unit.tuid).toBe('s-4k2m9q');
    expect(unit.line).toBe(13);
    expect(unit.attrs).toEqual({
      srclang: 'fr',
      creationdate: '20240315T102030Z',
      changedate: '20240316T080000Z',
      creationid: 'ana',
      usagecount: '3',
    });
    expect(unit.notes).toEqual([{ text: 'Casualty figures change every day.' }]);
    expect(unit.props).toEqual([
      { type: 'x-doc', value: 'gaza-2024-03' },
      { type: 'x-prev', value: '' },
      { type: 'x-next', value: "Le bilan s'alourdit." },
    ]);
    const [fr, en, ar] = unit.variants;
    expect(fr!.attrs).toEqual({ creationdate: '20240315T102030Z' });
    expect(fr!.props).toEqual([{ type: 'x-reviewed', value: 'yes' }]);
    expect(en!.attrs).toEqual({ changedate: '20240316T080000Z', changeid: 'ben' });
    expect(en!.notes).toEqual([{ text: 'Vérifié par Ben.', attrs: { 'xml:lang': 'fr' } }]);
    expect(ar!.text).toBe('قُتل <2>٤٢٦ مدنياً</2> بحسب <1>الوزارة</1>.<3/>');
  });

  it('keeps whitespace, line breaks, carriage returns and escaped characters in segments', () => {
    const unit = parseTmx(fixture('golden.tmx')).units.find((u) => u.tuid === 'spaces')!;
    expect(unit.variants[0]!.text).toBe('  Deux espaces,\nune ligne, un retour\r et « guillemets » & "apostrophes" d’ici.  ');
    const again = parseTmx(serializeTmx({ header: { attrs: {}, props: [], notes: [], udes: [] }, units: [unit] }));
    expect(again.units[0]!.variants[0]!.text).toBe(unit.variants[0]!.text);
  });

  it('reads the TMX 1.1 `lang` attribute and writes `xml:lang` with version 1.4', () => {
    const xml = '<tmx version="1.1"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv lang="en"><seg>a</seg></tuv><tuv lang="fr" changedate="20241127T035216Z"><seg>b</seg></tuv></tu></body></tmx>';
    const doc = parseTmx(xml);
    expect(doc.version).toBe('1.1');
    expect(doc.units[0]!.variants.map((v) => [v.lang, v.text])).toEqual([['en', 'a'], ['fr', 'b']]);
    const out = serializeTmx(doc);
    expect(out).toContain('<tmx version="1.4">');
    expect(out).toContain('<tuv xml:lang="fr" changedate="20241127T035216Z">');
  });
});
