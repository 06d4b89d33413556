// The JSON API of `tessera serve`, in-process: a real server on a free port over a temp copy of
// the sample project, called with fetch (and raw requests where fetch would tidy the request up).

import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePo, parsePot } from '../src/catalog/index.js';
import type {
  ConcordanceResponse,
  DocumentView,
  ErrorResponse,
  MatchesResponse,
  ProjectView,
  QaResponse,
  SaveResponse,
  TermsResponse,
  UpdateResponse,
} from '../src/serve/index.js';
import { startServer, type RunningServer } from '../src/serve/index.js';
import { REPO, read, write } from './support/cli.js';
import { largeMemoryTmx } from './support/large-memory.js';
import { HAS_MSGFMT, msgfmtCheck } from './fixtures/catalog/gettext-tools.js';
import { rawRequest } from './fixtures/serve/http.js';
import { AR_PO, DOC, GAPS, ID_426, ID_EXACT, sampleWithGaps } from './fixtures/serve/projects.js';

const FIXTURE_WEB = join(import.meta.dirname, 'fixtures', 'serve', 'web');

let root: string;
let server: RunningServer;

async function serve(dir: string, web = FIXTURE_WEB): Promise<RunningServer> {
  return startServer({ root: dir, webDir: web, port: 0 });
}

async function json<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, server.url), {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const doc = (): Promise<DocumentView> => json<DocumentView>(`/api/docs/${DOC}`).then((r) => r.body);

function save(id: string, body: { lang: string; target: string; fuzzy: boolean; version: string }) {
  return json<SaveResponse & { error?: string; message?: string; version: string; current?: { target: string } }>(`/api/docs/${DOC}/segments/${id}`, {
    method: 'PUT',
    body,
  });
}

beforeEach(async () => {
  root = sampleWithGaps();
  server = await serve(root);
});

afterEach(async () => {
  await server.close();
});

describe('reading', () => {
  it('lists the documents with their progress per language', async () => {
    const { status, body } = await json<ProjectView>('/api/project');
    expect(status).toBe(200);
    expect(body.langs).toEqual([
      { code: 'en', dir: 'ltr', name: 'English' },
      { code: 'ar', dir: 'rtl', name: 'Arabic' },
    ]);
    expect(body.docs.map((d) => d.name)).toEqual([DOC]);
    const [summary] = body.docs;
    expect(summary!.segments).toBe(14);
    expect(summary!.progress.find((p) => p.lang === 'en')).toMatchObject({ percent: 100, total: 14 });
    expect(summary!.progress.find((p) => p.lang === 'ar')).toMatchObject({ total: 14, counts: { translated: 11, untranslated: 3 } });
  });

  it('gives a document\'s segments in document order with their state, translation and PO line', async () => {
    const view = await doc();
    const catalog = parsePot(read(root, `locales/${DOC}.pot`), 'pot');
    expect(view.segments.map((s) => s.id)).toEqual(catalog.map((e) => e.id));
    expect(view.segments.map((s) => s.source)).toEqual(catalog.map((e) => e.text));
    const po = parsePo(read(root, AR_PO), AR_PO, 'ar');
    for (const segment of view.segments) {
      const entry = po.entries.find((e) => e.id === segment.id)!;
      expect(segment.targets.ar).toMatchObject({
        state: GAPS.includes(segment.id) ? 'untranslated' : 'translated',
        target: entry.target,
        line: entry.line,
      });
      expect(segment.targets.en!.state).toBe('translated');
    }
    expect(view.files.ar).toEqual({ path: AR_PO, version: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) });
    expect(view.drift).toEqual({ en: 0, ar: 0 });
  });

  it('shows stale segments (the French changed) before any extract, and updates them on request', async () => {
    write(root, `source-texts/${DOC}.md`, read(root, `source-texts/${DOC}.md`).replace('au moins 426 civils', 'au moins 450 civils'));
    const before = await doc();
    const segment = before.segments.find((s) => s.id === ID_426)!;
    expect(segment.targets.en).toMatchObject({ state: 'stale', poSource: expect.stringContaining('426 civils') });
    expect(segment.source).toContain('450 civils');
    expect(before.drift).toEqual({ en: 1, ar: 1 });

    const { status, body } = await json<UpdateResponse>(`/api/docs/${DOC}/update`, { method: 'POST', body: {} });
    expect(status).toBe(200);
    expect(body.written.sort()).toEqual([AR_PO, `locales/en/${DOC}.po`]);
    const after = await doc();
    expect(after.drift).toEqual({ en: 0, ar: 0 });
    expect(after.segments.find((s) => s.id === ID_426)!.targets.en).toMatchObject({
      state: 'fuzzy',
      previousSource: expect.stringContaining('426 civils'),
    });
  });

  it('answers 422 naming the file and line when a PO file is malformed', async () => {
    write(root, AR_PO, `${read(root, AR_PO)}\nmsgctxt "broken\n`);
    const { status, body } = await json<{ error: string; message: string; file: string; line: number }>(`/api/docs/${DOC}`);
    expect(status).toBe(422);
    expect(body).toMatchObject({ error: 'input', file: AR_PO, line: expect.any(Number) });
    expect(body.message).toMatch(new RegExp(`^${AR_PO}:\\d+: `));
  });
});

describe('helpers of the editor', () => {
  const SOURCE = "Ayant interrogé quelque 150 personnes, les experts d'AI ont constaté que 426 civils ont été tués.";
  it.each([
    { target: 'بعد مقابلة 150 شخصاً، وجد خبراء منظمة العفو الدولية أن 425 مدنياً قُتلوا.', rules: ['number-mismatch'] },
    { target: 'بعد مقابلة 150 شخصاً، وجد خبراء منظمة العفو الدولية أن 426 مدنياً قُتلوا.', rules: [] },
    { target: 'بعد مقابلة ١٥٠ شخصاً، وجد خبراء منظمة العفو الدولية أن ٤٢٦ مدنياً قُتلوا.', rules: [] },
    { target: '', rules: [] },
  ])('checks a pair live: $rules for "$target"', async ({ target, rules }) => {
    const { status, body } = await json<QaResponse>('/api/qa', { method: 'POST', body: { source: SOURCE, target, lang: 'ar' } });
    expect(status).toBe(200);
    expect(body.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(rules);
    if (rules.length) expect(body.findings[0]).toMatchObject({ lang: 'ar', span: { side: 'target', text: '425' } });
  });

  it('uses the project glossary in the live checks', async () => {
    const { body } = await json<QaResponse>('/api/qa', { method: 'POST', body: { source: 'Les terroristes de Daech.', target: 'الإرهابيون.', lang: 'ar' } });
    expect(body.findings.map((f) => f.rule)).toContain('term-mismatch');
  });

  it('gives the glossary terms of a sentence, and whether the translation holds them', async () => {
    const id = 's-2kyn1d'; // "Pour ce faire, les djihadistes ressemblaient de force à Mossoul des villageois…"
    const empty = await json<TermsResponse>(`/api/docs/${DOC}/segments/${id}/terms?lang=ar&target=`);
    expect(empty.body.glossary).toBe('locales/glossary.csv');
    expect(empty.body.terms.map((t) => [t.text, t.targets[0], t.found])).toEqual([
      ['djihadistes', 'جهادي', undefined],
      ['Mossoul', 'الموصل', undefined],
    ]);
    const target = encodeURIComponent('ولهذه الغاية، كان المقاتلون يحشدون قسراً في الموصل القرويين.');
    const partial = await json<TermsResponse>(`/api/docs/${DOC}/segments/${id}/terms?lang=ar&target=${target}`);
    expect(partial.body.terms.map((t) => [t.text, t.found])).toEqual([
      ['djihadistes', false],
      ['Mossoul', true],
    ]);
    const english = await json<TermsResponse>(`/api/docs/${DOC}/segments/${id}/terms?lang=en`);
    expect(english.body.terms.map((t) => t.targets)).toEqual([['jihadist', 'jihadists'], ['Mosul']]);
  });

  it('gives memory matches with score, kind, word diff and the target adapted to the segment\'s figures', async () => {
    const { status, body } = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_426}/matches?lang=ar`);
    expect(status).toBe(200);
    expect(body.memories).toEqual(['locales/ar/memory.tmx']);
    expect(body.matches).toHaveLength(1);
    const [match] = body.matches;
    expect(match).toMatchObject({ kind: 'fuzzy', penalties: ['numbers'], origin: 'locales/ar/memory.tmx', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(match!.score).toBeGreaterThanOrEqual(75);
    expect(match!.score).toBeLessThan(100);
    expect(match!.diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: '420' },
      { op: 'insert', text: '426' },
    ]);
    expect(match!.target).toContain('420 مدنياً');
    expect(match!.adapted).toContain('426 مدنياً');
    expect(match!.adapted).not.toContain('420');

    const exact = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=ar`);
    expect(exact.body.matches[0]).toMatchObject({ score: 100, kind: 'exact', diff: [{ op: 'equal' }] });
  });

  it('says why a match\'s figures are not adapted: the noun after 400 would change for 426', async () => {
    const original = read(root, 'locales/ar/memory.tmx');
    try {
      // 400 counts with a genitive singular (مدني), 426 with an accusative one (مدنياً).
      write(root, 'locales/ar/memory.tmx', original.replace('au moins 420 civils', 'au moins 400 civils').replace('420 مدنياً', '400 مدني'));
      const { body } = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_426}/matches?lang=ar`);
      expect(body.matches[0]).toMatchObject({ kind: 'fuzzy', notAdapted: 'the word after 400 in the target may have to change for 426' });
      expect(body.matches[0]!.adapted).toBe(body.matches[0]!.target);
    } finally {
      write(root, 'locales/ar/memory.tmx', original);
    }
  });

  it('lists a translation held in two memories once, with the other file', async () => {
    write(root, 'locales/ar/copy.tmx', read(root, 'locales/ar/memory.tmx'));
    try {
      const { body } = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=ar`);
      expect(body.memories).toEqual(['locales/ar/memory.tmx', 'locales/ar/copy.tmx']);
      expect(body.matches[0]).toMatchObject({ score: 100, origin: 'locales/ar/memory.tmx', alsoIn: ['locales/ar/copy.tmx'] });
      expect(body.matches.filter((m) => m.target === body.matches[0]!.target)).toHaveLength(1);
    } finally {
      rmSync(join(root, 'locales/ar/copy.tmx'));
    }
  });

  it('marks a match its memory says is not approved', async () => {
    const original = read(root, 'locales/ar/memory.tmx');
    try {
      write(root, 'locales/ar/memory.tmx', original.replace(/(<tu\b[^>]*>)/g, '$1<prop type="approved">no</prop>'));
      const { body } = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=ar`);
      expect(body.matches[0]).toMatchObject({ score: 100, kind: 'exact', notApproved: 'approved: no' });
      const found = await json<ConcordanceResponse>(`/api/concordance?lang=ar&q=${encodeURIComponent('Mossoul')}`);
      expect(found.body.hits.length).toBeGreaterThan(0);
      expect(found.body.hits.every((hit) => hit.notApproved === 'approved: no')).toBe(true);
      write(root, 'locales/ar/memory.tmx', original.replace(/(<tu\b[^>]*>)/g, '$1<prop type="x-ConfirmationLevel">ApprovedSignOff</prop>'));
      const approved = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=ar`);
      expect(approved.body.matches[0]).toMatchObject({ score: 100, approved: 'x-ConfirmationLevel: ApprovedSignOff' });
      expect(approved.body.matches[0]!.notApproved).toBeUndefined();
      const approvedHits = await json<ConcordanceResponse>(`/api/concordance?lang=ar&q=${encodeURIComponent('Mossoul')}`);
      expect(approvedHits.body.hits.every((hit) => hit.approved === 'x-ConfirmationLevel: ApprovedSignOff')).toBe(true);
    } finally {
      write(root, 'locales/ar/memory.tmx', original);
    }
    const { body } = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=ar`);
    expect(body.matches[0]!.notApproved).toBeUndefined();
    expect(body.matches[0]!.approved).toBeUndefined();
  });

  it('finds the memory entries holding a phrase, in the French or in the translation, with where it is', async () => {
    const enc = encodeURIComponent;
    const { status, body } = await json<ConcordanceResponse>(`/api/concordance?lang=ar&q=${enc('partie OUEST')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ memories: ['locales/ar/memory.tmx'], phrase: 'partie ouest', in: 'source', total: 1 });
    const [hit] = body.hits;
    expect(hit!.origin).toBe('locales/ar/memory.tmx');
    expect(hit!.spans.map(([s, e]) => hit!.source.slice(s, e))).toEqual(['partie ouest']);
    expect(hit!.target).toContain('الجزء الغربي');
    const target = await json<ConcordanceResponse>(`/api/concordance?lang=ar&in=target&q=${enc('منظمة العفو الدولية')}`);
    expect(target.body.total).toBeGreaterThan(0);
    for (const h of target.body.hits) expect(h.target.slice(h.spans[0]![0], h.spans[0]![1])).toBe('منظمة العفو الدولية');
    expect((await json<ConcordanceResponse>(`/api/concordance?lang=ar&q=Bagdad`)).body).toMatchObject({ total: 0, hits: [] });
    const refused = [`/api/concordance?lang=ar&q=%20`, `/api/concordance?lang=ar`, `/api/concordance?lang=ar&q=Mossoul&in=notes`, `/api/concordance?lang=de&q=Mossoul`];
    for (const path of refused) {
      const answer = await json<ErrorResponse>(path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.message, path).toMatch(/phrase to search for|in must be source or target|"lang" must be one of/);
    }
  });

  it('says "no memory" for a language without TMX files, and sees a memory added later', async () => {
    rmSync(join(root, 'locales/en/memory.tmx'), { force: true });
    const none = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_426}/matches?lang=en`);
    expect(none.body).toEqual({ memories: [], matches: [] });
    const arabic = read(root, 'locales/ar/memory.tmx');
    write(root, 'locales/en/memory.tmx', arabic.replaceAll('xml:lang="ar"', 'xml:lang="en"'));
    const later = await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_426}/matches?lang=en`);
    expect(later.body.memories).toEqual(['locales/en/memory.tmx']);
    expect(later.body.matches).toHaveLength(1);
  });

  it('indexes again only the memory file that changed, and drops a removed one', async () => {
    const own = read(root, 'locales/ar/memory.tmx');
    const imported = own.replace('au moins 420 civils', 'au moins 410 civils').replace('420 مدنياً', '410 مدنياً');
    const importedFile = join(root, 'locales/ar/imported.tmx');
    // A whole second: a file time set again to it reads back the same.
    const time = 1_700_000_000;
    write(root, 'locales/ar/imported.tmx', imported);
    utimesSync(importedFile, time, time);
    const targets = async () =>
      (await json<MatchesResponse>(`/api/docs/${DOC}/segments/${ID_426}/matches?lang=ar`)).body.matches.map((m) => [m.origin, m.target.match(/4\d\d/)?.[0]]);
    expect(await targets()).toEqual([
      ['locales/ar/memory.tmx', '420'],
      ['locales/ar/imported.tmx', '410'],
    ]);
    // The imported file's bytes change but not its size or time: its index is kept, not read again.
    writeFileSync(importedFile, 'x'.repeat(statSync(importedFile).size));
    utimesSync(importedFile, time, time);
    write(root, 'locales/ar/memory.tmx', own.replace('au moins 420 civils', 'au moins 430 civils').replace('420 مدنياً', '430 مدنياً'));
    expect(await targets()).toEqual([
      ['locales/ar/memory.tmx', '430'],
      ['locales/ar/imported.tmx', '410'],
    ]);
    rmSync(importedFile);
    expect(await targets()).toEqual([['locales/ar/memory.tmx', '430']]);
    write(root, 'locales/ar/memory.tmx', own);
  });
});

describe('saving', () => {
  const TRANSLATION = 'وبعد مقابلة نحو 150 شخصاً، رصد خبراء منظمة العفو الدولية 45 عملية قصف على مواقع داعش قُتل فيها ما لا يقل عن 426 مدنياً في الموصل.';

  it('writes the translation into the PO file, marked translated, and returns the new version and progress', async () => {
    const before = read(root, AR_PO);
    const view = await doc();
    const { status, body } = await save(ID_426, { lang: 'ar', target: TRANSLATION, fuzzy: false, version: view.files.ar!.version });
    expect(status).toBe(200);
    expect(body.segment.targets.ar).toMatchObject({ state: 'translated', target: TRANSLATION });
    expect(body.progress).toMatchObject({ lang: 'ar', counts: { translated: 12, untranslated: 2 } });
    expect(body.version).not.toBe(view.files.ar!.version);
    expect(body.version).toBe((await doc()).files.ar!.version);

    const text = read(root, AR_PO);
    const entry = parsePo(text, AR_PO, 'ar').entries.find((e) => e.id === ID_426)!;
    expect(entry).toMatchObject({ target: TRANSLATION, fuzzy: false, obsolete: false });
    // Only that entry changed: every other line of the file is as it was.
    const changed = diffLines(before, text);
    expect(changed.every((line) => line.includes('"') && !line.includes('msgctxt'))).toBe(true);
  });

  it('keeps the entry fuzzy when asked, and clears fuzzy and the previous source when saved as translated', async () => {
    write(root, `source-texts/${DOC}.md`, read(root, `source-texts/${DOC}.md`).replace('au moins 426 civils', 'au moins 450 civils'));
    await json(`/api/docs/${DOC}/update`, { method: 'POST', body: {} });
    const english = 'After interviewing some 150 people, AI experts recorded 45 strikes on Daesh positions, in which at least 450 civilians were killed.';
    let view = await doc();
    const first = await save(ID_426, { lang: 'en', target: english, fuzzy: true, version: view.files.en!.version });
    expect(first.body.segment.targets.en).toMatchObject({ state: 'fuzzy', previousSource: expect.stringContaining('426') });
    expect(read(root, `locales/en/${DOC}.po`)).toMatch(/#, fuzzy\n#\| msgid (?:".*"\n#\| )*".*426 civils/);

    view = await doc();
    const second = await save(ID_426, { lang: 'en', target: english, fuzzy: false, version: view.files.en!.version });
    expect(second.body.segment.targets.en).toMatchObject({ state: 'translated', target: english });
    expect(second.body.segment.targets.en!.previousSource).toBeUndefined();
    const entry = parsePo(read(root, `locales/en/${DOC}.po`), 'en.po', 'en').entries.find((e) => e.id === ID_426)!;
    expect(entry.fuzzy).toBe(false);
    expect(entry.previousSource).toBeUndefined();
  });

  it('creates the PO file of a language that has none yet', async () => {
    rmSync(join(root, AR_PO));
    const view = await doc();
    expect(view.files.ar!.version).toBe('absent');
    expect(view.drift.ar).toBe(14);
    const { status } = await save(ID_426, { lang: 'ar', target: TRANSLATION, fuzzy: false, version: 'absent' });
    expect(status).toBe(200);
    const po = parsePo(read(root, AR_PO), AR_PO, 'ar');
    expect(po.entries).toEqual([expect.objectContaining({ id: ID_426, target: TRANSLATION, fuzzy: false })]);
  });

  it.skipIf(!HAS_MSGFMT)('writes a file that msgfmt --check accepts', async () => {
    const view = await doc();
    await save(ID_426, { lang: 'ar', target: `${TRANSLATION}\n«سطر ثانٍ» و"اقتباس"\t\\`, fuzzy: false, version: view.files.ar!.version });
    const result = msgfmtCheck(read(root, AR_PO), 'ar.po');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses with 409 when the PO file changed on disk since the page loaded it, and writes nothing', async () => {
    const view = await doc();
    // Another translator (or a git pull) changes the file meanwhile.
    const theirs = read(root, AR_PO).replace(/(msgctxt "s-u6umln"\nmsgid (?:".*"\n)+)msgstr ""/, '$1msgstr "ترجمة زميل"');
    expect(theirs).not.toBe(read(root, AR_PO));
    write(root, AR_PO, theirs);

    const refused = await save(ID_426, { lang: 'ar', target: TRANSLATION, fuzzy: false, version: view.files.ar!.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('conflict');
    expect(refused.body.message).toContain(`${AR_PO} changed on disk since this page loaded it`);
    expect(refused.body.message).toContain('Nothing was saved');
    expect(refused.body.current).toMatchObject({ state: 'translated', target: 'ترجمة زميل' });
    expect(read(root, AR_PO)).toBe(theirs);

    // With the current version (after a reload) the save goes through.
    const again = await save(ID_426, { lang: 'ar', target: TRANSLATION, fuzzy: false, version: refused.body.version });
    expect(again.status).toBe(200);
    expect(parsePo(read(root, AR_PO), AR_PO, 'ar').entries.find((e) => e.id === ID_426)!.target).toBe(TRANSLATION);
  });

  it('refuses a segment the catalog does not know yet (added to the French since the last extract)', async () => {
    write(root, `source-texts/${DOC}.md`, `${read(root, `source-texts/${DOC}.md`)}\nUne phrase toute nouvelle.\n`);
    const view = await doc();
    const added = view.segments.at(-1)!;
    expect(added.targets.ar!.state).toBe('missing');
    const { status, body } = await save(added.id, { lang: 'ar', target: 'جملة جديدة.', fuzzy: false, version: view.files.ar!.version });
    expect(status).toBe(409);
    expect(body).toMatchObject({ error: 'drift', message: expect.stringContaining('Update the document first') });
  });
});

describe('bad requests', () => {
  it.each([
    { what: 'malformed JSON', body: '{"lang": "ar",', type: 'application/json', status: 400, error: 'bad-request', message: /not valid JSON/ },
    { what: 'a JSON array', body: '[]', type: 'application/json', status: 400, error: 'bad-request', message: /JSON object/ },
    { what: 'a missing field', body: '{"lang":"ar","fuzzy":false,"version":"x"}', type: 'application/json', status: 400, error: 'bad-request', message: /"target" must be a string/ },
    { what: 'a wrong type', body: '{"lang":"ar","target":"x","fuzzy":"yes","version":"x"}', type: 'application/json', status: 400, error: 'bad-request', message: /"fuzzy" must be true or false/ },
    { what: 'an unknown language', body: '{"lang":"de","target":"x","fuzzy":false,"version":"x"}', type: 'application/json', status: 400, error: 'bad-request', message: /en, ar/ },
    { what: 'a form post', body: 'target=x', type: 'application/x-www-form-urlencoded', status: 415, error: 'unsupported-media-type', message: /JSON/ },
    { what: 'a body over 64 KiB', body: JSON.stringify({ lang: 'ar', target: 'x'.repeat(70_000), fuzzy: false, version: 'x' }), type: 'application/json', status: 413, error: 'too-large', message: /64 KiB/ },
  ])('refuses $what with $status', async ({ body, type, status, error, message }) => {
    const before = read(root, AR_PO);
    const response = await rawRequest(server.url, {
      method: 'PUT',
      path: `/api/docs/${DOC}/segments/${ID_426}`,
      headers: { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.text)).toMatchObject({ error, message: expect.stringMatching(message) });
    expect(read(root, AR_PO)).toBe(before);
  });

  it('refuses an oversized body sent without Content-Length (chunked)', async () => {
    const response = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/qa',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ source: 'a', target: 'b'.repeat(100_000), lang: 'ar' }),
    });
    expect(response.status).toBe(413);
  });

  it.each([
    { path: `/api/docs/nope`, status: 404, error: 'not-found' },
    { path: `/api/docs/${DOC}/segments/s-nothere/terms?lang=ar`, status: 404, error: 'not-found' },
    { path: `/api/docs/${DOC}/segments/${ID_426}/matches?lang=xx`, status: 400, error: 'bad-request' },
    { path: '/api/nothing', status: 404, error: 'not-found' },
    { path: '/api/docs/%E0%A4%A', status: 400, error: 'bad-path' },
    { path: `/api/docs/..%2F..%2Fetc%2Fpasswd`, status: 404, error: 'not-found' },
  ])('answers $status for $path', async ({ path, status, error }) => {
    const response = await rawRequest(server.url, { path });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.text).error).toBe(error);
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const response = await rawRequest(server.url, { method: 'DELETE', path: `/api/docs/${DOC}/segments/${ID_426}` });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('PUT');
  });
});

describe('safety', () => {
  it('listens on loopback by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the page with a strict content security policy', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('fixture page');
    const css = await fetch(new URL('/app.css', server.url));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2E%2E%5C%2E%2E%5Cetc%5Cpasswd',
    '/.secret.html',
    '/index.html%00.css',
    '/%E0%A4%A',
    '/locales/ar/mossoul-2017.po',
    '/tessera.config.json',
    '/escape/passwd.html',
  ])('does not serve %s', async (path) => {
    const web = mkdtempSync(join(tmpdir(), 'tessera-web-'));
    cpSync(FIXTURE_WEB, web, { recursive: true });
    writeFileSync(join(web, '.secret.html'), 'secret');
    const outside = mkdtempSync(join(tmpdir(), 'tessera-outside-'));
    writeFileSync(join(outside, 'passwd.html'), 'outside');
    symlinkSync(outside, join(web, 'escape'));
    const own = await serve(root, web);
    try {
      const response = await rawRequest(own.url, { path });
      expect([400, 404]).toContain(response.status);
      expect(response.text).not.toMatch(/root:|secret|outside|msgctxt|targetLangs/);
    } finally {
      await own.close();
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await rawRequest(server.url, { path: '/api/project', headers: { Host: 'attacker.example:4400' } });
    expect(response.status).toBe(421);
    const ok = await rawRequest(server.url, { path: '/api/project', headers: { Host: `localhost:${server.port}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses changes sent by a page of another origin', async () => {
    const body = JSON.stringify({ source: 'a', target: 'b', lang: 'ar' });
    const response = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/qa',
      headers: { 'Content-Type': 'application/json', Origin: 'https://attacker.example', Host: `127.0.0.1:${server.port}` },
      body,
    });
    expect(response.status).toBe(403);
    const same = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/qa',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}`, Host: `127.0.0.1:${server.port}` },
      body,
    });
    expect(same.status).toBe(200);
  });
});

function diffLines(a: string, b: string): string[] {
  const left = a.split('\n');
  const right = new Set(b.split('\n'));
  return [...left.filter((line) => !right.has(line)), ...b.split('\n').filter((line) => !new Set(left).has(line))];
}

describe('a large memory', () => {
  // What the log says of one indexing of big.tmx: a line to start, one per step with the seconds so
  // far (not one per percent read), and one with the time it took.
  const STEPS = ['reading', 'mapping the units', 'normalizing the sources', 'grouping near duplicates', 'building the gram tables', 'signatures and histograms'];
  const INDEXED = /^tessera serve: indexed locales\/en\/big\.tmx in \d+\.\d s$/;
  const indexingLog = [
    'tessera serve: indexing locales/en/big.tmx (the index is kept in .cache/tessera/ for the next start)…',
    ...STEPS.map((step) => expect.stringMatching(new RegExp(`^tessera serve: indexing locales/en/big\\.tmx: ${step} \\(\\d+\\.\\d s\\)$`))),
    expect.stringMatching(INDEXED),
  ];
  const indexed = (lines: string[]) => lines.some((line) => INDEXED.test(line));

  it('is announced in the log while the first search indexes it, step by step, with the time it took', async () => {
    write(root, 'locales/en/big.tmx', largeMemoryTmx());
    const lines: string[] = [];
    const logged = await startServer({ root, webDir: FIXTURE_WEB, port: 0, log: (line) => lines.push(line) });
    try {
      const search = () => fetch(new URL('/api/concordance?lang=en&q=num%C3%A9ro%2012345', logged.url)).then((r) => r.json() as Promise<ConcordanceResponse>);
      expect((await search()).total).toBe(1);
      expect(lines).toEqual(indexingLog);
      await search();
      expect(lines).toHaveLength(indexingLog.length);
    } finally {
      await logged.close();
    }
  });

  // The worker runs the compiled code, which npm test builds before the tests.
  const INDEX_WORKER = pathToFileURL(join(REPO, 'lib', 'serve', 'index-worker.js'));
  const withWorker = (lines: string[]) => startServer({ root, webDir: FIXTURE_WEB, port: 0, log: (line) => lines.push(line), indexWorker: INDEX_WORKER });
  const getJson = (base: string, path: string) => fetch(new URL(path, base)).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  it.skipIf(!existsSync(INDEX_WORKER))('is indexed in a worker thread: other requests are answered meanwhile, searches wait for it together', async () => {
    write(root, 'locales/en/big.tmx', largeMemoryTmx());
    const lines: string[] = [];
    const worked = await withWorker(lines);
    try {
      const concordance = getJson(worked.url, '/api/concordance?lang=en&q=num%C3%A9ro%2012345');
      const matches = getJson(worked.url, `/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=en`);
      await expect.poll(() => lines.length).toBeGreaterThan(0);
      const project = await getJson(worked.url, '/api/project');
      // Answered while the worker indexes (on the server's thread, it waited for the index).
      expect(indexed(lines)).toBe(false);
      expect(project.status).toBe(200);
      expect((await concordance).body).toMatchObject({ total: 1, memories: ['locales/en/memory.tmx', 'locales/en/big.tmx'] });
      expect(((await matches).body.matches as unknown[]).length).toBeGreaterThan(0);
      // One worker for both searches, and its steps in the server's log.
      expect(lines).toEqual(indexingLog);
      // The worker's cache is what the server loaded: nothing is indexed again.
      await getJson(worked.url, '/api/concordance?lang=en&q=num%C3%A9ro%2012');
      expect(lines).toHaveLength(indexingLog.length);
    } finally {
      await worked.close();
    }
    // A server started later loads the cache the worker wrote, without indexing.
    const later: string[] = [];
    const again = await withWorker(later);
    try {
      expect((await getJson(again.url, '/api/concordance?lang=en&q=num%C3%A9ro%2012345')).body).toMatchObject({ total: 1 });
      expect(later).toEqual([]);
    } finally {
      await again.close();
    }
  }, 30_000);

  it.skipIf(!existsSync(INDEX_WORKER))('is indexed in the worker before an update pre-fills a new segment from it; documents are answered meanwhile', async () => {
    write(root, 'locales/en/big.tmx', largeMemoryTmx());
    const added = 'Phrase importée numéro 12345, avec assez de mots pour peser.';
    write(root, `source-texts/${DOC}.md`, `${read(root, `source-texts/${DOC}.md`)}\n${added}\n`);
    const lines: string[] = [];
    const worked = await withWorker(lines);
    try {
      const update = fetch(new URL(`/api/docs/${DOC}/update`, worked.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as UpdateResponse }),
      );
      await expect.poll(() => lines.length).toBeGreaterThan(0);
      const project = await getJson(worked.url, '/api/project');
      // Answered while the worker indexes.
      expect(indexed(lines)).toBe(false);
      expect(project.status).toBe(200);
      expect(await update).toMatchObject({ status: 200, body: { written: expect.arrayContaining([`locales/en/${DOC}.po`]) } });
      // Indexed once, by the worker: extract loaded its cache.
      expect(lines).toEqual(indexingLog);
      const filled = parsePo(read(root, `locales/en/${DOC}.po`), `locales/en/${DOC}.po`, 'en').entries.find((e) => e.source === added);
      expect(filled).toMatchObject({ target: 'Imported sentence number 12345, with enough words to weigh.' });
    } finally {
      await worked.close();
    }
  }, 30_000);

  it.skipIf(!existsSync(INDEX_WORKER))('that is malformed is reported from the worker as on the server\'s thread: 422, with its file and line', async () => {
    write(root, 'locales/en/big.tmx', largeMemoryTmx().replace('<tu tuid="b15000">', '<tu tuid="b15000"><tuv>'));
    const answers = [];
    for (const worker of [true, false]) {
      const started = worker ? await withWorker([]) : await serve(root);
      try {
        answers.push(await getJson(started.url, `/api/docs/${DOC}/segments/${ID_EXACT}/matches?lang=en`));
      } finally {
        await started.close();
      }
    }
    expect(answers[0]).toMatchObject({ status: 422, body: { error: 'input', file: 'locales/en/big.tmx', line: expect.any(Number) } });
    expect(answers[0]).toEqual(answers[1]);
  }, 30_000);
});
