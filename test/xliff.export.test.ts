// XLIFF 2.0 export: golden files per language, validation of every export against the OASIS
// core schema (xmllint-wasm; the system xmllint too when installed), states, notes, inline
// codes with their Markdown, ignorables, escaping, and the errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { exportXliff, type XliffExportInput } from '../src/formats/xliff/index.js';
import { markdownCode } from '../src/formats/xliff/markdown-codes.js';
import type { CatalogEntry, InlineTag, SegmentState, TranslationEntry } from '../src/types.js';
import { DOC, entries, exportInput, ORIGINAL } from './fixtures/xliff/catalog.js';
import { hasCommand, schemaErrors, systemSchemaErrors } from './fixtures/xliff/validate.js';

const golden = (lang: string): URL => new URL(`./fixtures/xliff/golden/mossoul-${lang}.xlf`, import.meta.url);

/** The element of `xml` that opens with `<name … id="id"`, up to its end tag. */
function elementById(xml: string, name: string, id: string): string {
  const start = xml.indexOf(`<${name} id="${id}"`);
  if (start < 0) throw new Error(`no <${name} id="${id}">`);
  return xml.slice(start, xml.indexOf(`</${name}>`, start) + name.length + 3);
}

/** A one-document export of `list` with one PO entry per segment. */
function exportOne(
  list: CatalogEntry[],
  po: Array<Partial<TranslationEntry> & { id: string }>,
  states: Array<[string, SegmentState]> = [],
  trgLang = 'en',
): string {
  return exportXliff({
    srcLang: 'fr',
    trgLang,
    documents: [
      {
        doc: 'd',
        original: 'source-texts/d.md',
        entries: list,
        translations: {
          doc: 'd',
          lang: trgLang,
          headers: {},
          entries: po.map((e) => ({ source: list.find((x) => x.id === e.id)?.text ?? '', target: '', fuzzy: false, obsolete: false, ...e })),
        },
        states: new Map(states),
      },
    ],
  });
}

const entry = (id: string, text: string, tags: InlineTag[] = [], block = 0, index = 0): CatalogEntry => ({
  id,
  block,
  index,
  kind: 'paragraph',
  text,
  line: 3,
  tags,
});

describe.each(['en', 'ar'] as const)('export of the sample catalog into %s', (lang) => {
  const xml = exportXliff(exportInput(lang));

  it('matches the golden file (UPDATE=1 rewrites it)', () => {
    if (process.env.UPDATE) writeFileSync(golden(lang), xml);
    expect(xml).toBe(readFileSync(golden(lang), 'utf8'));
  });

  it('validates against the OASIS XLIFF 2.0 core schema (xmllint-wasm)', async () => {
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it.skipIf(!hasCommand('xmllint'))('validates with the system xmllint', () => {
    expect(systemSchemaErrors(xml)).toEqual([]);
  });
});

if (!hasCommand('xmllint')) console.warn('xliff.export: system xmllint not found; its validation is skipped (xmllint-wasm still runs)');

describe('schema validation', () => {
  it('is real: a 1.2 state value and a unit without ID are rejected', async () => {
    const xml = exportXliff(exportInput('en'));
    const badState = await schemaErrors(xml.replace('state="translated"', 'state="needs-translation"'));
    expect(badState.join('\n')).toMatch(/needs-translation/);
    const noId = await schemaErrors(xml.replace('<unit id="b0"', '<unit'));
    expect(noId.join('\n')).toMatch(/'id' is required/);
  });

  it.skipIf(!hasCommand('xmllint'))('is real with the system xmllint too', () => {
    const xml = exportXliff(exportInput('en')).replace('<unit id="b0"', '<unit');
    expect(systemSchemaErrors(xml).join('\n')).toMatch(/'id' is required/);
  });

  it.each([
    ['a control character', 'Ligne\u0001 et tab\tet CR\r fin.'],
    ['characters XML must escape', 'a &lt; b &gt; c &amp; "d" \'e\' ]]&gt;'],
    ['tags that are not in the catalog', 'Texte <9>inventé</9> et <8/>.'],
    ['an unbalanced tag of the sentence', 'Texte <1>ouvert.'],
  ])('holds %s', async (_, text) => {
    const xml = exportOne([entry('s-a', text, [{ n: 1, kind: 'emphasis', paired: true, description: 'emphasis' }])], [{ id: 's-a', target: text }], [['s-a', 'translated']]);
    expect(await schemaErrors(xml)).toEqual([]);
  });
});

describe('document structure', () => {
  const ar = exportXliff(exportInput('ar'));
  const en = exportXliff(exportInput('en'));

  it('declares the languages, and right to left for Arabic', () => {
    expect(ar).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ar">');
    expect(ar).toMatch(/<file id="mossoul-2017" original="source-texts\/mossoul-2017.md" canResegment="no" srcDir="ltr" trgDir="rtl" xml:space="preserve">/);
    expect(en).toMatch(/<file [^>]*srcDir="ltr" trgDir="ltr"/);
  });

  it('writes one unit per block and one segment per sentence, in catalog order', () => {
    const units = [...en.matchAll(/<unit id="(b\d+)" type="tessera:([a-z-]+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(units).toEqual(['b0:heading', 'b1:paragraph', 'b2:paragraph', 'b3:list-item', 'b4:list-item', 'b5:blockquote']);
    expect([...en.matchAll(/<segment id="([^"]+)"/g)].map((m) => m[1])).toEqual(entries.map((e) => e.id));
  });

  it('puts an ignorable space between the sentences of a unit, not before the first', () => {
    const b2 = elementById(en, 'unit', 'b2');
    expect(b2.match(/<ignorable>\s*<source> <\/source>\s*<\/ignorable>/g)).toHaveLength(2);
    expect(b2.indexOf('<ignorable>')).toBeGreaterThan(b2.indexOf('<segment id="s-p2a"'));
    expect(elementById(en, 'unit', 'b0')).not.toContain('<ignorable>');
  });

  it('keeps source and target content on one line, without indentation', () => {
    for (const m of en.matchAll(/<(source|target)>([\s\S]*?)<\/\1>/g)) expect(m[2]).not.toMatch(/\n/);
  });

  it('gives file IDs that are NMTOKENs and keeps the original path', async () => {
    const input: XliffExportInput = {
      srcLang: 'fr',
      trgLang: 'en',
      documents: [
        { doc: 'mon article', original: 'source-texts/mon article.md', entries, translations: undefined, states: new Map() },
        { doc: 'mon/article', original: 'source-texts/mon/article.md', entries, translations: undefined, states: new Map() },
        { doc: 'vide', original: 'source-texts/vide.md', entries: [], translations: undefined, states: new Map() },
      ],
    };
    const xml = exportXliff(input);
    expect([...xml.matchAll(/<file id="([^"]+)" original="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['mon_article', 'source-texts/mon article.md'],
      ['mon_article_2', 'source-texts/mon/article.md'],
    ]);
    expect(await schemaErrors(xml)).toEqual([]);
  });
});

describe('segment states', () => {
  const en = exportXliff(exportInput('en'));
  const segment = (id: string): string => elementById(en, 'segment', id);

  it.each([
    ['s-p2a', 'translated', 'state="translated">', true],
    ['s-h0', 'translated + #, reviewed', 'state="reviewed">', true],
    ['s-p1a', 'translated + #, final', 'state="final">', true],
    ['s-p1b', 'fuzzy', 'state="initial" subState="tessera:fuzzy">', true],
    ['s-l3', 'stale', 'state="initial" subState="tessera:stale">', true],
    ['s-l4', 'untranslated', 'state="initial">', false],
    ['s-p2c', 'missing (no PO entry, no state given)', 'state="initial">', false],
  ])('%s (%s) → %s', (id, _, attributes, withTarget) => {
    expect(segment(id)).toContain(`<segment id="${id}" ${attributes}`);
    expect(segment(id).includes('<target>')).toBe(withTarget);
  });

  it.each<[string, Partial<TranslationEntry>, string]>([
    ['translated', { target: 'Done.' }, 'state="translated"'],
    ['fuzzy', { target: 'Draft.', fuzzy: true }, 'state="initial" subState="tessera:fuzzy"'],
    ['stale', { target: 'Old.', source: 'Ancien texte.' }, 'state="initial" subState="tessera:stale"'],
    ['untranslated', { target: '' }, 'state="initial">'],
  ])('without a given state, takes it from the PO entry: %s', (_, po, expected) => {
    const xml = exportOne([entry('s-a', 'Texte.')], [{ id: 's-a', ...po }]);
    expect(xml).toContain(`<segment id="s-a" ${expected}`);
  });

  it('never writes a target for a state without one, even if the PO has text', () => {
    const xml = exportOne([entry('s-a', 'Texte.')], [{ id: 's-a', target: 'Text.' }], [['s-a', 'untranslated']]);
    expect(xml).not.toContain('<target>');
  });
});

describe('notes', () => {
  const en = exportXliff(exportInput('en'));

  it('gives each unit its block kind and source line', () => {
    expect(elementById(en, 'unit', 'b3')).toContain(
      '<note category="context" appliesTo="source">list-item, source-texts/mossoul-2017.md line 12</note>',
    );
  });

  it('explains the inline tags of the block', () => {
    expect(elementById(en, 'unit', 'b1')).toContain(
      '<note category="tags" appliesTo="source">&lt;1&gt;…&lt;/1&gt;: strong\n&lt;2&gt;…&lt;/2&gt;: link to https://www.amnesty.org/fr/\n&lt;3/&gt;: code `MDE 14/6610/2017`</note>',
    );
    expect(elementById(en, 'unit', 'b3')).not.toContain('category="tags"');
  });

  it('gives the previous source of a fuzzy or stale target, and translator comments, tied to their segment', () => {
    const b1 = elementById(en, 'unit', 'b1');
    expect(b1).toContain(
      '<note id="s-p1b-previous" category="previous-source" appliesTo="source">s-p1b: Le rapport &lt;3/&gt; est publié sur &lt;2&gt;le site&lt;/2&gt;.</note>',
    );
    expect(b1).toContain('<note id="s-p1b-comment" category="translator-comment" appliesTo="target">s-p1b: Check the report number.</note>');
    expect(elementById(en, 'unit', 'b3')).toContain(
      `<note id="s-l3-previous" category="previous-source" appliesTo="source">s-l3: Ayant interrogé 150 personnes, les experts d'AI ont constaté 45 pilonnages.</note>`,
    );
  });
});

describe('inline codes', () => {
  const en = exportXliff(exportInput('en'));

  it('writes paired tags as <pc> and standalone ones as <ph>, with the Markdown in <originalData>', () => {
    const b1 = elementById(en, 'unit', 'b1');
    expect(b1).toContain(
      '<source>Le rapport <ph id="3" dataRef="d3"/> est publié sur <pc id="2" dataRefStart="d2" dataRefEnd="d2-end" type="link">le site d\'AI</pc> &amp; relayé par la presse.</source>',
    );
    expect(b1).toContain('<pc id="1" dataRefStart="d1" dataRefEnd="d1-end" type="fmt" subType="xlf:b">Amnesty International</pc>');
    expect(b1).toMatch(
      /<originalData>\s*<data id="d1">\*\*<\/data>\s*<data id="d1-end">\*\*<\/data>\s*<data id="d2">\[<\/data>\s*<data id="d2-end">\]\(https:\/\/www.amnesty.org\/fr\/\)<\/data>\s*<data id="d3">`MDE 14\/6610\/2017`<\/data>\s*<\/originalData>/,
    );
  });

  it('splits a span over two sentences into <sc> and <ec startRef>', () => {
    const b2 = elementById(en, 'unit', 'b2');
    expect(elementById(b2, 'segment', 's-p2a')).toContain('<source><sc id="1" dataRef="d1" type="fmt" subType="xlf:b"/>Le 18 juin');
    expect(elementById(b2, 'segment', 's-p2b')).toContain('impossible.<ec startRef="1" dataRef="d1-end" type="fmt" subType="xlf:b"/></source>');
    expect(elementById(b2, 'segment', 's-p2b')).toContain('there.<ec startRef="1" dataRef="d1-end" type="fmt" subType="xlf:b"/></target>');
  });

  it('marks a split span isolated when the other half is not in the unit', () => {
    const xml = exportOne(
      [entry('s-a', '<1>Début.', [{ n: 1, kind: 'strong', paired: true, description: 'strong' }]), entry('s-b', 'Fin.</1>', [], 0, 1)],
      [{ id: 's-a', target: '<1>Start.' }],
      [['s-a', 'translated']],
    );
    expect(xml).toContain('<target><sc id="1" dataRef="d1" type="fmt" subType="xlf:b" isolated="yes"/>Start.</target>');
    expect(xml).toContain('<source>Fin.<ec startRef="1" dataRef="d1-end" type="fmt" subType="xlf:b"/></source>');
  });

  it('nests codes and crosses them with <sc>/<ec> when they overlap', () => {
    const tags: InlineTag[] = [
      { n: 1, kind: 'emphasis', paired: true, description: 'emphasis' },
      { n: 2, kind: 'strong', paired: true, description: 'strong' },
    ];
    const nested = exportOne([entry('s-a', '<1>a <2>b</2> c</1>', tags)], []);
    expect(nested).toContain('<source><pc id="1" dataRefStart="d1" dataRefEnd="d1-end" type="fmt" subType="xlf:i">a <pc id="2"');
    const crossed = exportOne([entry('s-a', '<1>a <2>b</1> c</2>', tags)], []);
    expect(crossed).toContain('<source><pc id="1"');
    expect(crossed).toMatch(/<sc id="2"[^>]*\/>b<\/pc> c<ec startRef="2"/);
  });

  it('writes text exactly: one level of escaping, CR and control characters kept', () => {
    const xml = exportOne([entry('s-a', 'AT&amp;T &lt;b&gt; x\u0001y\rz')], [{ id: 's-a', target: 'AT&T "ok"' }], [['s-a', 'translated']]);
    expect(xml).toContain('<source>AT&amp;T &lt;b&gt; x<cp hex="0001"/>y&#xD;z</source>');
    // A bare `&` typed by a translator is a literal `&`.
    expect(xml).toContain('<target>AT&amp;T "ok"</target>');
  });

  it('writes tags the block does not have as codes without data, so that they come back', () => {
    const xml = exportOne([entry('s-a', 'Texte.')], [{ id: 's-a', target: 'Text <5>x</5><6/>.' }], [['s-a', 'translated']]);
    expect(xml).toContain('<target>Text <pc id="5">x</pc><ph id="6"/>.</target>');
    expect(xml).not.toContain('<originalData>');
  });
});

describe('Markdown of each tag kind', () => {
  it.each<[string, boolean, string, { start: string; end?: string; type?: string; subType?: string }]>([
    ['emphasis', true, 'emphasis', { start: '*', end: '*', type: 'fmt', subType: 'xlf:i' }],
    ['strong', true, 'strong', { start: '**', end: '**', type: 'fmt', subType: 'xlf:b' }],
    ['delete', true, 'strikethrough', { start: '~~', end: '~~', type: 'fmt' }],
    ['link', true, 'link to https://a.org/x', { start: '[', end: '](https://a.org/x)', type: 'link' }],
    ['link', true, 'link to https://a.org/a b', { start: '[', end: '](<https://a.org/a b>)', type: 'link' }],
    ['linkReference', true, 'link reference [ai]', { start: '[', end: '][ai]', type: 'link' }],
    ['inlineCode', false, 'code `npm`', { start: '`npm`' }],
    ['inlineCode', false, 'code `a`b`', { start: '``a`b``' }],
    ['inlineCode', false, 'code ``x`', { start: '`` `x ``' }],
    ['image', false, 'image: Mossoul en 2017', { start: '![Mossoul en 2017]', type: 'image' }],
    ['image', false, 'image carte.png', { start: '![](carte.png)', type: 'image' }],
    ['html', false, 'inline HTML <sup>', { start: '<sup>' }],
    ['break', false, 'line break', { start: '\\\n', type: 'fmt', subType: 'xlf:lb' }],
    ['footnoteReference', false, 'footnote [^1]', { start: '[^1]', type: 'link' }],
    ['inlineSpan', true, 'span lang=fr', { start: 'span lang=fr', end: 'span lang=fr' }],
  ])('%s (%s) "%s"', (kind, paired, description, expected) => {
    expect(markdownCode({ n: 1, kind, paired, description })).toEqual(expected);
  });
});

describe('errors', () => {
  it.each([
    ['an ID that is not an NMTOKEN', [entry('s a', 'x')], /segment ID "s a" is not a valid XLIFF ID/],
    ['an ID twice', [entry('s-a', 'x'), entry('s-a', 'y', [], 1)], /segment ID "s-a" occurs twice/],
    ['no segments at all', [], /nothing to export/],
  ])('rejects %s with an InputError', (_, list, message) => {
    const run = (): string => exportOne(list, []);
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });

  it('names the catalog in the error', () => {
    try {
      exportOne([entry('s a', 'x')], []);
    } catch (error) {
      expect((error as InputError).file).toBe('locales/d.pot');
    }
    expect.assertions(1);
  });
});

it('exports the document given, with its original path', () => {
  expect(exportXliff(exportInput('en'))).toContain(`<file id="${DOC}" original="${ORIGINAL}"`);
});
