// A developing story changes its figures. On extract, a translation whose source changed only in
// numbers or month names gets the new ones (the memory's adaptation), stays fuzzy with the old
// source shown, and keeps the reviewed translation in a comment: a change back restores it, a
// change in words brings back the plain fuzzy entry, and nothing a translator wrote is lost.
import { describe, expect, it } from 'vitest';
import { BEFORE_PREFIX, FIGURES_ADAPTED_NOTE, NOT_ADAPTED_PREFIX, parsePo, serializePo, updateTranslations, type PoTranslationFile } from '../src/catalog/index.js';
import { adaptFigures as adaptMatch } from '../src/memory/index.js';
import type { CatalogEntry, TranslationEntry } from '../src/types.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';

const ID = 's-toll';
const segment = (text: string): CatalogEntry => ({ id: ID, block: 0, index: 0, kind: 'paragraph', text, line: 1, tags: [] });
/** As extract wires the memory's adaptation: the adapted target, or why there is none. */
const adaptFigures = (lang: string) => (target: string, from: string, to: string) => {
  const figures = adaptMatch(to, from, target, 'fr', lang);
  return figures && 'adapted' in figures ? figures.adapted : figures;
};

/** The PO after the French becomes each of `texts` in turn, from a reviewed translation of the first. */
function history(lang: string, texts: string[], reviewed: string, options = { adaptFigures: adaptFigures(lang) }, comments?: string): TranslationEntry {
  let po: PoTranslationFile = {
    doc: 'brief',
    lang,
    headers: {},
    entries: [{ id: ID, source: texts[0]!, target: reviewed, fuzzy: false, obsolete: false, ...(comments ? { translatorComments: comments } : {}) }],
  };
  for (const text of texts.slice(1)) {
    const catalog = [segment(text)];
    // Through the file each time, as extract does.
    po = parsePo(serializePo(updateTranslations({} as never, catalog, po, 'brief', lang, options), catalog), `locales/${lang}/brief.po`, lang);
  }
  const { line, ...entry } = po.entries[0]!;
  void line;
  return entry;
}

const notes = (original: string) => `${FIGURES_ADAPTED_NOTE}\n${BEFORE_PREFIX}${JSON.stringify(original)}`;
const T426 = 'Au moins 426 civils ont été tués.';
const T450 = 'Au moins 450 civils ont été tués.';
const T475 = 'Au moins 475 civils ont été tués.';
const EN426 = 'At least 426 civilians were killed.';

describe('figures of a changed segment', () => {
  it.each<{ name: string; lang: string; texts: string[]; reviewed: string; expected: Partial<TranslationEntry> }>([
    {
      name: 'a toll that rose: the new figure, fuzzy, the old French shown, the reviewed text kept',
      lang: 'en',
      texts: [T426, T450],
      reviewed: EN426,
      expected: { source: T450, target: 'At least 450 civilians were killed.', fuzzy: true, previousSource: T426, translatorComments: notes(EN426) },
    },
    {
      name: 'grouped figures, written as the translation writes them',
      lang: 'en',
      texts: ['Quelque 1 500 soldats.', 'Quelque 2 750 soldats.'],
      reviewed: 'Some 1,500 soldiers.',
      expected: { target: 'Some 2,750 soldiers.', fuzzy: true },
    },
    {
      name: 'Arabic-Indic digits stay Arabic-Indic',
      lang: 'ar',
      texts: [T426, T450],
      reviewed: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.',
      expected: { target: 'قُتل ما لا يقل عن ٤٥٠ مدنياً.', fuzzy: true },
    },
    {
      name: 'a month, in both of its Arabic names',
      lang: 'ar',
      texts: ['Lancée en octobre 2016.', 'Lancée en novembre 2016.'],
      reviewed: 'أُطلقت في تشرين الأول/أكتوبر 2016.',
      expected: { target: 'أُطلقت في تشرين الثاني/نوفمبر 2016.', fuzzy: true },
    },
    {
      name: 'a change back restores the reviewed translation, not fuzzy, no notes',
      lang: 'en',
      texts: [T426, T450, T426],
      reviewed: EN426,
      expected: { source: T426, target: EN426, fuzzy: false, previousSource: undefined, translatorComments: undefined },
    },
    {
      name: 'a second change adapts the reviewed translation again',
      lang: 'en',
      texts: [T426, T450, T475],
      reviewed: EN426,
      expected: { target: 'At least 475 civilians were killed.', fuzzy: true, previousSource: T426, translatorComments: notes(EN426) },
    },
    {
      name: 'a change in words after an adaptation: the draft stays, for the French it was made for',
      lang: 'en',
      texts: [T426, T450, 'Au moins 450 habitants ont été tués.'],
      reviewed: EN426,
      expected: { target: 'At least 450 civilians were killed.', fuzzy: true, previousSource: T450, translatorComments: `${BEFORE_PREFIX}${JSON.stringify(EN426)}` },
    },
    {
      name: 'a change in words: the translation as it was, fuzzy',
      lang: 'en',
      texts: [T426, 'Au moins 426 habitants ont été tués.'],
      reviewed: EN426,
      expected: { target: EN426, fuzzy: true, previousSource: T426, translatorComments: undefined },
    },
    {
      name: 'a figure the translation does not have',
      lang: 'en',
      texts: ['Les deux pays, 426 civils.', 'Les deux pays, 450 civils.'],
      reviewed: 'Both countries, hundreds of civilians.',
      expected: { target: 'Both countries, hundreds of civilians.', fuzzy: true, translatorComments: `${NOT_ADAPTED_PREFIX}the target has no 426` },
    },
    {
      name: 'an Arabic noun that would have to change: not adapted, and why',
      lang: 'ar',
      texts: [T426, 'Au moins 400 civils ont été tués.'],
      reviewed: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.',
      expected: {
        target: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.',
        fuzzy: true,
        previousSource: T426,
        translatorComments: `${NOT_ADAPTED_PREFIX}the word after ٤٢٦ in the target may have to change for 400`,
      },
    },
    {
      name: 'a later change that can be adapted replaces the reason with the notes',
      lang: 'ar',
      texts: [T426, 'Au moins 400 civils ont été tués.', T450],
      reviewed: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.',
      expected: { target: 'قُتل ما لا يقل عن ٤٥٠ مدنياً.', fuzzy: true, translatorComments: notes('قُتل ما لا يقل عن ٤٢٦ مدنياً.') },
    },
    {
      name: 'a change back drops the reason',
      lang: 'ar',
      texts: [T426, 'Au moins 400 civils ont été tués.', T426],
      reviewed: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.',
      expected: { target: 'قُتل ما لا يقل عن ٤٢٦ مدنياً.', fuzzy: false, translatorComments: undefined },
    },
  ])('$name', ({ lang, texts, reviewed, expected }) => {
    const entry = history(lang, texts, reviewed);
    // Key by key: `undefined` means the property is gone.
    for (const [key, value] of Object.entries(expected)) expect(entry[key as keyof TranslationEntry], key).toEqual(value);
  });

  it('without adaptFigures, extract works as msgmerge does', () => {
    expect(history('en', [T426, T450], EN426, { adaptFigures: undefined as never })).toEqual({
      id: ID,
      source: T450,
      target: EN426,
      fuzzy: true,
      previousSource: T426,
      obsolete: false,
    });
  });

  it('keeps the translator’s own comments, and drops the notes once the draft is reviewed', () => {
    const adapted = history('en', [T426, T450], EN426, undefined, 'checked with the desk');
    expect(adapted.translatorComments).toBe(`checked with the desk\n${notes(EN426)}`);
    const catalog = [segment(T450)];
    const reviewed: PoTranslationFile = { doc: 'brief', lang: 'en', headers: {}, entries: [{ ...adapted, fuzzy: false }] };
    const next = updateTranslations({} as never, catalog, reviewed, 'brief', 'en', { adaptFigures: adaptFigures('en') }).entries[0]!;
    expect(next).toMatchObject({ target: 'At least 450 civilians were killed.', fuzzy: false, translatorComments: 'checked with the desk' });
    expect(next.previousSource).toBeUndefined();
  });

  it('drops the reason once the translator has reviewed the entry', () => {
    const refused = history('ar', [T426, 'Au moins 400 civils ont été tués.'], 'قُتل ما لا يقل عن ٤٢٦ مدنياً.', undefined, 'checked with the desk');
    expect(refused.translatorComments).toBe(`checked with the desk\n${NOT_ADAPTED_PREFIX}the word after ٤٢٦ in the target may have to change for 400`);
    const catalog = [segment('Au moins 400 civils ont été tués.')];
    const fixed: PoTranslationFile = { doc: 'brief', lang: 'ar', headers: {}, entries: [{ ...refused, target: 'قُتل ما لا يقل عن ٤٠٠ مدني.', fuzzy: false }] };
    const next = updateTranslations({} as never, catalog, fixed, 'brief', 'ar', { adaptFigures: adaptFigures('ar') }).entries[0]!;
    expect(next).toMatchObject({ target: 'قُتل ما لا يقل عن ٤٠٠ مدني.', fuzzy: false, translatorComments: 'checked with the desk' });
  });

  it('a draft the translator edited is theirs: a change back keeps it, fuzzy, with the reviewed text', () => {
    const adapted = history('en', [T426, T450], EN426);
    const edited: PoTranslationFile = { doc: 'brief', lang: 'en', headers: {}, entries: [{ ...adapted, target: 'No fewer than 450 civilians were killed.' }] };
    const back = updateTranslations({} as never, [segment(T426)], edited, 'brief', 'en', { adaptFigures: adaptFigures('en') }).entries[0]!;
    expect(back).toMatchObject({ target: 'No fewer than 426 civilians were killed.', fuzzy: true, previousSource: T426, translatorComments: notes(EN426) });
  });

  it.skipIf(!HAS_MSGFMT)('writes PO files that msgfmt --check accepts', () => {
    const catalog = [segment(T450)];
    const po: PoTranslationFile = {
      doc: 'brief',
      lang: 'ar',
      headers: { 'Content-Type': 'text/plain; charset=UTF-8', Language: 'ar' },
      entries: [{ id: ID, source: T426, target: 'قُتل ما لا يقل عن "٤٢٦" مدنياً.', fuzzy: false, obsolete: false }],
    };
    const text = serializePo(updateTranslations({} as never, catalog, po, 'brief', 'ar', { adaptFigures: adaptFigures('ar') }), catalog);
    expect(text).toContain('# tm: before: "قُتل ما لا يقل عن \\"٤٢٦\\" مدنياً."');
    expect(msgfmtCheck(text)).toEqual({ status: 0, stderr: '' });
  });
});
