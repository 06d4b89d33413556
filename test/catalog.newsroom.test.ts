// The newsroom fixture, revision after revision, driven the way the CLI drives the stages:
// segment the sources, align with the catalogs, merge the PO files, check drift.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alignSegments,
  driftFindings,
  parsePo,
  parsePot,
  segmentStates,
  serializePo,
  serializePot,
  summarize,
  updateTranslations,
} from '../src/catalog/index.js';
import { segmentBlocks } from '../src/segment/index.js';
import { parseSource } from '../src/source/index.js';
import type { Finding, SegmentState, SourceSegment } from '../src/types.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';

const ROOT = new URL('./fixtures/catalog/newsroom/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
const config = JSON.parse(read('tessera.config.json')) as { sourceLang: string; targetLangs: string[] };
const DOCS = readdirSync(new URL('source-texts/', ROOT)).map((name) => name.replace(/\.md$/u, '')).sort();

/** A project's files: path (relative to the root) → text. */
type Files = Map<string, string>;

const sourceFile = (doc: string): string => `source-texts/${doc}.md`;
const potFile = (doc: string): string => `locales/${doc}.pot`;
const poFile = (doc: string, lang: string): string => `locales/${lang}/${doc}.po`;

function committed(): Files {
  const files: Files = new Map();
  for (const doc of DOCS) {
    for (const path of [sourceFile(doc), potFile(doc), ...config.targetLangs.map((lang) => poFile(doc, lang))]) files.set(path, read(path));
  }
  return files;
}

function segments(files: Files, doc: string): SourceSegment[] {
  return segmentBlocks(parseSource(files.get(sourceFile(doc))!, sourceFile(doc)).blocks, config.sourceLang);
}

/** `tessera extract`: the files it writes. */
function extract(files: Files): Files {
  const next = new Map(files);
  for (const doc of DOCS) {
    const alignment = alignSegments(parsePot(files.get(potFile(doc))!, potFile(doc)), segments(files, doc));
    next.set(potFile(doc), serializePot(doc, sourceFile(doc), alignment.entries, config.sourceLang));
    for (const lang of config.targetLangs) {
      const po = parsePo(files.get(poFile(doc, lang))!, poFile(doc, lang), lang);
      next.set(poFile(doc, lang), serializePo(updateTranslations(alignment, alignment.entries, po, doc, lang), alignment.entries));
    }
  }
  return next;
}

/** `tessera status`: `lang/doc` → the non-zero counts, e.g. `translated 5, stale 2`. */
function status(files: Files): Record<string, string> {
  const table: Record<string, string> = {};
  for (const doc of DOCS) {
    for (const lang of config.targetLangs) {
      const rows = segmentStates(parsePot(files.get(potFile(doc))!, potFile(doc)), segments(files, doc), parsePo(files.get(poFile(doc, lang))!, poFile(doc, lang), lang));
      const summary = summarize(rows);
      const states: SegmentState[] = ['translated', 'fuzzy', 'untranslated', 'stale', 'missing', 'obsolete'];
      table[`${lang}/${doc}`] = states.filter((state) => summary[state] > 0).map((state) => `${state} ${summary[state]}`).join(', ');
    }
  }
  return table;
}

/** `tessera check` (drift part). */
function check(files: Files): Finding[] {
  return DOCS.flatMap((doc) =>
    config.targetLangs.flatMap((lang) =>
      driftFindings({
        doc,
        lang,
        poFile: poFile(doc, lang),
        catalog: parsePot(files.get(potFile(doc))!, potFile(doc)),
        current: segments(files, doc),
        po: parsePo(files.get(poFile(doc, lang))!, poFile(doc, lang), lang),
      }),
    ),
  );
}

const INITIAL = {
  'en/conseil-municipal': 'translated 7',
  'ar/conseil-municipal': 'translated 5, untranslated 2',
  'en/festival': 'translated 5',
  'ar/festival': 'translated 5',
  'en/inondations': 'translated 7',
  'ar/inondations': 'translated 7',
};

interface Step {
  revision: string;
  doc: string;
  /** Status after the source changed, before extract. */
  before: Record<string, string>;
  /** Status after extract. */
  after: Record<string, string>;
}

const STEPS: Step[] = [
  {
    revision: '1-correction',
    doc: 'inondations',
    before: { ...INITIAL, 'en/inondations': 'translated 5, stale 2', 'ar/inondations': 'translated 5, stale 2' },
    after: { ...INITIAL, 'en/inondations': 'translated 5, fuzzy 2', 'ar/inondations': 'translated 5, fuzzy 2' },
  },
  {
    revision: '2-added-paragraph',
    doc: 'conseil-municipal',
    before: {
      ...INITIAL,
      'en/inondations': 'translated 5, fuzzy 2',
      'ar/inondations': 'translated 5, fuzzy 2',
      'en/conseil-municipal': 'translated 7, missing 2',
      'ar/conseil-municipal': 'translated 5, untranslated 2, missing 2',
    },
    after: {
      ...INITIAL,
      'en/inondations': 'translated 5, fuzzy 2',
      'ar/inondations': 'translated 5, fuzzy 2',
      'en/conseil-municipal': 'translated 7, untranslated 2',
      'ar/conseil-municipal': 'translated 5, untranslated 4',
    },
  },
  {
    revision: '3-removed-quote',
    doc: 'festival',
    before: {
      ...INITIAL,
      'en/inondations': 'translated 5, fuzzy 2',
      'ar/inondations': 'translated 5, fuzzy 2',
      'en/conseil-municipal': 'translated 7, untranslated 2',
      'ar/conseil-municipal': 'translated 5, untranslated 4',
      'en/festival': 'translated 4, obsolete 1',
      'ar/festival': 'translated 4, obsolete 1',
    },
    after: {
      ...INITIAL,
      'en/inondations': 'translated 5, fuzzy 2',
      'ar/inondations': 'translated 5, fuzzy 2',
      'en/conseil-municipal': 'translated 7, untranslated 2',
      'ar/conseil-municipal': 'translated 5, untranslated 4',
      'en/festival': 'translated 4, obsolete 1',
      'ar/festival': 'translated 4, obsolete 1',
    },
  },
];

/** The project after each step: source revised (before), then extracted (after). */
const history = STEPS.map(() => ({ before: new Map() as Files, after: new Map() as Files }));
let files = committed();
STEPS.forEach((step, k) => {
  files = new Map(files).set(sourceFile(step.doc), read(`revisions/${step.revision}/${step.doc}.md`));
  history[k]!.before = files;
  files = extract(files);
  history[k]!.after = files;
});

/** Segment ID → source text, over all catalogs. */
function catalogTexts(state: Files): Map<string, string> {
  return new Map(DOCS.flatMap((doc) => parsePot(state.get(potFile(doc))!, potFile(doc)).map((e) => [e.id, e.text] as const)));
}

describe('the newsroom project', () => {
  it('has catalogs and PO files exactly as extract writes them for its sources', () => {
    const initial = committed();
    expect(extract(initial)).toEqual(initial);
  });

  it('starts with English complete and two Arabic list items untranslated', () => {
    expect(status(committed())).toEqual(INITIAL);
    expect(check(committed()).map((f) => `${f.rule} ${f.lang}/${f.doc}`)).toEqual(['untranslated ar/conseil-municipal', 'untranslated ar/conseil-municipal']);
  });

  describe.each(STEPS.map((step, k) => ({ ...step, k })))('revision $revision', ({ k, doc, before, after }) => {
    const previous = k === 0 ? committed() : history[k - 1]!.after;
    const { before: revised, after: extracted } = history[k]!;

    it('shows the drift before extract is run', () => {
      expect(status(revised)).toEqual(before);
    });

    it('shows the new states after extract', () => {
      expect(status(extracted)).toEqual(after);
    });

    it('keeps the ID of every sentence whose text did not change, in every article', () => {
      const old = catalogTexts(previous);
      const now = catalogTexts(extracted);
      const byText = new Map([...now].map(([id, text]) => [text, id]));
      for (const [id, text] of old) {
        if (byText.has(text)) expect(byText.get(text), text).toBe(id);
      }
    });

    it('changes only the files of the revised article', () => {
      for (const [path, text] of extracted) {
        if (!path.includes(doc)) expect(text, path).toBe(previous.get(path));
      }
    });

    it.skipIf(!HAS_MSGFMT)('writes files that msgfmt --check accepts', () => {
      for (const [path, text] of extracted) {
        if (path.endsWith('.md')) continue;
        expect(msgfmtCheck(text, path.split('/').at(-1)), path).toEqual({ status: 0, stderr: '' });
      }
    });
  });

  it('after the correction, keeps both translations of each corrected sentence as fuzzy, with the previous source', () => {
    const { before, after } = history[0]!;
    for (const lang of config.targetLangs) {
      const old = parsePo(committed().get(poFile('inondations', lang))!, 'x.po', lang);
      const fuzzy = parsePo(after.get(poFile('inondations', lang))!, 'x.po', lang).entries.filter((e) => e.fuzzy);
      expect(fuzzy.map((e) => e.previousSource)).toEqual([old.entries[0]!.source, old.entries[1]!.source]);
      expect(fuzzy.map((e) => e.target)).toEqual([old.entries[0]!.target, old.entries[1]!.target]);
      expect(fuzzy.every((e) => e.source.includes('treize'))).toBe(true);
    }
    const stale = check(before).filter((f) => f.rule === 'stale');
    expect(stale.map((f) => [f.lang, f.file, f.line])).toEqual([
      ['en', 'locales/en/inondations.po', 17],
      ['en', 'locales/en/inondations.po', 25],
      ['ar', 'locales/ar/inondations.po', 18],
      ['ar', 'locales/ar/inondations.po', 26],
    ]);
  });

  it('after the added paragraph, gives its two sentences new IDs and moves the list items without renaming them', () => {
    const catalog = parsePot(history[1]!.after.get(potFile('conseil-municipal'))!, 'x.pot');
    const old = parsePot(committed().get(potFile('conseil-municipal'))!, 'x.pot');
    expect(catalog.map((e) => e.id)).toEqual([...old.slice(0, 5).map((e) => e.id), catalog[5]!.id, catalog[6]!.id, ...old.slice(5).map((e) => e.id)]);
    expect(catalog.slice(7).map((e) => [e.block, e.line])).toEqual([[4, 14], [5, 15]]);
    expect(check(history[1]!.before).filter((f) => f.rule === 'missing').map((f) => f.message)).toEqual([
      expect.stringMatching(/"Le vote définitif aura lieu le 16 décembre\." is new in the source/),
      expect.stringMatching(/"Une association de contribuables a annoncé un recours\." is new/),
      expect.stringMatching(/"Le vote définitif/),
      expect.stringMatching(/"Une association/),
    ]);
  });

  it('after the removed quote, keeps its translations as obsolete entries at the end of the files', () => {
    for (const lang of config.targetLangs) {
      const text = history[2]!.after.get(poFile('festival', lang))!;
      const quote = parsePo(text, 'x.po', lang).entries.at(-1)!;
      expect(quote).toMatchObject({ obsolete: true, source: "« Le théâtre n'a jamais été aussi vivant », a confié un spectateur venu de Marseille." });
      expect(quote.target).toBe(parsePo(committed().get(poFile('festival', lang))!, 'x.po', lang).entries[3]!.target);
      expect(text).toContain(`#~ msgctxt "${quote.id}"`);
    }
    const obsolete = check(history[2]!.after).filter((f) => f.rule === 'obsolete');
    expect(obsolete.map((f) => [f.severity, f.lang, f.doc])).toEqual([['warning', 'en', 'festival'], ['warning', 'ar', 'festival']]);
  });

  it('loses no translation over the whole history', () => {
    const final = history.at(-1)!.after;
    for (const [path, text] of committed()) {
      if (!path.endsWith('.po')) continue;
      const lang = path.split('/')[1]!;
      const now = new Map(parsePo(final.get(path)!, path, lang).entries.map((e) => [e.id, e.target]));
      for (const entry of parsePo(text, path, lang).entries) expect(now.get(entry.id), `${path} ${entry.id}`).toBe(entry.target);
    }
  });
});
