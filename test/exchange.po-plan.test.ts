// A PO file from Poedit or Weblate planned like an XLIFF file: which document it translates,
// which translations are accepted, refused or empty; and telling PO from XLIFF.
import { describe, expect, it } from 'vitest';
import { parsePo } from '../src/catalog/index.js';
import { InputError } from '../src/errors.js';
import { acceptedFindings, detectFormat, documentOfPo, planPoImport, poLanguage, refusalFindings } from '../src/exchange/index.js';
import type { CatalogEntry } from '../src/types.js';

const catalog: CatalogEntry[] = [
  { id: 's-a', block: 0, index: 0, kind: 'paragraph', text: 'Au moins 426 civils ont été tués.', line: 6, tags: [] },
  { id: 's-b', block: 0, index: 1, kind: 'paragraph', text: 'Le rapport est <1>en ligne</1>.', line: 6, tags: [{ n: 1, kind: 'link', paired: true, description: 'link' }] },
  { id: 's-c', block: 1, index: 0, kind: 'heading', text: 'Mossoul', line: 8, tags: [] },
  { id: 's-d', block: 2, index: 0, kind: 'paragraph', text: 'Fin.', line: 10, tags: [] },
];
const catalogs = new Map([
  ['mossoul', catalog],
  ['other', [{ ...catalog[3]!, id: 's-z' }]],
]);

const PO = `msgid ""
msgstr ""
"Project-Id-Version: mossoul\\n"
"Language: en\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

# Checked.
#, reviewed
msgctxt "s-a"
msgid "Au moins 426 civils "
"ont été tués."
msgstr "At least 425 civilians were killed."

#, fuzzy
#| msgid "Le rapport est <1>publié</1>."
msgctxt "s-b"
msgid "Le rapport est <1>en ligne</1>."
msgstr "The report is <1>online</1>."

msgctxt "s-c"
msgid "Mossoul (ville)"
msgstr "Mosul (city)"

msgctxt "s-d"
msgid "Fin."
msgstr ""

msgctxt "s-q"
msgid "Supprimée."
msgstr "Deleted."

#~ msgctxt "s-old"
#~ msgid "Ancienne."
#~ msgstr "Old."
`;

describe('planPoImport', () => {
  const po = parsePo(PO, 'mossoul.po', 'en');
  const planned = planPoImport(po, 'mossoul', catalog, 'mossoul.po');

  it('accepts entries whose msgid is the catalog source, with their state', () => {
    expect(planned.plan.accepted.map((a) => [a.id, a.state, a.fuzzy, a.reviewFlags, a.target, a.line])).toEqual([
      ['s-a', 'reviewed', false, ['reviewed'], 'At least 425 civilians were killed.', 9],
      ['s-b', 'fuzzy', true, [], 'The report is <1>online</1>.', 16],
    ]);
    expect(planned.details.get('s-a')).toEqual({ translatorComments: 'Checked.', previousSource: undefined });
    expect(planned.details.get('s-b')?.previousSource).toBe('Le rapport est <1>publié</1>.');
  });

  it('refuses a changed source and an unknown segment, and counts empty ones apart', () => {
    expect(planned.plan.refused).toEqual([
      { doc: 'mossoul', id: 's-c', file: 'mossoul.po', line: 20, reason: 'source changed', expected: 'Mossoul', found: 'Mossoul (ville)', target: 'Mosul (city)' },
      { doc: 'mossoul', id: 's-q', file: 'mossoul.po', line: 28, reason: 'unknown segment', found: 'Supprimée.', target: 'Deleted.' },
    ]);
    expect(planned.plan.untranslated.map((u) => u.id)).toEqual(['s-d']);
    expect(planned.obsolete.map((e) => e.id)).toEqual(['s-old']);
  });

  it('reports refusals as errors at their line, and checks accepted translations', () => {
    const refusals = refusalFindings(planned.plan);
    expect(refusals.map((f) => [f.rule, f.severity, f.id, `${f.file}:${f.line}`])).toEqual([
      ['import-refused', 'error', 's-c', 'mossoul.po:20'],
      ['import-refused', 'error', 's-q', 'mossoul.po:28'],
    ]);
    expect(refusals[0]?.message).toContain('now:       Mossoul\n  your file: Mossoul (ville)');
    const qa = acceptedFindings(planned.plan, catalogs, 'fr', null);
    expect(qa.filter((f) => f.severity === 'error').map((f) => [f.rule, f.id, f.line])).toEqual([['number-mismatch', 's-a', 9]]);
  });
});

describe('documentOfPo', () => {
  const po = (headers: Record<string, string>, ids: string[]) => ({ lang: 'ar', headers, entries: ids.map((id) => ({ id, source: '', target: '', fuzzy: false, obsolete: false })) });
  it.each<[string, string, Record<string, string>, string[]]>([
    ['its file name', 'dl/mossoul.po', {}, []],
    ['its file name with the language', 'mossoul.ar.po', {}, []],
    ['its file name with the language, Weblate style', 'mossoul-ar.po', {}, []],
    ['Project-Id-Version', 'translations.po', { 'Project-Id-Version': 'mossoul' }, []],
    ['its segment IDs', 'translations.po', { 'Project-Id-Version': 'Mossoul 1.0' }, ['s-a', 's-b', 's-z']],
  ])('by %s', (_how, file, headers, ids) => {
    expect(documentOfPo(file, po(headers, ids), catalogs)).toBe('mossoul');
  });

  it('refuses a file it cannot place', () => {
    expect(() => documentOfPo('x.po', po({}, ['s-nope']), catalogs)).toThrow(InputError);
    expect(() => documentOfPo('x.po', po({}, ['s-a', 's-z']), catalogs)).toThrow(/cannot tell which document/);
  });
});

describe('detectFormat and poLanguage', () => {
  it.each<[string, string, string]>([
    ['a.xlf', 'msgid', 'xliff'],
    ['a.XLIFF', '', 'xliff'],
    ['a.sdlxliff', '', 'xliff'],
    ['a.po', '<?xml', 'po'],
    ['download', '\uFEFF  <?xml version="1.0"?><xliff/>', 'xliff'],
    ['download', '# comment\nmsgid ""', 'po'],
  ])('%s starting with %j is %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });

  it('reads the Language header, and nothing from a broken file', () => {
    expect(poLanguage(PO)).toBe('en');
    expect(poLanguage('msgid ""\nmsgstr ""\n"Language: ar_SA\\n"\n')).toBe('ar_SA');
    expect(poLanguage('msgid "x"\nmsgstr "y"\n')).toBeUndefined();
    expect(poLanguage('msgid "unterminated\n')).toBeUndefined();
  });
});
