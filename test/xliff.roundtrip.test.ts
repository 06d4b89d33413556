// Round trips through a CAT tool, simulated by string edits on the exported XML as a
// translator's tool makes them: fill a target and confirm it, confirm a fuzzy target after
// editing it, move codes around, rewrite the file's layout. Reading the file back must give
// exactly the PO's translations plus these edits.
import { describe, expect, it } from 'vitest';
import { exportXliff, parseXliff, planImport, type AcceptedSegment } from '../src/formats/xliff/index.js';
import type { SegmentState, TranslationFile } from '../src/types.js';
import { DOC, entries, exportInput, ORIGINAL, states, translations } from './fixtures/xliff/catalog.js';
import { schemaErrors } from './fixtures/xliff/validate.js';

/** Replaces exactly one occurrence of `from` in `xml`. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`${String(from)} occurs ${count} times`);
  return xml.replace(from, to);
}

interface TranslatorEdits {
  /** Target typed for the untranslated s-l4. */
  filled: string;
  /** Fuzzy s-p1b, corrected with its two codes swapped, as XLIFF and as block text. */
  corrected: { xml: string; text: string };
}

const EDITS: Record<'en' | 'ar', TranslatorEdits> = {
  en: {
    filled: 'At least 426 civilians were killed.',
    corrected: {
      xml: 'On <pc id="2" dataRefStart="d2" dataRefEnd="d2-end" type="link">AI&apos;s website</pc>, the report <ph id="3" dataRef="d3"/> was published &amp; picked up by the press.',
      text: "On <2>AI's website</2>, the report <3/> was published &amp; picked up by the press.",
    },
  },
  ar: {
    filled: 'قُتل ما لا يقل عن 426 مدنيا.',
    corrected: {
      xml: 'على <pc id="2" dataRefStart="d2" dataRefEnd="d2-end" type="link">موقع المنظمة</pc> نُشر التقرير <ph id="3" dataRef="d3"/> &amp; تناقلته الصحافة.',
      text: 'على <2>موقع المنظمة</2> نُشر التقرير <3/> &amp; تناقلته الصحافة.',
    },
  },
};

/** What a translator's tool does to the exported file. */
function translate(xml: string, edits: TranslatorEdits): string {
  let out = edit(
    xml,
    /<segment id="s-l4" state="initial">(\s*)<source>([^<]*)<\/source>/,
    `<segment id="s-l4" state="translated">$1<source>$2</source>$1<target>${edits.filled}</target>`,
  );
  out = edit(out, '<segment id="s-p1b" state="initial" subState="tessera:fuzzy">', '<segment id="s-p1b" state="translated">');
  out = edit(out, /(<segment id="s-p1b"[\s\S]*?<target>)[\s\S]*?(<\/target>)/, `$1${edits.corrected.xml}$2`);
  return out;
}

/** The PO's translations after merging `accepted`, as the CLI does: id → [target, fuzzy, flags]. */
function merge(po: TranslationFile, accepted: readonly AcceptedSegment[]): Map<string, [string, boolean, string[]]> {
  const result = new Map(
    po.entries.filter((e) => !e.obsolete && e.target).map((e) => [e.id, [e.target, e.fuzzy, e.flags ?? []] as [string, boolean, string[]]]),
  );
  for (const a of accepted) result.set(a.id, [a.target, a.fuzzy, a.reviewFlags]);
  return result;
}

describe.each(['en', 'ar'] as const)('round trip through a CAT tool (%s)', (lang) => {
  const exported = exportXliff(exportInput(lang));
  const returned = translate(exported, EDITS[lang]);
  const plan = planImport(parseXliff(returned, `mossoul-${lang}.xlf`), new Map([[DOC, entries]]), lang);

  it('the edited file is still valid XLIFF 2.0', async () => {
    expect(await schemaErrors(returned)).toEqual([]);
  });

  it('an untouched export gives back exactly the PO translations', () => {
    const unchanged = planImport(parseXliff(exported, 'x.xlf'), new Map([[DOC, entries]]), lang);
    const po = translations[lang];
    const expected = merge(po, []);
    expected.set('s-l3', [po.entries.find((e) => e.id === 's-l3')?.target ?? '', true, []]);
    expect(merge(po, unchanged.accepted)).toEqual(expected);
  });

  it('gives the PO translations plus the edits, and nothing else changes', () => {
    const po = translations[lang];
    const expected = merge(po, []);
    expected.set('s-l4', [EDITS[lang].filled, false, []]);
    expected.set('s-p1b', [EDITS[lang].corrected.text, false, []]);
    // The stale target comes back as a draft to review against the new source.
    expected.set('s-l3', [po.entries.find((e) => e.id === 's-l3')?.target ?? '', true, []]);
    expect(plan.refused).toEqual([]);
    expect(merge(po, plan.accepted)).toEqual(expected);
  });

  it("keeps the translator's order of the codes", () => {
    expect(plan.accepted.find((a) => a.id === 's-p1b')?.target).toBe(EDITS[lang].corrected.text);
  });

  it('reads the file the same after a tool rewrites its layout and adds attributes', () => {
    const rewritten = returned
      .replace(/\n\s*/g, '\n\t\t')
      .replace(/<target>/g, `<target xml:lang="${lang}">`)
      .replace(/<source>/g, '<source xml:lang="fr">')
      .replace('<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='utf-8' standalone='yes'?>");
    expect(rewritten).not.toBe(returned);
    expect(planImport(parseXliff(rewritten, `mossoul-${lang}.xlf`), new Map([[DOC, entries]]), lang)).toEqual(plan);
  });

  it('re-exports the merged translations as confirmed, valid XLIFF', async () => {
    const merged = merge(translations[lang], plan.accepted);
    const po: TranslationFile = {
      ...translations[lang],
      entries: entries.map((e) => {
        const [target, fuzzy, flags] = merged.get(e.id) ?? ['', false, []];
        return { id: e.id, source: e.text, target, fuzzy, flags, obsolete: false };
      }),
    };
    const nextStates = new Map<string, SegmentState>([...states, ['s-l4', 'translated'], ['s-p1b', 'translated'], ['s-l3', 'fuzzy']]);
    const again = exportXliff({
      srcLang: 'fr',
      trgLang: lang,
      documents: [{ doc: DOC, original: ORIGINAL, entries, translations: po, states: nextStates }],
    });
    expect(await schemaErrors(again)).toEqual([]);
    const segments = parseXliff(again, 'again.xlf').files.flatMap((f) => f.segments);
    expect(segments.find((s) => s.id === 's-l4')).toMatchObject({ target: EDITS[lang].filled, state: 'translated' });
    expect(segments.find((s) => s.id === 's-p1b')).toMatchObject({ target: EDITS[lang].corrected.text, state: 'translated' });
  });
});
