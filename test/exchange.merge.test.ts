// Merging accepted translations into a PO file: target, state, review flags, previous source,
// translator comments, obsolete entries and headers, one rule per row.
import { describe, expect, it } from 'vitest';
import type { PoTranslationFile } from '../src/catalog/index.js';
import { mergeImported, type MergeInput } from '../src/exchange/index.js';
import type { AcceptedSegment } from '../src/formats/xliff/index.js';
import type { CatalogEntry, TranslationEntry } from '../src/types.js';

const catalog: CatalogEntry[] = [
  { id: 's-a', block: 0, index: 0, kind: 'paragraph', text: 'Au moins 426 civils ont été tués.', line: 6, tags: [] },
  { id: 's-b', block: 0, index: 1, kind: 'paragraph', text: 'Le rapport est <1>en ligne</1>.', line: 6, tags: [{ n: 1, kind: 'link', paired: true, description: 'link' }] },
  { id: 's-c', block: 1, index: 0, kind: 'heading', text: 'Mossoul', line: 8, tags: [] },
];

const entry = (id: string, target: string, extra: Partial<TranslationEntry> = {}): TranslationEntry => ({
  id,
  source: catalog.find((e) => e.id === id)?.text ?? 'gone',
  target,
  fuzzy: false,
  obsolete: false,
  ...extra,
});

const po = (entries: TranslationEntry[], extra: Partial<PoTranslationFile> = {}): PoTranslationFile => ({
  doc: 'doc',
  lang: 'en',
  headers: { 'Last-Translator': 'Desk <desk@example.org>' },
  entries,
  ...extra,
});

const accepted = (id: string, target: string, state: AcceptedSegment['state'] = 'translated'): AcceptedSegment => ({
  doc: 'doc',
  id,
  file: 'in.xlf',
  line: 3,
  target,
  state,
  fuzzy: state === 'fuzzy',
  reviewFlags: state === 'reviewed' || state === 'final' ? [state] : [],
});

const merge = (input: Partial<MergeInput>): ReturnType<typeof mergeImported> =>
  mergeImported({ doc: 'doc', lang: 'en', catalog, po: undefined, accepted: [], ...input });

const byId = (result: ReturnType<typeof mergeImported>, id: string): TranslationEntry | undefined => result.po.entries.find((e) => e.id === id);

describe('mergeImported', () => {
  it.each<[string, TranslationEntry, AcceptedSegment, Partial<TranslationEntry>]>([
    ['a new target replaces the old one', entry('s-a', 'At least 426 civilians died.'), accepted('s-a', 'At least 426 civilians were killed.'), { target: 'At least 426 civilians were killed.', fuzzy: false }],
    ['a fuzzy entry confirmed loses #, fuzzy and #| msgid', entry('s-a', 'X', { fuzzy: true, previousSource: 'Au moins 425 civils ont été tués.' }), accepted('s-a', 'X'), { fuzzy: false, previousSource: undefined }],
    ['an initial (draft) target becomes fuzzy', entry('s-a', 'X'), accepted('s-a', 'Y', 'fuzzy'), { target: 'Y', fuzzy: true }],
    ['a fuzzy import keeps the previous source', entry('s-a', 'X', { fuzzy: true, previousSource: 'Avant.' }), accepted('s-a', 'Y', 'fuzzy'), { fuzzy: true, previousSource: 'Avant.' }],
    ['a stale entry drafted again records what it was translated from', entry('s-a', 'X', { source: 'Au moins 425 civils.' }), accepted('s-a', 'Y', 'fuzzy'), { source: catalog[0]!.text, previousSource: 'Au moins 425 civils.' }],
    ['msgid becomes the catalog text', entry('s-a', 'X', { source: 'Au  moins 426 civils ont été tués.' }), accepted('s-a', 'X'), { source: catalog[0]!.text }],
    ['reviewed adds the reviewed flag', entry('s-a', 'X'), accepted('s-a', 'X', 'reviewed'), { flags: ['reviewed'] }],
    ['final replaces reviewed', entry('s-a', 'X', { flags: ['reviewed'] }), accepted('s-a', 'X', 'final'), { flags: ['final'] }],
    ['an untouched target confirmed as translated keeps its sign-off', entry('s-a', 'X', { flags: ['final'] }), accepted('s-a', 'X'), { flags: ['final'] }],
    ['a changed target confirmed as translated loses its sign-off', entry('s-a', 'X', { flags: ['final'] }), accepted('s-a', 'Z'), { flags: undefined }],
    ['a draft loses its sign-off', entry('s-a', 'X', { flags: ['reviewed'] }), accepted('s-a', 'X', 'fuzzy'), { flags: undefined, fuzzy: true }],
    ['other flags are kept', entry('s-a', 'X', { flags: ['no-wrap', 'reviewed'] }), accepted('s-a', 'Y'), { flags: ['no-wrap'] }],
    ['XLIFF imports keep translator comments', entry('s-a', 'X', { translatorComments: 'Vérifier.' }), accepted('s-a', 'Y'), { translatorComments: 'Vérifier.' }],
    ['a comment edited in the tool replaces it', entry('s-a', 'X', { translatorComments: 'Vérifier.' }), { ...accepted('s-a', 'X'), comment: 'Vérifié.' }, { translatorComments: 'Vérifié.' }],
    ['a comment emptied in the tool removes it', entry('s-a', 'X', { translatorComments: 'Vérifier.' }), { ...accepted('s-a', 'X'), comment: ' ' }, { translatorComments: undefined }],
    ['a comment written in the tool is added', entry('s-a', 'X'), { ...accepted('s-a', 'X'), comment: 'Source : AFP.' }, { translatorComments: 'Source : AFP.' }],
    ['a blank target changes nothing', entry('s-a', 'X'), accepted('s-a', '  '), { target: 'X' }],
  ])('%s', (_name, before, segment, expected) => {
    const result = merge({ po: po([before, entry('s-b', ''), entry('s-c', 'Mosul')]), accepted: [segment] });
    const after = byId(result, before.id)!;
    for (const [key, value] of Object.entries(expected)) expect(after[key as keyof TranslationEntry]).toEqual(value);
    expect(byId(result, 's-c')).toEqual(entry('s-c', 'Mosul'));
  });

  it('tells changed from unchanged entries', () => {
    const result = merge({ po: po([entry('s-a', 'X'), entry('s-b', ''), entry('s-c', 'Mosul')]), accepted: [accepted('s-a', 'X'), accepted('s-b', 'The report is <1>online</1>.')] });
    expect(result.changed).toEqual(['s-b']);
    expect(result.unchanged).toEqual(['s-a']);
  });

  it('starts from the catalog when the language has no PO file yet', () => {
    const result = merge({ accepted: [accepted('s-c', 'Mosul')] });
    expect(result.po.entries.map((e) => [e.id, e.source, e.target])).toEqual([
      ['s-a', catalog[0]!.text, ''],
      ['s-b', catalog[1]!.text, ''],
      ['s-c', 'Mossoul', 'Mosul'],
    ]);
  });

  it('adds a segment the PO lacks and revives an obsolete entry with its ID', () => {
    const result = merge({ po: po([entry('s-a', 'X'), entry('s-c', 'Old', { obsolete: true })]), accepted: [accepted('s-b', 'B'), accepted('s-c', 'Mosul')] });
    expect(byId(result, 's-b')).toMatchObject({ target: 'B', obsolete: false });
    expect(byId(result, 's-c')).toMatchObject({ target: 'Mosul', obsolete: false });
    expect(result.po.entries).toHaveLength(3);
  });

  it('ignores segments of other documents and IDs the catalog does not have', () => {
    const result = merge({ po: po([entry('s-a', 'X')]), accepted: [{ ...accepted('s-a', 'Y'), doc: 'other' }, accepted('s-zz', 'Z')] });
    expect(result.po.entries).toEqual([entry('s-a', 'X')]);
    expect(result.changed).toEqual([]);
  });

  it('never drops an entry: obsolete ones stay, lines are dropped', () => {
    const gone = entry('s-old', 'Kept', { obsolete: true, line: 40 });
    const result = merge({ po: po([entry('s-a', 'X', { line: 12 }), gone]), accepted: [accepted('s-a', 'Y')] });
    expect(result.po.entries.map((e) => [e.id, e.target, e.obsolete, e.line])).toEqual([
      ['s-a', 'Y', false, undefined],
      ['s-old', 'Kept', true, undefined],
    ]);
  });

  describe('from a PO file', () => {
    it("follows the file's translator comments and previous source", () => {
      const details = new Map([
        ['s-a', { translatorComments: 'Chiffre vérifié.', previousSource: undefined }],
        ['s-b', { translatorComments: undefined, previousSource: 'Le rapport est <1>publié</1>.' }],
      ]);
      const result = merge({
        po: po([entry('s-a', 'X', { translatorComments: 'À vérifier.' }), entry('s-b', 'B', { translatorComments: 'Lien ?' })]),
        accepted: [accepted('s-a', 'X'), accepted('s-b', 'B2', 'fuzzy')],
        details,
      });
      expect(byId(result, 's-a')?.translatorComments).toBe('Chiffre vérifié.');
      expect(byId(result, 's-b')).toMatchObject({ fuzzy: true, previousSource: 'Le rapport est <1>publié</1>.' });
      expect(byId(result, 's-b')).not.toHaveProperty('translatorComments');
    });

    it("keeps the file's obsolete entries the project lacks, and the project's own", () => {
      const theirs = [entry('s-x', 'Theirs', { obsolete: true }), entry('s-a', 'Not this', { obsolete: true })];
      const result = merge({ po: po([entry('s-a', 'X'), entry('s-y', 'Ours', { obsolete: true })]), obsolete: theirs });
      expect(result.po.entries.map((e) => [e.id, e.target, e.obsolete])).toEqual([
        ['s-a', 'X', false],
        ['s-y', 'Ours', true],
        ['s-x', 'Theirs', true],
      ]);
      expect(result.keptObsolete).toEqual(['s-x']);
    });

    it("takes the translator's header fields and the tool's X- settings, not its generator", () => {
      const result = merge({
        po: po([entry('s-a', 'X')], { headerComments: ['Our credits.'] }),
        accepted: [accepted('s-a', 'Y')],
        headers: { 'Last-Translator': 'Leila <leila@example.org>', 'PO-Revision-Date': '2024-03-06 10:12+0100', 'Language-Team': '', 'X-Generator': 'Poedit 3.4.2', 'X-Poedit-Basepath': '.' },
        headerComments: ['Their credits.'],
      });
      expect(result.po.headers).toEqual({
        'Last-Translator': 'Leila <leila@example.org>',
        'PO-Revision-Date': '2024-03-06 10:12+0100',
        'X-Poedit-Basepath': '.',
      });
      expect(result.po.headerComments).toEqual(['Our credits.']);
      expect(merge({ accepted: [accepted('s-a', 'Y')], headerComments: ['Their credits.'] }).po.headerComments).toEqual(['Their credits.']);
    });

    it('credits the translator only when their work went in', () => {
      const ours = po([entry('s-a', 'X')]);
      const result = merge({ po: ours, accepted: [accepted('s-a', 'X')], headers: { 'Last-Translator': 'Leila', 'X-Poedit-Basepath': '.' }, headerComments: ['Theirs.'] });
      expect(result.po.headers).toEqual(ours.headers);
      expect(result.po).not.toHaveProperty('headerComments');
    });
  });
});
