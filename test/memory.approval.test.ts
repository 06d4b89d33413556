// Translations a memory marks as not approved, or as approved: how each tool's mark is read, and
// what follows from it (ranked after, or before, an unmarked one; never pre-filled as translated).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTmx } from '../src/formats/tmx/index.js';
import { approvalMarks } from '../src/memory/approval.js';
import { buildIndex, entriesFromTmx, lookup, type MemoryEntry } from '../src/memory/index.js';
import { pretranslate } from '../src/memory/pretranslate.js';
import type { TranslationFile } from '../src/types.js';

const p = (type: string, value: string) => ({ type, value });

describe('approvalMarks: not approved', () => {
  it.each<[string, ReturnType<typeof p>[], ReturnType<typeof p>[], ReturnType<typeof p>[], string | undefined]>([
    ['Okapi: approved no on the target', [], [], [p('approved', 'no')], 'approved: no'],
    ['Okapi: approved yes', [], [], [p('approved', 'yes')], undefined],
    ['Okapi: the mark on the unit', [p('approved', 'no')], [], [], 'approved: no'],
    ['a memory read the other way round: the draft is the source', [], [p('approved', 'no')], [], 'approved: no'],
    ['values in any case, with spaces', [], [], [p('approved', ' False ')], 'approved: False'],
    ['prop types are case-sensitive', [], [], [p('Approved', 'no')], undefined],
    ['Trados Studio: a draft', [p('x-ConfirmationLevel', 'Draft')], [], [], 'x-ConfirmationLevel: Draft'],
    ['Trados Studio: a rejected translation', [p('x-ConfirmationLevel', 'RejectedTranslation')], [], [], 'x-ConfirmationLevel: RejectedTranslation'],
    ['Trados Studio: rejected at sign-off', [p('x-ConfirmationLevel', 'RejectedSignOff')], [], [], 'x-ConfirmationLevel: RejectedSignOff'],
    ['Trados Studio: translated', [p('x-ConfirmationLevel', 'Translated')], [], [], undefined],
    ['Trados Studio: approved', [p('x-ConfirmationLevel', 'ApprovedTranslation')], [], [], undefined],
    ['Trados Studio: signed off', [p('x-ConfirmationLevel', 'ApprovedSignOff')], [], [], undefined],
    ['Trados Studio: a memory older than the levels', [p('x-ConfirmationLevel', 'Unspecified')], [], [], undefined],
    ['Trados Studio writes the level on the unit only', [], [], [p('x-ConfirmationLevel', 'Draft')], undefined],
    ['the target is named first', [p('x-ConfirmationLevel', 'Draft')], [], [p('approved', 'no')], 'approved: no'],
    ['other props say nothing', [p('x-doc', 'no'), p('x-Origin', 'TM')], [], [p('x-client', 'Draft')], undefined],
  ])('%s', (_name, unit, source, target, expected) => {
    expect(approvalMarks(unit, source, target).notApproved).toBe(expected);
  });
});

describe('approvalMarks: approved', () => {
  it.each<[string, ReturnType<typeof p>[], ReturnType<typeof p>[], ReturnType<typeof p>[], string | undefined]>([
    ['Okapi: approved yes on the target', [], [], [p('approved', 'yes')], 'approved: yes'],
    ['Okapi: true, in any case', [], [], [p('approved', ' TRUE ')], 'approved: TRUE'],
    ['Okapi: the mark on the unit', [p('approved', 'yes')], [], [], 'approved: yes'],
    ['a memory read the other way round: the approved variant is the source', [], [p('approved', 'yes')], [], 'approved: yes'],
    ['Okapi: approved no', [], [], [p('approved', 'no')], undefined],
    ['one variant approved, the other a draft: not an approved pair', [], [p('approved', 'no')], [p('approved', 'yes')], undefined],
    ['an approved unit with a draft target', [p('approved', 'yes')], [], [p('approved', 'no')], undefined],
    ['prop types are case-sensitive', [], [], [p('Approved', 'yes')], undefined],
    ['Trados Studio: approved', [p('x-ConfirmationLevel', 'ApprovedTranslation')], [], [], 'x-ConfirmationLevel: ApprovedTranslation'],
    ['Trados Studio: signed off', [p('x-ConfirmationLevel', 'ApprovedSignOff')], [], [], 'x-ConfirmationLevel: ApprovedSignOff'],
    ['Trados Studio: translated says neither', [p('x-ConfirmationLevel', 'Translated')], [], [], undefined],
    ['Trados Studio: a memory older than the levels', [p('x-ConfirmationLevel', 'Unspecified')], [], [], undefined],
    ['Trados Studio: a draft', [p('x-ConfirmationLevel', 'Draft')], [], [], undefined],
    ['Trados Studio writes the level on the unit only', [], [], [p('x-ConfirmationLevel', 'ApprovedSignOff')], undefined],
    ['other props say nothing', [p('x-doc', 'yes')], [], [p('x-client', 'ApprovedSignOff')], undefined],
  ])('%s', (_name, unit, source, target, expected) => {
    expect(approvalMarks(unit, source, target).approved).toBe(expected);
  });
});

const okapi = parseTmx(readFileSync(new URL('fixtures/tmx/okapi-rainbow_potest_en_fr.tmx', import.meta.url), 'utf8'));

describe('entries from a memory with approval marks', () => {
  it("reads Okapi's marks, in both directions, with or without the unit's extras", () => {
    for (const [sourceLang, extras] of [['en', true], ['fr', true], ['en', false]] as const) {
      const entries = entriesFromTmx(okapi, { sourceLang, extras });
      const marked = entries.filter((e) => e.notApproved !== undefined);
      expect(marked.map((e) => [e.tuid, e.notApproved])).toEqual([
        ['P2FB90C53', 'approved: no'],
        ['ND00CDCC1', 'approved: no'],
        ['N8C072106-0', 'approved: no'],
        ['N8C072106-1', 'approved: no'],
      ]);
      expect(entries.length).toBeGreaterThan(marked.length);
      // The others carry `approved: yes` on their target (the source, read the other way round).
      const approved = entries.filter((e) => e.approved !== undefined);
      expect(approved.map((e) => e.approved)).toEqual(['approved: yes', 'approved: yes', 'approved: yes', 'approved: yes', 'approved: yes']);
      expect(approved.filter((e) => e.notApproved !== undefined)).toEqual([]);
    }
  });
});

const entry = (target: string, extra: Partial<MemoryEntry> = {}): MemoryEntry => ({
  source: 'Le bilan s’est alourdi.',
  target,
  sourceLang: 'fr',
  targetLang: 'en',
  props: [],
  ...extra,
});

describe('an unapproved translation in a lookup', () => {
  it('ranks after an approved one of the same score, even a newer and earlier one', () => {
    const index = buildIndex([
      entry('The toll rose (draft).', { notApproved: 'approved: no', changed: '20250101T000000Z' }),
      entry('The toll has risen.', { changed: '20200101T000000Z' }),
    ]);
    const matches = lookup(index, { text: 'Le bilan s’est alourdi.' });
    expect(matches.map((m) => [m.score, m.entry.target])).toEqual([
      [100, 'The toll has risen.'],
      [100, 'The toll rose (draft).'],
    ]);
  });

  it('at the same score: approved, then unmarked, then not approved, whatever their dates and order', () => {
    const index = buildIndex([
      entry('The toll rose (draft).', { notApproved: 'approved: no', changed: '20250101T000000Z' }),
      entry('The toll has risen.', { changed: '20240101T000000Z' }),
      entry('The toll climbed.', { approved: 'x-ConfirmationLevel: ApprovedSignOff', changed: '20200101T000000Z' }),
    ]);
    expect(lookup(index, { text: 'Le bilan s’est alourdi.' }).map((m) => m.entry.target)).toEqual(['The toll climbed.', 'The toll has risen.', 'The toll rose (draft).']);
  });

  it('an approved translation does not outrank a better score', () => {
    const index = buildIndex([entry('Close, approved.', { source: 'Le bilan s’est alourdi hier.', approved: 'approved: yes' }), entry('Exact.')]);
    expect(lookup(index, { text: 'Le bilan s’est alourdi.' }).map((m) => m.entry.target)).toEqual(['Exact.', 'Close, approved.']);
  });

  it('still ranks by score first', () => {
    const index = buildIndex([entry('Exact draft.', { notApproved: 'x-ConfirmationLevel: Draft' }), entry('Close.', { source: 'Le bilan s’est alourdi hier.' })]);
    expect(lookup(index, { text: 'Le bilan s’est alourdi.' }).map((m) => m.entry.target)).toEqual(['Exact draft.', 'Close.']);
  });
});

/** A PO file of one new entry for the French sentence the memories here hold. */
const onePo = (id: string): TranslationFile => ({
  doc: 'brief',
  lang: 'en',
  headers: {},
  entries: [{ id, source: 'Le bilan s’est alourdi.', target: '', fuzzy: false, obsolete: false }],
});

describe('pre-translation of a sentence the memories translate in several ways', () => {
  const po = onePo('s-9');
  const index = buildIndex([
    entry('The toll rose.', { tuid: 's-1', doc: 'other', origin: 'locales/en/memory.tmx', changed: '20240101T000000Z' }),
    entry('The toll has risen.', { tuid: 's-9', doc: 'brief', origin: 'locales/en/memory.tmx', changed: '20230101T000000Z' }),
  ]);

  it('an exact match out of context stays fuzzy, and says so', () => {
    const { po: out, filled } = pretranslate(onePo('s-5'), (query) => lookup(index, query, { limit: 1 })[0], { exactAsTranslated: true });
    expect(out.entries[0]).toMatchObject({
      target: 'The toll rose.',
      fuzzy: true,
      translatorComments: 'tm: exact match 100% from locales/en/memory.tmx (s-1), one of 2 translations in the memories',
    });
    expect(filled[0]).toMatchObject({ fuzzy: true, otherTranslations: 1 });
  });

  it('in context, the segment’s own translation goes in as translated', () => {
    const { po: out } = pretranslate(po, (query) => lookup(index, query, { limit: 1 })[0], { exactAsTranslated: true });
    expect(out.entries[0]).toMatchObject({ target: 'The toll has risen.', fuzzy: false, translatorComments: 'tm: in-context match 101% from locales/en/memory.tmx (s-9)' });
  });
});

describe('pre-translation from an unapproved translation', () => {
  const po = onePo('s-1');

  it('stays fuzzy however exact, and says why', () => {
    const index = buildIndex([entry('The toll rose.', { notApproved: 'approved: no', origin: 'locales/en/agency.tmx', tuid: 'P2' })]);
    const { po: out, filled } = pretranslate(po, (query) => lookup(index, query, { limit: 1 })[0], { exactAsTranslated: true });
    expect(out.entries[0]).toMatchObject({
      target: 'The toll rose.',
      fuzzy: true,
      translatorComments: 'tm: exact match 100% from locales/en/agency.tmx (P2), not approved there (approved: no)',
    });
    expect(filled).toEqual([{ id: 's-1', score: 100, kind: 'exact', origin: 'locales/en/agency.tmx', fuzzy: true, notApproved: 'approved: no' }]);
  });

  it('an approved exact match goes in as translated', () => {
    const index = buildIndex([entry('The toll rose.', { notApproved: 'approved: no' }), entry('The toll has risen.')]);
    const { po: out } = pretranslate(po, (query) => lookup(index, query, { limit: 1 })[0], { exactAsTranslated: true });
    expect(out.entries[0]).toMatchObject({ target: 'The toll has risen.', fuzzy: false });
  });
});
