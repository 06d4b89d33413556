// Inline codes: TMX bpt/ept/ph/it/hi/ut/sub ↔ our numbered tags, both ways, without loss.
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx, type TranslationUnit } from '../src/formats/tmx/index.js';

const HEADER = '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>';
const tmx = (...segs: string[]) =>
  `<tmx version="1.4">${HEADER}<body><tu>${segs.map((s, i) => `<tuv xml:lang="${i === 0 ? 'fr' : 'en'}"><seg>${s}</seg></tuv>`).join('')}</tu></body></tmx>`;
const unit = (...segs: string[]): TranslationUnit => parseTmx(tmx(...segs)).units[0]!;
const segsOf = (xml: string) => Array.from(xml.matchAll(/<seg>(.*?)<\/seg>/gs), (m) => m[1]);

describe('TMX inline codes → tags', () => {
  it.each([
    ['bpt/ept pair', 'a <bpt i="1" x="1">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept> c', 'a <1>b</1> c'],
    ['ph', 'n = <ph x="1" type="x-var">%d</ph>', 'n = <1/>'],
    ['it begin and end', '<it pos="begin" x="1">&lt;b&gt;</it>a<it pos="end" x="1">&lt;/b&gt;</it>', '<1/>a<2/>'],
    ['hi (nested text)', 'x <hi type="x-em">y <hi>z</hi></hi>', 'x <1>y <2>z</2></1>'],
    ['ut (deprecated)', '<ut>{\\b}</ut>gras', '<1/>gras'],
    ['ph holding a sub flow', '<ph x="1">&lt;img alt="<sub>Carte</sub>"&gt;</ph>', '<1/>'],
    ['crossing pairs', '<bpt i="1"/>a<bpt i="2"/>b<ept i="1"/>c<ept i="2"/>', '<1>a<2>b</1>c</2>'],
    ['ept without bpt, bpt without ept', '<ept i="3">&lt;/i&gt;</ept>x<bpt i="4">&lt;u&gt;</bpt>', '<1/>x<2/>'],
    ['text that looks like our tags', '&lt;1&gt;a&lt;/1&gt; &lt;2/&gt;', '<1/>a<2/> <3/>'],
    ['plain text with < and &', 'a &lt; b &amp;&amp; c &gt; d', 'a < b && c > d'],
  ])('%s', (_label, seg, text) => {
    const u = unit(seg);
    expect(u.variants[0]!.text).toBe(text);
    // And back: the same TMX markup (attribute quoting and empty elements normalized).
    const again = parseTmx(serializeTmx({ header: parseTmx(tmx(seg)).header, units: [u] })).units[0]!;
    expect(again.variants[0]!).toEqual(u.variants[0]!);
  });

  it('keeps native code content, attributes i, x, type, pos, assoc', () => {
    const u = unit('<bpt i="5" x="2" type="bold">&lt;b&gt;</bpt>a<ept i="5">&lt;/b&gt;</ept><it pos="end" x="3" type="italic">&lt;/i&gt;</it><ph x="4" assoc="b" type="lb">&lt;br/&gt;</ph>');
    expect(u.variants[0]!.codes).toEqual([
      {
        n: 1,
        paired: true,
        open: { element: 'bpt', attrs: { i: '5', x: '2', type: 'bold' }, content: ['<b>'] },
        close: { element: 'ept', attrs: { i: '5' }, content: ['</b>'] },
      },
      { n: 2, paired: false, open: { element: 'it', attrs: { pos: 'end', x: '3', type: 'italic' }, content: ['</i>'] } },
      { n: 3, paired: false, open: { element: 'ph', attrs: { x: '4', assoc: 'b', type: 'lb' }, content: ['<br/>'] } },
    ]);
    const xml = serializeTmx({ header: parseTmx(tmx('a')).header, units: [u] });
    expect(segsOf(xml)[0]).toBe(
      '<bpt i="5" x="2" type="bold">&lt;b&gt;</bpt>a<ept i="5">&lt;/b&gt;</ept><it pos="end" x="3" type="italic">&lt;/i&gt;</it><ph x="4" assoc="b" type="lb">&lt;br/&gt;</ph>',
    );
  });

  it('keeps sub flows inside codes, with their own tags', () => {
    const code = unit('<ph x="1">&lt;a title="<sub type="x-title">Voir <hi>ici</hi></sub>"&gt;</ph>').variants[0]!.codes[0]!;
    expect(code.open.content).toEqual([
      '<a title="',
      { attrs: { type: 'x-title' }, text: 'Voir <1>ici</1>', codes: [{ n: 1, paired: true, open: { element: 'hi', attrs: {}, content: [] } }] },
      '">',
    ]);
  });

  it('numbers the target tags after the source codes they correspond to (by x)', () => {
    const u = unit(
      'Le <bpt i="1" x="1">&lt;b&gt;</bpt>chat<ept i="1">&lt;/b&gt;</ept> <bpt i="2" x="2">&lt;u&gt;</bpt>noir<ept i="2">&lt;/u&gt;</ept>',
      'The <bpt i="2" x="2">&lt;u&gt;</bpt>black<ept i="2">&lt;/u&gt;</ept> <bpt i="1" x="1">&lt;b&gt;</bpt>cat<ept i="1">&lt;/b&gt;</ept>',
    );
    expect(u.variants.map((v) => v.text)).toEqual(['Le <1>chat</1> <2>noir</2>', 'The <2>black</2> <1>cat</1>']);
  });

  it('matches codes without x by element and content, and numbers extra target codes after the source ones', () => {
    const u = unit('a<ph>%s</ph> b<ph>%d</ph>', 'b<ph>%d</ph> a<ph>%s</ph><ph>%n</ph>');
    expect(u.variants.map((v) => v.text)).toEqual(['a<1/> b<2/>', 'b<2/> a<1/><3/>']);
  });

  it('writes tags without recorded codes as generic bpt/ept/ph, and tags of a sibling variant with its codes', () => {
    const u = unit('Le <bpt i="1" x="1">**</bpt>chat<ept i="1">**</ept>', 'x');
    u.variants[1]!.text = 'The <1>cat</1> and <5>dog</5> <6/>';
    const xml = serializeTmx({ header: parseTmx(tmx('a')).header, units: [u] });
    expect(segsOf(xml)[1]).toBe('The <bpt i="1" x="1">**</bpt>cat<ept i="1">**</ept> and <bpt i="5" x="5"></bpt>dog<ept i="5"></ept> <ph x="6"></ph>');
    expect(parseTmx(xml).units[0]!.variants[1]!.text).toBe('The <1>cat</1> and <2>dog</2> <3/>');
  });

  it('writes a highlight that no longer nests as a bpt/ept pair (the XML stays well-formed)', () => {
    const u = unit('<hi type="x-a">a</hi> <hi type="x-b">b</hi>');
    u.variants[0]!.text = '<1>a <2>b</1> c</2>';
    const xml = serializeTmx({ header: parseTmx(tmx('a')).header, units: [u] });
    expect(() => parseTmx(xml)).not.toThrow();
    expect(parseTmx(xml).units[0]!.variants[0]!.text).toBe('<1>a <2>b</1> c</2>');
  });
});
