import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePo } from '../src/catalog/index.js';
import { memoryFiles, readMemory } from '../src/cli/memories.js';
import { loadProject } from '../src/cli/project.js';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';
import { memoryHeader, tmxFromEntries } from '../src/memory/index.js';
import type { TranslationEntry } from '../src/types.js';
import { editPo } from './support/sample-po.js';
import { read, sampleProject, snapshot, tessera, write } from './support/cli.js';
import { HAS_XMLLINT, validateTmxFile } from './support/tmx-dtd.js';


const FIGURE = "Ayant interrogé quelque 150 personnes, y compris des habitants de la partie ouest de Mossoul, les experts, les analystes et les spécialistes d'AI ont constaté 45 pilonnages sur les positions de Daech, où au moins 450 civils ont été tués.";

interface LookupJson {
  matches: Array<{ score: number; kind: string; target: string; adapted?: string; notAdapted?: string; tuid: string; origin: string; penalties: string[] }>;
}

/** Adds a sentence at the end of the sample article and extracts: what extract said, and the sentence's new English entry. */
async function extractWith(dir: string, sentence: string): Promise<{ stdout: string; fresh: TranslationEntry }> {
  write(dir, 'source-texts/mossoul-2017.md', `${read(dir, 'source-texts/mossoul-2017.md')}\n${sentence}\n`);
  const { code, stdout } = await tessera(['extract'], dir);
  expect(code).toBe(0);
  return { stdout, fresh: parsePo(read(dir, 'locales/en/mossoul-2017.po'), 'en.po', 'en').entries.find((e) => e.source === sentence)! };
}


describe('tessera tm', () => {
  it('the sample project has its own memories, and update is idempotent', async () => {
    const dir = sampleProject();
    const before = snapshot(dir);
    const { code, stdout } = await tessera(['tm', 'update'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('memories up to date\n');
    expect(snapshot(dir)).toEqual(before);
    for (const lang of ['en', 'ar']) expect(read(dir, `locales/${lang}/memory.tmx`).match(/<tu /g)).toHaveLength(14);
  });

  it('harvests a new approved translation, and never a fuzzy one', async () => {
    const dir = sampleProject();
    editPo(dir, 'en', (entries) => {
      const entry = entries.find((e) => e.target.includes('the Old City of Mosul, which'))!;
      entry.target = entry.target.replace('which', 'which at the time');
    });
    expect((await tessera(['tm', 'update'], dir)).stdout).toContain('locales/en/memory.tmx: 14 entries (0 added, 1 changed)');
    expect(read(dir, 'locales/en/memory.tmx')).toContain('which at the time');
    write(dir, 'source-texts/mossoul-2017.md', read(dir, 'source-texts/mossoul-2017.md').replace('426 civils', '450 civils'));
    await tessera(['extract'], dir);
    // The corrected segment is fuzzy now: the memory keeps the approved pair it had.
    expect((await tessera(['tm', 'update'], dir)).code).toBe(0);
    const memory = read(dir, 'locales/en/memory.tmx');
    expect(memory).toContain('au moins 426 civils ont été tués.</seg>');
    expect(memory).not.toContain('au moins 450 civils ont été tués.</seg>');
  });

  it("keeps every other entry of the memory in its place, and writes nothing when another language's memory is broken", async () => {
    const dir = sampleProject();
    // Entries update did not write: another document's, and one without an ID, with a prop of its own.
    const extra =
      '<tu tuid="s-old" creationdate="20200101T000000Z"><prop type="x-doc">autre</prop><tuv xml:lang="fr"><seg>Un autre texte.</seg></tuv><tuv xml:lang="en"><seg>Another text.</seg></tuv></tu>\n' +
      '<tu><prop type="x-origin">by hand</prop><tuv xml:lang="fr"><seg>Sans identifiant.</seg></tuv><tuv xml:lang="en"><seg>Without an ID.</seg></tuv></tu>\n' +
      // Units without a French–English pair, and one with two English targets: written back as they were.
      '<tu tuid="s-de"><tuv xml:lang="fr"><seg>Nur auf Deutsch.</seg></tuv><tuv xml:lang="de"><seg>Nur auf Deutsch.</seg></tuv></tu>\n' +
      '<tu tuid="s-fr"><note>à traduire</note><tuv xml:lang="fr"><seg>Pas encore traduit.</seg></tuv></tu>\n' +
      '<tu tuid="s-two"><tuv xml:lang="fr"><seg>Deux cibles.</seg></tuv><tuv xml:lang="en-GB"><seg>Two targets.</seg></tuv><tuv xml:lang="en-US"><seg>Two target languages.</seg></tuv></tu>\n';
    // And a header with a note and a prop of its own, as another tool may have written it.
    write(
      dir,
      'locales/en/memory.tmx',
      read(dir, 'locales/en/memory.tmx')
        .replace('<body>\n', `<body>\n${extra}`)
        .replace(/<header ([^>]*)\/>/, '<header $1>\n  <note>Desk memory, 2017.</note>\n  <prop type="x-owner">desk</prop>\n</header>'),
    );
    const entries = () => readMemory(loadProject(dir), 'locales/en/memory.tmx', 'en');
    const before = entries();
    editPo(dir, 'en', (po) => {
      const entry = po.find((e) => e.target.includes('the Old City of Mosul, which'))!;
      entry.target = entry.target.replace('which', 'which at the time');
    });
    const arabic = read(dir, 'locales/ar/memory.tmx');
    write(dir, 'locales/ar/memory.tmx', arabic.replace('</body>', '<tu></body>'));
    const untouched = snapshot(dir);
    const broken = await tessera(['tm', 'update'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/locales\/ar\/memory\.tmx:\d+/);
    expect(snapshot(dir)).toEqual(untouched);

    write(dir, 'locales/ar/memory.tmx', arabic);
    const { code, stdout } = await tessera(['tm', 'update'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('locales/en/memory.tmx: 18 entries (0 added, 1 changed)\n');
    expect(parseTmx(read(dir, 'locales/en/memory.tmx')).header).toMatchObject({ notes: [{ text: 'Desk memory, 2017.' }], props: [{ type: 'x-owner', value: 'desk' }] });
    const units = (xml: string) => parseTmx(xml).units.map(({ line: _line, ...unit }) => unit);
    const kept = (id: string) => (xml: string) => units(xml).filter((u) => u.tuid === id);
    for (const id of ['s-de', 's-fr', 's-two']) {
      expect(kept(id)(read(dir, 'locales/en/memory.tmx'))).toHaveLength(1);
      expect(kept(id)(read(dir, 'locales/en/memory.tmx'))).toEqual(kept(id)(`<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/><body>${extra}</body></tmx>`));
    }
    const after = entries();
    const changed = after.findIndex((e) => e.target.includes('which at the time'));
    expect(changed).toBeGreaterThan(1);
    expect(after.filter((_, i) => i !== changed)).toEqual(before.filter((_, i) => i !== changed));
    expect(after[changed]!.created).toBe(before[changed]!.created);
    expect(after.slice(0, 2).map((e) => [e.tuid, e.doc, e.props, e.target])).toEqual([
      ['s-old', 'autre', [], 'Another text.'],
      [undefined, undefined, [{ type: 'x-origin', value: 'by hand' }], 'Without an ID.'],
    ]);
  });

  it('copies the units it does not change byte for byte, however they were laid out, and writes a changed one in its place', async () => {
    const dir = sampleProject();
    const original = read(dir, 'locales/en/memory.tmx');
    // Laid out by hand: tabs, blank lines, attributes in another order.
    const first = original.slice(original.indexOf('<tu '), original.indexOf('</tu>') + '</tu>'.length);
    const relaid = original
      .replace(first, first.replaceAll('\n  <tuv', '\n\t<tuv').replace(/<tu (tuid="[^"]*") (creationdate="[^"]*")/, '<tu $2 $1'))
      .replaceAll('</tu>\n<tu ', '</tu>\n\n<tu ');
    write(dir, 'locales/en/memory.tmx', relaid);
    editPo(dir, 'en', (entries) => {
      const entry = entries.find((e) => e.target.includes('the Old City of Mosul, which'))!;
      entry.target = entry.target.replace('which', 'which at the time');
    });
    expect((await tessera(['tm', 'update'], dir)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
    const updated = read(dir, 'locales/en/memory.tmx');
    const unitOf = (xml: string, text: string) => {
      const at = xml.lastIndexOf('<tu ', xml.indexOf(text));
      return xml.slice(at, xml.indexOf('</tu>', at) + '</tu>'.length);
    };
    const before = unitOf(relaid, 'the Old City of Mosul, which');
    const after = unitOf(updated, 'which at the time');
    expect(updated).toBe(relaid.replace(before, after));
    expect(after).toMatch(/^<tu tuid="s-[a-z0-9]+" creationdate="\d{8}T\d{6}Z" changedate="\d{8}T\d{6}Z">\n/);
  });

  it('writes the same memory from a file it cannot copy as bytes (another declaration), unit by unit', async () => {
    const change = (dir: string) =>
      editPo(dir, 'en', (entries) => {
        const entry = entries.find((e) => e.target.includes('the Old City of Mosul, which'))!;
        entry.target = entry.target.replace('which', 'which at the time');
      });
    const copied = sampleProject();
    const rewritten = sampleProject();
    const declared = read(rewritten, 'locales/en/memory.tmx').replace('<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='utf-8'?>");
    write(rewritten, 'locales/en/memory.tmx', declared);
    for (const dir of [copied, rewritten]) {
      change(dir);
      expect((await tessera(['tm', 'update'], dir)).stdout).toBe('locales/en/memory.tmx: 14 entries (0 added, 1 changed)\n');
    }
    // Unit by unit, the file gets Tessera's declaration back; all else is the same, dates aside.
    const undated = (xml: string) => xml.replace(/changedate="\d{8}T\d{6}Z"/g, 'changedate=""');
    expect(undated(read(rewritten, 'locales/en/memory.tmx'))).toBe(undated(read(copied, 'locales/en/memory.tmx')));
  });

  it.skipIf(!HAS_XMLLINT)('writes memories that validate against the TMX 1.4 DTD', async () => {
    const dir = sampleProject();
    await tessera(['tm', 'update'], dir);
    const exported = await tessera(['tm', 'export', '--to', 'ar', '--out', 'all.tmx'], dir);
    expect(exported.code).toBe(0);
    for (const file of ['locales/en/memory.tmx', 'locales/ar/memory.tmx', 'all.tmx']) {
      expect(validateTmxFile(join(dir, file))).toEqual({ valid: true, output: '' });
    }
  });

  it('looks up a corrected figure and adapts the Arabic target', async () => {
    const { code, stdout } = await tessera(['tm', 'lookup', FIGURE, '--to', 'ar', '--format', 'json'], sampleProject());
    expect(code).toBe(0);
    const [best] = (JSON.parse(stdout) as LookupJson).matches;
    expect(best).toMatchObject({ kind: 'fuzzy', tuid: 's-u6umln', origin: 'locales/ar/memory.tmx', penalties: ['numbers'] });
    expect(best?.score).toBeGreaterThanOrEqual(75);
    expect(best?.target).toContain('426 مدنياً');
    expect(best?.adapted).toContain('450 مدنياً');
  });

  it('says why figures were not adapted: the Arabic noun after 426 would have to change for 400', async () => {
    const dir = sampleProject();
    const query = FIGURE.replace('450', '400');
    const json = await tessera(['tm', 'lookup', query, '--to', 'ar', '--format', 'json'], dir);
    const [best] = (JSON.parse(json.stdout) as LookupJson).matches;
    expect(best).toMatchObject({ kind: 'fuzzy', penalties: ['numbers'], notAdapted: 'the word after 426 in the target may have to change for 400' });
    expect(best?.adapted).toBeUndefined();
    const text = await tessera(['tm', 'lookup', query, '--to', 'ar'], dir);
    expect(text.stdout).toContain('(figures not adapted: the word after 426 in the target may have to change for 400; change them by hand)');
    // English has no such agreement: its target is adapted.
    const en = await tessera(['tm', 'lookup', query, '--to', 'en', '--format', 'json'], dir);
    expect((JSON.parse(en.stdout) as LookupJson).matches[0]?.adapted).toContain('at least 400 civilians');
  });

  it('shows the word diff in text, and answers a batch in one process as JSON lines', async () => {
    const dir = sampleProject();
    const text = await tessera(['tm', 'lookup', FIGURE, '--to', 'en'], dir);
    expect(text.stdout).toContain('au moins [-426-]{+450+} civils');
    expect(text.stdout).toContain('at least 450 civilians');
    write(dir, 'queries.txt', `${FIGURE}\nUne phrase sans rapport avec la mémoire.\n`);
    const batch = await tessera(['tm', 'lookup', '--batch', 'queries.txt', '--to', 'en', '--min', '80'], dir);
    const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as LookupJson & { query: string });
    expect(lines.map((l) => l.matches.length)).toEqual([1, 0]);
  });

  it('pre-fills new segments on extract: in-context as translated, fuzzy with adapted figures', async () => {
    const dir = sampleProject();
    const po = parsePo(read(dir, 'locales/en/mossoul-2017.po'), 'en.po', 'en');
    const lost = po.entries[4]!;
    // A translator's entry emptied by mistake comes back from the memory, in context.
    editPo(dir, 'en', (entries) => {
      entries[4]!.target = '';
    });
    const added = "Le 20 août 2017, l'armée irakienne a lancé l'assaut sur la vieille ville de Mossoul, qui était contrôlée par les djihadistes de Daech.";
    write(dir, 'source-texts/mossoul-2017.md', `${read(dir, 'source-texts/mossoul-2017.md')}\n${added}\n`);
    const { code, stdout } = await tessera(['extract'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('pre-filled 3 segment(s) from the translation memories (1 as translated, 2 as fuzzy)');
    const after = parsePo(read(dir, 'locales/en/mossoul-2017.po'), 'en.po', 'en').entries;
    const restored = after.find((e) => e.id === lost.id)!;
    expect(restored).toMatchObject({ target: lost.target, fuzzy: false });
    expect(restored.translatorComments).toMatch(/^tm: in-context match 101% from locales\/en\/memory\.tmx/);
    const fresh = after.find((e) => e.source === added)!;
    expect(fresh.fuzzy).toBe(true);
    expect(fresh.target).toBe('On 20 August 2017, the Iraqi army launched its assault on the Old City of Mosul, which was controlled by Daesh jihadists.');
    expect(fresh.translatorComments).toMatch(/^tm: fuzzy match \d+% from locales\/en\/memory\.tmx \(s-[a-z0-9]+\), figures adapted$/);
    expect((await tessera(['extract', '--no-prefill'], sampleProject())).code).toBe(0);
  });

  it('adapts the figures of a segment whose source changed only in them, on extract, still fuzzy', async () => {
    const dir = sampleProject();
    const source = read(dir, 'source-texts/mossoul-2017.md');
    write(dir, 'source-texts/mossoul-2017.md', source.replace('au moins 426 civils', 'au moins 450 civils').replace('lancée en octobre 2016', 'lancée en novembre 2016').replace('un dédale de petites rues', 'un dédale de ruelles'));
    const { code, stdout } = await tessera(['extract'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('mossoul-2017: 14 segments (0 new, 3 changed, 0 removed)');
    expect(stdout).toContain('adapted the figures of 4 changed segment(s) to their new source (still fuzzy)');
    const entries = (lang: string) => parsePo(read(dir, `locales/${lang}/mossoul-2017.po`), `${lang}.po`, lang).entries;
    const en = entries('en');
    const ar = entries('ar');
    const toll = (list: TranslationEntry[]) => list.find((e) => e.source.includes('450 civils'))!;
    expect(toll(en).fuzzy).toBe(true);
    expect(toll(en).translatorComments).toMatch(/^tm: figures adapted to the changed source; review before use\ntm: before: "After interviewing .* at least 426 civilians were killed\."$/);
    expect(toll(en).target).toContain('at least 450 civilians were killed');
    expect(toll(ar).target).toContain('ما لا يقل عن 450 مدنياً');
    const launch = (list: TranslationEntry[]) => list.find((e) => e.source.includes('novembre 2016'))!;
    expect(launch(en).target).toContain('launched in November 2016');
    expect(launch(ar).target).toContain('في تشرين الثاني/نوفمبر 2016');
    // A change in words: the translation stays as it was, fuzzy, for the translator to redo.
    const maze = en.find((e) => e.source.includes('dédale de ruelles'))!;
    expect(maze.fuzzy).toBe(true);
    expect(maze.translatorComments ?? '').not.toContain('figures adapted');
    expect(maze.target).toContain('a maze of narrow, densely populated streets');
    // Again: nothing left to adapt, nothing written.
    expect((await tessera(['extract'], dir)).stdout).toContain('nothing to update');
    // --no-prefill leaves the figures alone.
    const untouched = sampleProject();
    write(untouched, 'source-texts/mossoul-2017.md', source.replace('au moins 426 civils', 'au moins 450 civils'));
    await tessera(['extract', '--no-prefill'], untouched);
    expect(read(untouched, 'locales/en/mossoul-2017.po')).toContain('at least 426 civilians were killed');
  });

  it('says on extract why the figures of a changed segment were not adapted, where a noun would have to change', async () => {
    const dir = sampleProject();
    write(dir, 'source-texts/mossoul-2017.md', read(dir, 'source-texts/mossoul-2017.md').replace('au moins 426 civils', 'au moins 400 civils'));
    const run = await tessera(['extract'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('adapted the figures of 1 changed segment(s) to their new source (still fuzzy)');
    expect(run.stdout).toContain('could not adapt the figures of 1 changed segment(s): their comment "tm: figures not adapted: …" says why');
    const toll = (lang: string) => parsePo(read(dir, `locales/${lang}/mossoul-2017.po`), `${lang}.po`, lang).entries.find((e) => e.source.includes('400 civils'))!;
    expect(toll('en')).toMatchObject({ fuzzy: true });
    expect(toll('en').target).toContain('at least 400 civilians were killed');
    // 426 counts with an accusative singular (مدنياً), 400 with a genitive one (مدني).
    expect(toll('ar')).toMatchObject({ fuzzy: true, translatorComments: 'tm: figures not adapted: the word after 426 in the target may have to change for 400' });
    expect(toll('ar').target).toContain('ما لا يقل عن 426 مدنياً');
  });

  it('imports a memory from elsewhere and uses it', async () => {
    const dir = sampleProject();
    write(dir, 'incoming/agency.tmx', readFileSync(new URL('fixtures/tmx/okapi-rainbow_potest_en_fr.tmx', import.meta.url), 'utf8'));
    const imported = await tessera(['tm', 'import', 'incoming/agency.tmx'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported locales\/en\/agency\.tmx \(\d+ fr→en entries\)/);
    expect(read(dir, 'locales/en/agency.tmx')).toBe(read(dir, 'incoming/agency.tmx'));
    const json = JSON.parse((await tessera(['tm', 'lookup', 'Mossoul', '--to', 'en', '--format', 'json'], dir)).stdout) as { memories: string[] };
    expect(json.memories).toEqual(['locales/en/memory.tmx', 'locales/en/agency.tmx']);
  });

  it('keeps an exact match fuzzy on extract when the memories translate the sentence two ways, and says so', async () => {
    const dir = sampleProject();
    const added = 'Les secours ont fouillé les décombres toute la nuit.';
    const unit = (id: string, en: string) => `<tu tuid="${id}"><tuv xml:lang="fr"><seg>${added}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
    write(
      dir,
      'incoming/agency.tmx',
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/><body>' +
        unit('a-1', 'Rescuers searched the rubble all night.') +
        unit('a-2', 'Rescue workers combed through the debris overnight.') +
        '</body></tmx>',
    );
    expect((await tessera(['tm', 'import', 'incoming/agency.tmx', '--to', 'en'], dir)).code).toBe(0);
    const text = await tessera(['tm', 'lookup', added, '--to', 'en'], dir);
    expect(text.stdout).toMatch(/^100  exact  locales\/en\/agency\.tmx a-1  1 other translation$/m);
    const { stdout, fresh } = await extractWith(dir, added);
    expect(stdout).toContain('1 of them exact matches the memories translate in more than one way (kept fuzzy)');
    expect(fresh).toMatchObject({ target: 'Rescuers searched the rubble all night.', fuzzy: true });
    expect(fresh.translatorComments).toBe('tm: exact match 100% from locales/en/agency.tmx (a-1), one of 2 translations in the memories');
  });

  it('lists a translation held in two memories once, saying where else it is', async () => {
    const dir = sampleProject();
    write(dir, 'incoming/copy.tmx', read(dir, 'locales/en/memory.tmx'));
    expect((await tessera(['tm', 'import', 'incoming/copy.tmx', '--to', 'en'], dir)).code).toBe(0);
    const text = await tessera(['tm', 'lookup', FIGURE, '--to', 'en', '--limit', '2'], dir);
    expect(text.stdout).toMatch(/^ *9\d  fuzzy  locales\/en\/memory\.tmx (s-[a-z0-9]+), \d{4}-\d{2}-\d{2}  penalties: numbers\n {5}source: .*\n {5}also in: locales\/en\/copy\.tmx \1\n {5}target: /);
    // The second match is another suggestion, not the copy.
    expect(text.stdout.match(/^ *\d+  /gm)).toHaveLength(1);
    const json = JSON.parse((await tessera(['tm', 'lookup', FIGURE, '--to', 'en', '--format', 'json'], dir)).stdout) as { matches: Array<{ origin: string; tuid: string; alsoIn: Array<{ origin: string; tuid: string }> }> };
    expect(json.matches).toHaveLength(1);
    expect(json.matches[0]!.alsoIn).toEqual([{ origin: 'locales/en/copy.tmx', tuid: json.matches[0]!.tuid }]);
  });

  it('ranks a translation its memory marks as approved first at the same score, and says so in lookups', async () => {
    const dir = sampleProject();
    const added = 'Les secours ont fouillé les décombres toute la nuit.';
    const unit = (level: string, date: string, target: string) =>
      `<tu creationdate="${date}"><prop type="x-ConfirmationLevel">${level}</prop><tuv xml:lang="fr-FR"><seg>${added}</seg></tuv><tuv xml:lang="en-GB"><seg>${target}</seg></tuv></tu>`;
    // The unreviewed translation is the newer and comes first in the file: only the mark ranks the signed-off one first.
    write(
      dir,
      'incoming/studio.tmx',
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="fr-FR" datatype="xml"/><body>' +
        unit('Translated', '20260101T000000Z', 'Rescuers combed the rubble all night.') +
        unit('ApprovedSignOff', '20250101T000000Z', 'Rescuers searched the rubble all night.') +
        '</body></tmx>',
    );
    expect((await tessera(['tm', 'import', 'incoming/studio.tmx', '--to', 'en'], dir)).code).toBe(0);
    const text = await tessera(['tm', 'lookup', added, '--to', 'en'], dir);
    expect(text.stdout).toMatch(/^100  exact  locales\/en\/studio\.tmx, 2025-01-01  approved \(x-ConfirmationLevel: ApprovedSignOff\)  1 other translation\n {5}source: .*\n {5}target: Rescuers searched the rubble all night\.$/m);
    const json = JSON.parse((await tessera(['tm', 'lookup', added, '--to', 'en', '--format', 'json'], dir)).stdout) as {
      matches: Array<{ target: string; approved: string | null; notApproved: string | null }>;
    };
    expect(json.matches.map((m) => [m.target, m.approved, m.notApproved])).toEqual([
      ['Rescuers searched the rubble all night.', 'x-ConfirmationLevel: ApprovedSignOff', null],
      ['Rescuers combed the rubble all night.', null, null],
    ]);
    const hits = JSON.parse((await tessera(['tm', 'concordance', 'décombres', '--to', 'en', '--format', 'json'], dir)).stdout) as { hits: Array<{ approved: string | null }> };
    expect(hits.hits.map((hit) => hit.approved).sort()).toEqual(['x-ConfirmationLevel: ApprovedSignOff', null].sort());
  });

  it("keeps a translation its memory marks as not approved fuzzy on extract, and says so in lookups", async () => {
    const dir = sampleProject();
    const added = 'Les secours ont fouillé les décombres toute la nuit.';
    const unit = (level: string, target: string) =>
      `<tu creationdate="20250101T000000Z"><prop type="x-ConfirmationLevel">${level}</prop><tuv xml:lang="fr-FR"><seg>${added}</seg></tuv><tuv xml:lang="en-GB"><seg>${target}</seg></tuv></tu>`;
    // As Trados Studio exports a memory: a draft beside a confirmed translation of a near sentence.
    write(
      dir,
      'incoming/studio.tmx',
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="fr-FR" datatype="xml"/><body>' +
        unit('Draft', 'Rescuers searched the rubble all night (draft).') +
        unit('Translated', 'Rescuers searched the rubble all night long.').replace(`${added}</seg>`, `${added.replace('toute la nuit', 'toute la nuit durant')}</seg>`) +
        '</body></tmx>',
    );
    expect((await tessera(['tm', 'import', 'incoming/studio.tmx', '--to', 'en'], dir)).code).toBe(0);
    const text = await tessera(['tm', 'lookup', added, '--to', 'en'], dir);
    expect(text.stdout).toMatch(/^100  exact  locales\/en\/studio\.tmx, 2025-01-01  not approved \(x-ConfirmationLevel: Draft\)$/m);
    const json = JSON.parse((await tessera(['tm', 'lookup', added, '--to', 'en', '--format', 'json'], dir)).stdout) as {
      matches: Array<{ score: number; notApproved: string | null; created: string | null; changed: string | null }>;
    };
    expect(json.matches.map((m) => [m.score, m.notApproved, m.created, m.changed])).toEqual([
      [100, 'x-ConfirmationLevel: Draft', '20250101T000000Z', null],
      [expect.any(Number), null, '20250101T000000Z', null],
    ]);
    const found = await tessera(['tm', 'concordance', 'décombres', '--to', 'en', '--no-color'], dir);
    expect(found.stdout).toContain('\nlocales/en/studio.tmx  not approved (x-ConfirmationLevel: Draft)\n  source: Les secours ont fouillé les ⟦décombres⟧ toute la nuit.\n');
    const hits = JSON.parse((await tessera(['tm', 'concordance', 'décombres', '--to', 'en', '--format', 'json'], dir)).stdout) as { hits: Array<{ notApproved: string | null }> };
    expect(hits.hits.map((hit) => hit.notApproved)).toEqual(['x-ConfirmationLevel: Draft', null]);
    const { stdout, fresh } = await extractWith(dir, added);
    expect(stdout).toContain('1 of them from translations their memory marks as not approved (kept fuzzy)');
    expect(fresh).toMatchObject({ target: 'Rescuers searched the rubble all night (draft).', fuzzy: true });
    expect(fresh.translatorComments).toBe('tm: exact match 100% from locales/en/studio.tmx, not approved there (x-ConfirmationLevel: Draft)');
  });

  const refusals: Array<[string, string, string, RegExp]> = [
    ['malformed TMX', 'bad.tmx', '<tmx version="1.4">\n<header/>\n<body><tu><tuv xml:lang="fr"><seg>a</tuv></tu></body></tmx>', /bad\.tmx:3: /],
    ['a memory without French', 'de.tmx', '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>', /de\.tmx: no fr→en\/ar pairs in this memory \(languages found: en, de\)/],
    ['the reserved name', 'memory.tmx', '<tmx version="1.4"/>', /memory\.tmx is the name of the project's own memory/],
  ];
  it.each(refusals)('refuses %s with exit 2 and writes nothing', async (_, name, content, message) => {
    const dir = sampleProject();
    write(dir, name, content);
    const before = snapshot(dir);
    const { code, stderr } = await tessera(['tm', 'import', name], dir);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('needs an action and a language', async () => {
    expect((await tessera(['tm'], sampleProject())).code).toBe(2);
    expect((await tessera(['tm', 'lookup', 'x'], sampleProject())).stderr).toContain('--to L is required');
    expect((await tessera(['tm', 'lookup', 'x', '--to', 'de'], sampleProject())).stderr).toContain('unknown language "de"');
  });
});

describe('tessera tm lookup, text', () => {
  it('shows control characters of a memory as escapes, never raw on the terminal', async () => {
    const dir = sampleProject();
    const file = 'locales/en/memory.tmx';
    // A bidi override and a C1 control sequence (CSI), which XML allows and a terminal obeys.
    write(dir, file, read(dir, file).replace('On 18 June 2017, the Iraqi army', 'On 18 June 2017, the \u202EIraqi\u009B2J army'));
    const query = "Le 18 juin 2017, l'armée irakienne a lancé l'assaut sur la vieille ville de Mossoul, qui était contrôlée par les djihadistes de Daech.";
    const { code, stdout } = await tessera(['tm', 'lookup', query, '--to', 'en'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('the \\u202eIraqi\\u009b2J army');
    expect(stdout).not.toMatch(/[\u202e\u009b]/);
  });
});

describe('tessera tm concordance', () => {
  interface ConcordanceJson {
    phrase: string;
    in: string;
    total: number;
    hits: Array<{ source: string; target: string; spans: Array<[number, number]>; wholeWords: boolean; tuid: string; origin: string }>;
  }

  it('shows how a name was translated before, the phrase marked, in text and JSON', async () => {
    const dir = sampleProject();
    const text = await tessera(['tm', 'concordance', 'vieille VILLE', '--to', 'en', '--limit', '1', '--no-color'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1 of 2 entries contain "vieille ville" in the source \(locales\/en\/memory\.tmx\)\n\nlocales\/en\/memory\.tmx s-\w+\n/);
    expect(text.stdout).toContain("  source: Le 18 juin 2017, l'armée irakienne a lancé l'assaut sur la ⟦vieille ville⟧ de Mossoul,");
    expect(text.stdout).toContain('  target: On 18 June 2017, the Iraqi army launched its assault on the Old City of Mosul,');
    const json = JSON.parse((await tessera(['tm', 'concordance', 'vieille ville', '--to', 'en', '--format', 'json'], dir)).stdout) as ConcordanceJson;
    expect(json).toMatchObject({ phrase: 'vieille ville', in: 'source', total: 2 });
    for (const hit of json.hits) {
      expect(hit.spans.map(([s, e]) => hit.source.slice(s, e).toLowerCase())).toContain('vieille ville');
      expect(hit.origin).toBe('locales/en/memory.tmx');
    }
  });

  it('searches the Arabic target, and colours the phrase on a terminal', async () => {
    const dir = sampleProject();
    const json = JSON.parse((await tessera(['tm', 'concordance', 'منظمة العفو الدولية', '--to', 'ar', '--in', 'target', '--format', 'json'], dir)).stdout) as ConcordanceJson;
    expect(json.total).toBeGreaterThan(0);
    expect(json.hits.every((h) => h.spans.length > 0 && h.target.slice(h.spans[0]![0], h.spans[0]![1]) === 'منظمة العفو الدولية')).toBe(true);
    const colored = await tessera(['tm', 'concordance', 'Amnesty International', '--to', 'en'], dir, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(colored.stdout).toMatch(/\u001b\[1m\u001b\[33mAmnesty International\u001b\[39m\u001b\[22m/);
    expect(colored.stdout).not.toContain('⟦');
  });

  it('says when nothing contains the phrase', async () => {
    const { code, stdout } = await tessera(['tm', 'concordance', 'Bagdad', '--to', 'en'], sampleProject());
    expect(code).toBe(0);
    expect(stdout).toBe('0 entries contain "bagdad" in the source (locales/en/memory.tmx)\n');
  });

  const refusals: Array<[string, string[], RegExp]> = [
    ['an empty phrase', ['tm', 'concordance', ' ', '--to', 'en'], /the PHRASE to search for is empty/],
    ['no phrase', ['tm', 'concordance', '--to', 'en'], /expected one PHRASE/],
    ['an unknown side', ['tm', 'concordance', 'Mossoul', '--to', 'en', '--in', 'notes'], /--in must be one of source, target, not "notes"/],
    ['an empty lookup', ['tm', 'lookup', '', '--to', 'en'], /the TEXT to look up is empty/],
  ];
  it.each(refusals)('refuses %s with exit 2', async (_, args, message) => {
    const { code, stderr, stdout } = await tessera(args, sampleProject());
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});

describe('tessera tm export', () => {
  // A second memory, in UTF-16 as Trados writes it.
  const imported = (dir: string): void => {
    const memory = read(dir, 'locales/en/memory.tmx').replaceAll('tuid="s-', 'tuid="trados-').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    writeFileSync(join(dir, 'locales/en/trados.tmx'), Buffer.from(`\uFEFF${memory}`, 'utf16le'));
  };

  it('streams every memory of the language into one TMX: the same document as all entries serialized at once', async () => {
    const dir = sampleProject();
    imported(dir);
    const project = loadProject(dir);
    const entries = memoryFiles(project, 'en').flatMap((file) => readMemory(project, file, 'en'));
    expect(entries.length).toBe(28);
    const whole = serializeTmx(tmxFromEntries(entries, memoryHeader('fr')));
    const printed = await tessera(['tm', 'export', '--to', 'en'], dir);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(whole);
    const written = await tessera(['tm', 'export', '--to', 'en', '--out', 'all.tmx'], dir);
    expect(written.stdout).toBe('wrote 28 entries to all.tmx\n');
    expect(read(dir, 'all.tmx')).toBe(whole);
  });

  it('stops at a broken memory with nothing printed or written, and no temp file left', async () => {
    const dir = sampleProject();
    imported(dir);
    write(dir, 'locales/en/z-broken.tmx', read(dir, 'locales/en/memory.tmx').replace('</tu>', '</tuv>'));
    const before = snapshot(dir);
    for (const args of [[], ['--out', 'all.tmx'], ['--out', 'new/folder/all.tmx']]) {
      const { code, stdout, stderr } = await tessera(['tm', 'export', '--to', 'en', ...args], dir);
      expect(stderr).toMatch(/^tessera tm: locales\/en\/z-broken\.tmx:\d+: /);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(snapshot(dir)).toEqual(before);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });
});
