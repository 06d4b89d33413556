// XLIFF import: 2.0 and 1.2 as CAT tools write them (Okapi, Microsoft mdxliff/Logoport samples),
// inline codes back to numbered tags (keeping a translator's reordering), states, whitespace,
// notes, and errors for malformed or unsupported files.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { exportXliff, parseXliff, type ImportedState, type XliffSegment } from '../src/formats/xliff/index.js';
import { plainText } from '../src/source/index.js';
import { entries, exportInput, translations } from './fixtures/xliff/catalog.js';

const SAMPLES = new URL('./fixtures/xliff/samples/', import.meta.url);
const sample = (path: string): string => readFileSync(new URL(path, SAMPLES), 'utf8');
const segmentsOf = (xml: string, file = 'test.xlf'): XliffSegment[] => parseXliff(xml, file).files.flatMap((f) => f.segments);

const xliff2 = (units: string, attrs = ''): string =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"${attrs}><file id="f1">${units}</file></xliff>`;
const xliff12 = (units: string): string =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.md" source-language="en" target-language="fr" datatype="x"><body>${units}</body></file></xliff>`;

/** The error thrown by `run`, which must be an InputError. */
function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('no error thrown');
}

describe.each(['en', 'ar'] as const)('reading our own export (%s)', (lang) => {
  const doc = parseXliff(exportXliff(exportInput(lang)), `mossoul-${lang}.xlf`);
  const segments = doc.files.flatMap((f) => f.segments);
  const po = new Map(translations[lang].entries.map((e) => [e.id, e]));

  it('gives every segment back with its ID, unit, and the exact catalog source', () => {
    expect(doc).toMatchObject({ version: '2.0', srcLang: 'fr', trgLang: lang });
    expect(doc.files.map((f) => [f.id, f.original])).toEqual([['mossoul-2017', 'source-texts/mossoul-2017.md']]);
    expect(segments.map((s) => [s.id, s.unitId, s.source])).toEqual(entries.map((e) => [e.id, `b${e.block}`, e.text]));
  });

  it('gives the PO targets back exactly, and none for untranslated segments', () => {
    for (const s of segments) {
      const target = po.get(s.id)?.target;
      expect(s.target).toBe(target === '' ? undefined : target);
    }
  });

  it('maps the exported states back', () => {
    expect(Object.fromEntries(segments.map((s) => [s.id, s.state]))).toEqual({
      's-h0': 'reviewed',
      's-p1a': 'final',
      's-p1b': 'fuzzy',
      's-p2a': 'translated',
      's-p2b': 'translated',
      's-p2c': 'untranslated',
      's-l3': 'fuzzy',
      's-l4': 'untranslated',
      's-q5': 'untranslated',
    });
    expect(segments.find((s) => s.id === 's-l3')).toMatchObject({ xliffState: 'initial', subState: 'tessera:stale' });
  });

  it('gives each segment its unit notes, and per-segment notes only to their segment', () => {
    const categories = (id: string): string[] => segments.find((s) => s.id === id)?.notes.map((n) => n.category ?? '') ?? [];
    expect(categories('s-p1b')).toEqual(['context', 'tags', 'previous-source', 'translator-comment']);
    expect(categories('s-p1a')).toEqual(['context', 'tags']);
  });
});

// Expected content of the sample files: segments, targets and states. Targets inside
// <ignorable> (2.0) and <alt-trans> (1.2) are not translations and are not counted.
describe.each<[string, string, number, number, Partial<Record<ImportedState, number>>]>([
  ['xliff-2.0/okapi_lib-xliff2_example_en_fr.xlf', '2.0', 6, 0, { untranslated: 6 }],
  ['xliff-2.0/okapi_xliff2_comprehensive_en_fr.xlf', '2.0', 5, 4, { reviewed: 1, final: 1, fuzzy: 2, untranslated: 1 }],
  ['xliff-2.0/okapi_xliff2_test01_en_fr_inline.xlf', '2.0', 5, 2, { translated: 1, fuzzy: 1, untranslated: 3 }],
  ['xliff-1.2/msdocs-mdxliff_batch_en-US_ar-SA.xlf', '1.2', 15, 15, { translated: 15 }],
  ['xliff-1.2/msdocs-mdxliff_batch_en-US_fr-FR.xlf', '1.2', 15, 15, { translated: 15 }],
  ['xliff-1.2/msdocs-mdxliff_orderexchanges_en-US_ar-SA.xlf', '1.2', 31, 31, { translated: 31 }],
  ['xliff-1.2/msdocs-mdxliff_orderexchanges_en-US_fr-FR.xlf', '1.2', 31, 31, { translated: 31 }],
  ['xliff-1.2/okapi-rainbow_docxtest_en_fr_inline.xlf', '1.2', 20, 20, { translated: 20 }],
  ['xliff-1.2/okapi_sample12_en-US_fr-FR.xlf', '1.2', 4, 2, { untranslated: 2, translated: 1, reviewed: 1 }],
])('sample %s', (path, version, segmentCount, targetCount, states) => {
  const xml = sample(path);
  const doc = parseXliff(xml, path);
  const segments = doc.files.flatMap((f) => f.segments);

  it(`reads version ${version}, ${segmentCount} segments, ${targetCount} targets`, () => {
    expect(doc.version).toBe(version);
    expect(segments).toHaveLength(segmentCount);
    expect(xml.match(/<(segment|trans-unit)[\s>]/g)).toHaveLength(segmentCount);
    expect(segments.filter((s) => s.target !== undefined)).toHaveLength(targetCount);
  });

  it('reads the states', () => {
    const counts: Partial<Record<ImportedState, number>> = {};
    for (const s of segments) counts[s.state] = (counts[s.state] ?? 0) + 1;
    expect(counts).toEqual(states);
  });
});

describe('samples: text is not lost', () => {
  // 1.2 text: the XML of a source or target without the native code inside <bpt>/<ept>/<ph>
  // and without markup, entities decoded.
  const xmlText = (fragment: string): string =>
    fragment
      .replace(/<(bpt|ept|ph|it)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

  it.each(readdirSync(new URL('xliff-1.2/', SAMPLES)).filter((f) => f.startsWith('msdocs') || f.startsWith('okapi-rainbow')))(
    '%s: every source and target keeps all its text',
    (file) => {
      const xml = sample(`xliff-1.2/${file}`);
      const units = [...xml.matchAll(/<trans-unit[^>]*>([\s\S]*?)<\/trans-unit>/g)];
      const segments = segmentsOf(xml);
      units.forEach((unit, i) => {
        const source = /<source[^>]*>([\s\S]*?)<\/source>/.exec(unit[1] ?? '')?.[1] ?? '';
        const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(unit[1] ?? '')?.[1] ?? '';
        expect(plainText(segments[i]?.source ?? '')).toBe(xmlText(source));
        expect(plainText(segments[i]?.target ?? '')).toBe(xmlText(target));
      });
    },
  );

  it('maps Microsoft <bpt>/<ept> and <ph> codes to tags, in source and target', () => {
    const s = segmentsOf(sample('xliff-1.2/msdocs-mdxliff_orderexchanges_en-US_fr-FR.xlf')).find((x) => x.id === '114');
    expect(s?.source).toBe('Go to <1>Retail <2/> Headquarters setup <3/> Parameters <4/> Retail parameters</1>.');
    expect(s?.target).toBe('Accédez à <1>Vente au détail <2/> Configuration du siège <3/> Paramètres <4/> Paramètres des ventes au détail</1>.');
    expect(s).toMatchObject({ xliffState: 'translated', subState: 'leveraged-tm' });
  });

  it('maps Okapi nested <g> and <x/> codes', () => {
    const segments = segmentsOf(sample('xliff-1.2/okapi-rainbow_docxtest_en_fr_inline.xlf'));
    expect(segments.find((s) => s.id === 'NFDBB2FA9-tu7')?.source).toContain(
      'formatting: <4>Font <5>type</5></4><6>, and size</6>, and <7>ｏｔｈｅｒ　ｄｅｃｏｒａｔｉｏｎｓ</7>.',
    );
    expect(segments.find((s) => s.id === 'NFDBB2FA9-tu8')?.target).toBe('There is a footnote here<1/>. And some <2/>comments<3/><4/>.');
  });

  it('reads the 2.0 sample codes: <pc>, <ph>, <sm>/<em> and <cp>', () => {
    const test01 = segmentsOf(sample('xliff-2.0/okapi_xliff2_test01_en_fr_inline.xlf'));
    expect(test01.find((s) => s.unitId === 'tu2')?.source).toBe('<1>special text</1> and more\n<2/>.');
    expect(test01.find((s) => s.id === '1' && s.unitId === 'tu1')).toMatchObject({ targetOrder: 3, subState: 'my:state' });
    const example = segmentsOf(sample('xliff-2.0/okapi_lib-xliff2_example_en_fr.xlf'));
    expect(example.map((s) => s.source)).toEqual([
      'Sentence 1. Sentence 2.',
      'Sentence 3 (no-trans). Sentence 4 (no-trans).',
      'Sentence 5.',
      'Sentence 6 (no-trans).',
      'Sentence 7. Sentence 8.',
      'Sentence with A. Sentence with \u0001.',
    ]);
    const comprehensive = parseXliff(sample('xliff-2.0/okapi_xliff2_comprehensive_en_fr.xlf'), 'c.xlf');
    expect(comprehensive.files.map((f) => f.segments.map((s) => s.id))).toEqual([['abc'], ['1239bca', '8#2', '8#3', '8#4']]);
    expect(comprehensive.files[1]?.segments[2]).toMatchObject({ source: 'Text that will be translated.', target: 'Texte qui sera traduit.' });
    expect(comprehensive.files[0]?.notes.map((n) => n.text)).toEqual(['Important note #1!', 'Important note #2!']);
  });
});

describe('XLIFF 2.0 inline codes', () => {
  it.each([
    ['<pc> spans, nested', '<pc id="1">a <pc id="2">b</pc></pc>', '<1>a <2>b</2></1>'],
    ['<ph> placeholders', 'a<ph id="3" dataRef="d3"/>b', 'a<3/>b'],
    ['<sc>/<ec startRef> in one segment', '<sc id="1"/>a<ec startRef="1"/>', '<1>a</1>'],
    ['isolated <sc> and <ec id>', '<sc id="1" isolated="yes"/>a <ec id="2" isolated="yes"/>', '<1>a </2>'],
    ['<mrk> annotations: text kept, marker dropped', 'a <mrk id="m1" type="term">term</mrk> b', 'a term b'],
    ['<sm>/<em> markers dropped', 'a<sm id="m1" type="comment"/>b<em startRef="m1"/>c', 'abc'],
    ['<cp> characters', 'x<cp hex="001F"/>y', 'x\u001Fy'],
    ['escaped text stays escaped in block text', 'AT&amp;T &lt;b&gt;', 'AT&amp;T &lt;b&gt;'],
    ['CDATA is text', '<![CDATA[a < b & c]]>', 'a &lt; b &amp; c'],
  ])('%s', (_, inline, expected) => {
    const [s] = segmentsOf(xliff2(`<unit id="u"><segment id="s"><source>${inline}</source></segment></unit>`));
    expect(s?.source).toBe(expected);
  });

  it('keeps a translator reordering codes: numbers follow the IDs', () => {
    const [s] = segmentsOf(
      xliff2(
        '<unit id="u"><segment id="s" state="translated"><source><pc id="1">a</pc> <ph id="2"/> <pc id="3">c</pc></source><target><pc id="3">C</pc> <pc id="1">A</pc><ph id="2"/></target></segment></unit>',
      ),
    );
    expect(s?.target).toBe('<3>C</3> <1>A</1><2/>');
  });

  it('numbers non-numeric IDs in order of appearance in the unit, the target through the same IDs', () => {
    const segments = segmentsOf(
      xliff2(
        '<unit id="u"><segment id="s1"><source><pc id="b">x</pc><ph id="5"/></source><target><ph id="5"/><pc id="b">X</pc></target></segment><segment id="s2"><source><ph id="a"/></source><target><ph id="a"/><ph id="new"/></target></segment></unit>',
      ),
    );
    expect(segments.map((s) => [s.source, s.target])).toEqual([
      ['<6>x</6><5/>', '<5/><6>X</6>'],
      ['<7/>', '<7/><8/>'],
    ]);
  });

  it('links an <ec> to the <sc> of an earlier segment of the unit', () => {
    const segments = segmentsOf(
      xliff2('<unit id="u"><segment id="s1"><source><sc id="x"/>a</source></segment><segment id="s2"><source>b<ec startRef="x"/></source></segment></unit>'),
    );
    expect(segments.map((s) => s.source)).toEqual(['<1>a', 'b</1>']);
  });

  it('keeps whitespace under xml:space="preserve" and folds it otherwise', () => {
    const unit = (space: string): string =>
      `<unit id="u"${space}><segment id="s"><source>  a\n   b  </source><target>  x\n y </target></segment></unit>`;
    expect(segmentsOf(xliff2(unit(' xml:space="preserve"')))[0]).toMatchObject({ source: '  a\n   b  ', target: '  x\n y ' });
    expect(segmentsOf(xliff2(unit('')))[0]).toMatchObject({ source: 'a b', target: 'x y' });
    expect(segmentsOf(xliff2(unit(''), ' xml:space="preserve"'))[0]?.source).toBe('  a\n   b  ');
  });

  it('folds XML whitespace only: no-break spaces are text', () => {
    const [s] = segmentsOf(xliff2('<unit id="u"><segment id="s"><source>\u00A0Quoi\u202F? </source></segment></unit>'));
    expect(s?.source).toBe('\u00A0Quoi\u202F?');
  });

  it('names segments without an ID after their unit', () => {
    const segments = segmentsOf(
      xliff2('<unit id="one"><segment><source>a</source></segment></unit><unit id="two"><segment><source>b</source></segment><segment><source>c</source></segment></unit>'),
    );
    expect(segments.map((s) => s.id)).toEqual(['one', 'two#1', 'two#2']);
  });
});

describe('XLIFF 1.2 inline codes and segmentation', () => {
  it.each([
    ['<g> spans', 'a <g id="1">b <g id="2">c</g></g>', 'a <1>b <2>c</2></1>'],
    ['<x/> placeholders', 'a<x id="1"/>b', 'a<1/>b'],
    ['<bx>/<ex> pairs by rid', '<bx id="1" rid="r"/>a<ex id="2" rid="r"/>', '<1>a</1>'],
    ['<bpt>/<ept> pairs, native code dropped', '<bpt id="p1">**</bpt>bold<ept id="p1">**</ept>', '<1>bold</1>'],
    ['<ept> with another ID closes the open <bpt>', '<bpt id="1">&lt;b&gt;</bpt>x<ept id="2">&lt;/b&gt;</ept>', '<1>x</1>'],
    ['an <ept> closes its own <bpt>, not the latest', '<bpt id="1">[b]</bpt>a<bpt id="2">[i]</bpt>b<ept id="2">[/i]</ept>c<ept id="9">[/b]</ept>', '<1>a<2>b</2>c</1>'],
    ['<ph> with native code', 'a<ph id="ph1">\\&gt;</ph>b', 'a<1/>b'],
    ['<it> isolated codes', '<it id="1" pos="open">[b]</it>a <it id="2" pos="close">[/b]</it>', '<1>a </2>'],
    ['<mrk> annotations', 'a <mrk mtype="term">b</mrk>', 'a b'],
    ['<sub> inside a code is not text', 'a<ph id="1">&lt;img alt="<sub>Alt</sub>"&gt;</ph>', 'a<1/>'],
  ])('%s', (_, inline, expected) => {
    const [s] = segmentsOf(xliff12(`<trans-unit id="t"><source>${inline}</source></trans-unit>`));
    expect(s?.source).toBe(expected);
  });

  it('reads <seg-source> segments by mid, their targets matched by mid', () => {
    const segments = segmentsOf(
      xliff12(
        '<trans-unit id="t" xml:space="preserve"><source>A. <g id="1">B.</g></source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <g id="1"><mrk mtype="seg" mid="2">B.</mrk></g></seg-source><target state="needs-review-translation"><g id="1"><mrk mtype="seg" mid="2">Bé.</mrk></g> <mrk mtype="seg" mid="1">Ah.</mrk></target></trans-unit>',
      ),
    );
    expect(segments.map((s) => [s.id, s.unitId, s.source, s.target, s.state])).toEqual([
      ['1', 't', 'A.', 'Ah.', 'fuzzy'],
      ['2', 't', 'B.', 'Bé.', 'fuzzy'],
    ]);
  });

  it('reads trans-unit notes', () => {
    const [s] = segmentsOf(xliff12('<trans-unit id="t"><source>a</source><note from="reviewer" annotates="target">Check.</note></trans-unit>'));
    expect(s?.notes).toEqual([{ text: 'Check.', category: 'reviewer', appliesTo: 'target' }]);
  });

  it('reads files with a DOCTYPE, as older tools write them', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n${xliff12('<trans-unit id="t"><source>a</source><target>b</target></trans-unit>').replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(segmentsOf(xml)).toMatchObject([{ id: 't', source: 'a', target: 'b' }]);
  });

  it('reads files without the 1.2 namespace, as older tools write them', () => {
    const xml = '<xliff version="1.2"><file original="a" source-language="en"><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>';
    expect(segmentsOf(xml)).toMatchObject([{ id: '1', source: 'a', target: 'b', state: 'translated' }]);
  });
});

describe('states', () => {
  it.each<[string | undefined, boolean, ImportedState]>([
    [undefined, false, 'untranslated'],
    ['translated', false, 'untranslated'],
    [undefined, true, 'fuzzy'],
    ['initial', true, 'fuzzy'],
    ['translated', true, 'translated'],
    ['reviewed', true, 'reviewed'],
    ['final', true, 'final'],
    ['needs-translation', true, 'fuzzy'],
    ['signed-off', true, 'reviewed'],
    ['bogus', true, 'fuzzy'],
  ])('2.0 state=%s with target %s → %s', (state, withTarget, expected) => {
    const attr = state ? ` state="${state}"` : '';
    const target = withTarget ? '<target>x</target>' : '';
    expect(segmentsOf(xliff2(`<unit id="u"><segment id="s"${attr}><source>a</source>${target}</segment></unit>`))[0]?.state).toBe(expected);
  });

  it('lets state decide when a tool confirmed a segment but left our subState', () => {
    const [s] = segmentsOf(
      xliff2('<unit id="u"><segment id="s" state="translated" subState="tessera:fuzzy"><source>a</source><target>b</target></segment></unit>'),
    );
    expect(s).toMatchObject({ state: 'translated', subState: 'tessera:fuzzy' });
  });

  it('reads an empty 2.0 target as no target', () => {
    expect(segmentsOf(xliff2('<unit id="u"><segment id="s" state="translated"><source>a</source><target/></segment></unit>'))[0]).toMatchObject({
      target: undefined,
      state: 'untranslated',
    });
  });

  it.each<[string | undefined, string | undefined, boolean, ImportedState]>([
    [undefined, undefined, false, 'untranslated'],
    [undefined, undefined, true, 'translated'],
    ['new', undefined, true, 'fuzzy'],
    ['needs-translation', undefined, true, 'fuzzy'],
    ['needs-review-translation', undefined, true, 'fuzzy'],
    ['needs-l10n', undefined, true, 'fuzzy'],
    ['translated', undefined, true, 'translated'],
    ['signed-off', undefined, true, 'reviewed'],
    ['final', undefined, true, 'final'],
    ['x-custom', undefined, true, 'fuzzy'],
    [undefined, 'yes', true, 'reviewed'],
    ['translated', 'yes', true, 'reviewed'],
    ['final', 'yes', true, 'final'],
    ['needs-review-translation', 'yes', true, 'fuzzy'],
    ['translated', 'no', true, 'translated'],
  ])('1.2 state=%s approved=%s with target %s → %s', (state, approved, withTarget, expected) => {
    const unit = `<trans-unit id="t"${approved ? ` approved="${approved}"` : ''}><source>a</source>${
      withTarget ? `<target${state ? ` state="${state}"` : ''}>x</target>` : ''
    }</trans-unit>`;
    expect(segmentsOf(xliff12(unit))[0]?.state).toBe(expected);
  });
});

describe('errors', () => {
  it.each([
    ['an unclosed element', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">\n<file id="f">\n<unit id="u">\n</file></xliff>', 4, /malformed XML: unexpected close tag/],
    ['an undefined entity', '<xliff version="1.2">\n<file>&nbsp;</file></xliff>', 2, /malformed XML: undefined entity/],
    ['text after the root', '<xliff version="1.2"/>\nx', 2, /malformed XML/],
    ['an empty file', '', 1, /malformed XML/],
    ['a TMX file', '<?xml version="1.0"?>\n<tmx version="1.4"/>', 2, /not an XLIFF document: the root element is <tmx>/],
    ['XLIFF 1.1', '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"/>', 1, /XLIFF 1\.1 .* is not supported; supported: XLIFF 1\.2, 2\.0 and 2\.1/],
    ['XLIFF 2.2', '<xliff version="2.2" xmlns="urn:oasis:names:tc:xliff:document:2.2" srcLang="en"/>', 1, /XLIFF 2\.2 .* is not supported/],
    ['2.0 version in the 1.2 namespace', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>', 1, /not supported/],
    ['no srcLang', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"/></xliff>', 1, /<xliff> has no srcLang/],
    ['a unit without ID', xliff2('\n<unit><segment><source>a</source></segment></unit>'), 3, /<unit> has no id/],
    ['a segment without source', xliff2('<unit id="u">\n<segment id="s"><target>a</target></segment></unit>'), 3, /<segment> without <source> in unit "u"/],
    ['an unknown element in a source', xliff2('<unit id="u"><segment id="s">\n<source>a <b>bold</b></source></segment></unit>'), 3, /unexpected <b> inside <source>/],
    ['a bad <cp>', xliff2('<unit id="u"><segment id="s"><source><cp hex="zz"/></source></segment></unit>'), 2, /unexpected <cp>/],
    ['a trans-unit without ID', xliff12('\n<trans-unit><source>a</source></trans-unit>'), 3, /<trans-unit> has no id/],
    ['a trans-unit without source', xliff12('<trans-unit id="t">\n</trans-unit>'), 2, /<trans-unit> "t" has no <source>/],
    ['a 1.2 file without source-language', '<xliff version="1.2"><file original="a"/></xliff>', 1, /<file> has no source-language/],
  ])('%s is an InputError with file and line', (_, xml, line, message) => {
    const error = inputErrorOf(() => parseXliff(xml, 'in/file.xlf'));
    expect(error.message).toMatch(message);
    expect(error.file).toBe('in/file.xlf');
    expect(error.line).toBe(line);
  });
});
