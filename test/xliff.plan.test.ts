// planImport: which imported targets may be merged into the PO files, and why others are refused.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { exportXliff, parseXliff, planImport, sameLanguage, type XliffDocument } from '../src/formats/xliff/index.js';
import type { CatalogEntry } from '../src/types.js';
import { DOC, entries, exportInput } from './fixtures/xliff/catalog.js';

const catalogs = new Map([[DOC, entries]]);

const xliff2 = (fileAttrs: string, units: string, trgLang = 'en'): string =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="${trgLang}"><file ${fileAttrs}>${units}</file></xliff>`;
const segment = (id: string, source: string, target?: string, state = 'translated'): string =>
  `<unit id="u-${id}"><segment id="${id}" state="${target === undefined ? 'initial' : state}"><source>${source}</source>${
    target === undefined ? '' : `<target>${target}</target>`
  }</segment></unit>`;
const plan = (xml: string, lang = 'en', cats: ReadonlyMap<string, readonly CatalogEntry[]> = catalogs) =>
  planImport(parseXliff(xml, 'back.xlf'), cats, lang);

describe('planImport', () => {
  it('accepts every target of an unchanged export, with PO flags from the states', () => {
    const result = plan(exportXliff(exportInput('en')));
    expect(result.refused).toEqual([]);
    expect(result.accepted.map((a) => [a.id, a.state, a.fuzzy, a.reviewFlags])).toEqual([
      ['s-h0', 'reviewed', false, ['reviewed']],
      ['s-p1a', 'final', false, ['final']],
      ['s-p1b', 'fuzzy', true, []],
      ['s-p2a', 'translated', false, []],
      ['s-p2b', 'translated', false, []],
      ['s-l3', 'fuzzy', true, []],
    ]);
    expect(result.untranslated.map((u) => u.id)).toEqual(['s-p2c', 's-l4', 's-q5']);
    expect(result.accepted[0]).toMatchObject({ doc: DOC, file: 'back.xlf', line: expect.any(Number) as number });
  });

  it('refuses unknown segments, changed sources and unknown documents, with what was expected and found', () => {
    const xml = xliff2(
      `id="${DOC}"`,
      segment('s-zz', 'Nouvelle phrase.', 'New sentence.') +
        segment('s-l4', 'Au moins 400 civils ont été tués.', 'At least 400 civilians were killed.') +
        segment('s-q5', "L'offensive a été lancée en octobre 2016.", 'The offensive was launched in October 2016.'),
    );
    const result = plan(xml);
    expect(result.refused).toEqual([
      { doc: DOC, id: 's-zz', file: 'back.xlf', line: 1, reason: 'unknown segment', found: 'Nouvelle phrase.', target: 'New sentence.' },
      {
        doc: DOC,
        id: 's-l4',
        file: 'back.xlf',
        line: 1,
        reason: 'source changed',
        expected: 'Au moins 426 civils ont été tués.',
        found: 'Au moins 400 civils ont été tués.',
        target: 'At least 400 civilians were killed.',
      },
    ]);
    expect(result.accepted.map((a) => a.id)).toEqual(['s-q5']);
    const other = plan(xliff2('id="autre" original="source-texts/autre.md"', segment('s-q5', 'x', 'y')));
    expect(other.refused).toMatchObject([{ doc: 'autre', id: 's-q5', reason: 'unknown document' }]);
  });

  it('refuses a segment that comes twice, both times', () => {
    const unit = segment('s-l4', 'Au moins 426 civils ont été tués.', 'At least 426 civilians were killed.');
    const result = plan(xliff2(`id="${DOC}"`, unit + unit.replace('u-s-l4', 'u-again')));
    expect(result.accepted).toEqual([]);
    expect(result.refused.map((r) => r.reason)).toEqual(['duplicate segment', 'duplicate segment']);
  });

  it.each([
    ['its file ID', `id="${DOC}"`],
    ['the base name of its original', 'id="f1" original="source-texts/mossoul-2017.md"'],
    ['a Windows path in original', 'id="f1" original="source-texts\\mossoul-2017.md"'],
  ])('finds the document by %s', (_, attrs) => {
    const result = plan(xliff2(attrs, segment('s-l4', 'Au moins 426 civils ont été tués.', 'At least 426 civilians were killed.')));
    expect(result.accepted).toMatchObject([{ doc: DOC, id: 's-l4' }]);
  });

  it('finds the document of a 1.2 file by its original', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="source-texts/mossoul-2017.md" source-language="fr-FR" target-language="en-GB" datatype="x"><body><trans-unit id="s-l4"><source>Au moins 426 civils ont été tués.</source><target state="signed-off">At least 426 civilians were killed.</target></trans-unit></body></file></xliff>`;
    expect(plan(xml).accepted).toMatchObject([{ doc: DOC, id: 's-l4', state: 'reviewed', reviewFlags: ['reviewed'] }]);
  });

  it('accepts a source that a tool rewrapped, re-escaped or renormalized', () => {
    const source = 'Au  moins\n 426 civils ont e\u0301te\u0301 tués.';
    expect(plan(xliff2(`id="${DOC}"`, segment('s-l4', source, 'x'))).accepted).toHaveLength(1);
    const escaped = "Le rapport <ph id='3'/> est publié sur <pc id='2'>le site d&apos;AI</pc> &#38; relayé par la presse.";
    expect(plan(xliff2(`id="${DOC}"`, segment('s-p1b', escaped, 'x'))).accepted).toHaveLength(1);
  });

  it('refuses a source whose tags differ from the catalog', () => {
    const noTag = 'Le rapport est publié sur <pc id="2">le site d\'AI</pc> &amp; relayé par la presse.';
    expect(plan(xliff2(`id="${DOC}"`, segment('s-p1b', noTag, 'x'))).refused).toMatchObject([{ reason: 'source changed' }]);
    const swapped = 'Le rapport <pc id="3">est</pc> publié sur <ph id="2"/>le site d\'AI &amp; relayé par la presse.';
    expect(plan(xliff2(`id="${DOC}"`, segment('s-p1b', swapped, 'x'))).refused).toMatchObject([{ reason: 'source changed' }]);
  });

  it("renumbers a tool's code IDs to the catalog's tags, keeping the translator's order", () => {
    const source = 'Le rapport <ph id="ph1"/> est publié sur <pc id="p1">le site d\'AI</pc> &amp; relayé par la presse.';
    const target = '<pc id="p1">AI\'s website</pc> publishes the report <ph id="ph1"/> &amp; more<ph id="extra"/>.';
    const [accepted] = plan(xliff2(`id="${DOC}"`, segment('s-p1b', source, target))).accepted;
    expect(accepted?.target).toBe("<2>AI's website</2> publishes the report <3/> &amp; more<4/>.");
  });

  it('keeps the number of a target tag the segment source lacks when it is free', () => {
    const [accepted] = plan(
      xliff2(`id="${DOC}"`, segment('s-l4', 'Au moins 426 civils ont été tués.', 'At least <pc id="7">426</pc> civilians were killed.')),
    ).accepted;
    expect(accepted?.target).toBe('At least <7>426</7> civilians were killed.');
  });

  it("keeps the notes a translator's tool added: a unit's on its first accepted segment, a segment's on its own, not the export's", () => {
    const l4 = 'Au moins 426 civils ont été tués.';
    const q5 = "L'offensive a été lancée en octobre 2016.";
    const notes = [
      // The export's own: by category, or by shape when a tool dropped the category.
      '<note category="context">paragraph, source-texts/mossoul-2017.md line 12</note>',
      '<note>&lt;1&gt;…&lt;/1&gt;: emphasis\n&lt;2/&gt;: line break</note>',
      `<note id="s-l4-previous" category="previous-source">s-l4: ${l4}</note>`,
      '<note id="s-l4-comment" category="translator-comment">s-l4: Vérifier le chiffre.</note>',
      // The translator's, or their tool's.
      "<note category=\"memoQ\">Chiffre de l'ONU,\n  à confirmer</note>",
      '<note category="context">Citation du ministère</note>',
      '<note id="s-q5-query" category="question">Octobre ou novembre ?</note>',
      '<note>   </note>',
    ].join('');
    const unit = (target: boolean): string =>
      `<unit id="u1"><notes>${notes}</notes>` +
      `<segment id="s-p2c" state="initial"><source>x</source></segment>` +
      `<segment id="s-l4" state="translated"><source>${l4}</source>${target ? '<target>At least 426 civilians were killed.</target>' : ''}</segment>` +
      `<segment id="s-q5" state="translated"><source>${q5}</source><target>The offensive was launched in October 2016.</target></segment></unit>`;
    const result = plan(xliff2(`id="${DOC}"`, unit(true)));
    expect(result.accepted.map((a) => [a.id, a.comment, a.toolNotes])).toEqual([
      ['s-l4', 'Vérifier le chiffre.', ["note (memoQ): Chiffre de l'ONU, à confirmer", 'note (context): Citation du ministère']],
      ['s-q5', undefined, ['note (question): Octobre ou novembre ?']],
    ]);
    // Without a target for s-l4, the unit's notes go to the next accepted segment.
    expect(plan(xliff2(`id="${DOC}"`, unit(false))).accepted.map((a) => [a.id, a.toolNotes])).toEqual([
      ['s-q5', ["note (memoQ): Chiffre de l'ONU, à confirmer", 'note (context): Citation du ministère', 'note (question): Octobre ou novembre ?']],
    ]);
  });

  it('keeps the notes of a 1.2 trans-unit, named by their author', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="source-texts/mossoul-2017.md" source-language="fr" target-language="en" datatype="x"><body><trans-unit id="s-l4"><source>Au moins 426 civils ont été tués.</source><target state="translated">At least 426 civilians were killed.</target><note from="Leila Haddad">Source : ONU, 12 mars</note><note>Vérifié</note></trans-unit></body></file></xliff>`;
    expect(plan(xml).accepted.map((a) => a.toolNotes)).toEqual([['note (Leila Haddad): Source : ONU, 12 mars', 'note: Vérifié']]);
  });

  it('adds no notes to an unchanged export', () => {
    expect(plan(exportXliff(exportInput('en'))).accepted.filter((a) => a.toolNotes !== undefined)).toEqual([]);
  });

  it('lists segments without a target as untranslated, whatever their source', () => {
    const result = plan(xliff2(`id="${DOC}"`, segment('s-l4', 'Changed.') + segment('s-unknown', 'x')));
    expect(result).toMatchObject({ accepted: [], refused: [], untranslated: [{ id: 's-l4' }, { id: 's-unknown' }] });
  });

  it('rejects a file for another target language', () => {
    const xml = exportXliff(exportInput('ar'));
    const run = (): unknown => plan(xml, 'en');
    expect(run).toThrow(InputError);
    expect(run).toThrow('this file translates into ar, not en');
    expect(plan(xml.replace('trgLang="ar"', 'trgLang="ar-SA"'), 'ar').accepted.length).toBeGreaterThan(0);
  });

  it('accepts a file without a target language', () => {
    const doc: XliffDocument = parseXliff(exportXliff(exportInput('en')).replace(' trgLang="en"', ''), 'x.xlf');
    expect(planImport(doc, catalogs, 'en').accepted).toHaveLength(6);
  });
});

describe('sameLanguage', () => {
  it.each([
    ['ar', 'ar', true],
    ['ar', 'ar-SA', true],
    ['AR-sa', 'ar', true],
    ['en_GB', 'en-GB', true],
    ['en-GB', 'en-US', false],
    ['zh-Hant', 'zh-Hans', false],
    ['ar', 'arz', false],
    ['en', 'fr', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameLanguage(a, b)).toBe(expected);
  });
});
