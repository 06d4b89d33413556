import { alignSegments, NOT_ADAPTED_PREFIX, serializePo, serializePot, updateTranslations } from '../../catalog/index.js';
import { adaptFigures } from '../../memory/index.js';
import { pretranslate, type Prefill } from '../../memory/pretranslate.js';
import { createProgress } from '../../report/index.js';
import type { Command } from '../command.js';
import { writeFilesAtomically } from '../io.js';
import { bestMatch, indexingNotice, loadMemories, type LoadedMemories } from '../memories.js';
import { documentNames, loadCatalog, loadPo, loadProject, poPath, potPath, projectRoot } from '../project.js';
import { loadDoc } from '../documents.js';

export const extract: Command = {
  name: 'extract',
  usage: 'extract [DOC…]',
  summary:
    'Update the catalog and every language\'s PO file from the source articles.\n' +
    'Segments the articles, aligns them with the catalog (segment IDs survive edits), and writes\n' +
    'locales/<doc>.pot and every language\'s locales/<lang>/<doc>.po. Edited sentences keep their ID and\n' +
    'their translations become fuzzy with the previous source; deleted ones become obsolete (#~), never lost.\n' +
    'New segments are pre-filled from the translation memories (locales/<lang>/*.tmx): exact and in-context\n' +
    'matches as translated (tmExactAsTranslated in the config); fuzzy ones, those their memory marks as\n' +
    'not approved (approved=no, a Trados draft) and exact ones out of context that the memories translate\n' +
    'in more than one way as fuzzy, with the match noted;\n' +
    'a segment without words (a table cell "9", a year) is copied from the source.\n' +
    'A segment whose source changed only in its figures (426 → 450) gets them in its translation, still fuzzy.',
  options: { 'no-prefill': { type: 'boolean' } },
  help: { 'no-prefill': 'do not pre-fill new segments from the translation memories, nor adapt the figures of changed ones' },
  async run({ values, positionals }, io) {
    const project = loadProject(projectRoot(values, io));
    const { config } = project;
    const docs = documentNames(project, positionals);
    const progress = createProgress(io.stderr, { total: docs.length, label: 'extract', quiet: values.quiet === true });
    const files = new Map<string, string>();
    const lines: string[] = [];
    const memories = new Map<string, LoadedMemories>();
    const memoriesOf = (lang: string): LoadedMemories => {
      const loaded = memories.get(lang) ?? loadMemories(project, lang, { onIndex: indexingNotice(io.stderr, values.quiet === true) });
      memories.set(lang, loaded);
      return loaded;
    };
    const prefilled: Prefill[] = [];
    let refreshed = 0;
    let refused = 0;
    // A bad file stops the loop: the bar is erased first, so that the error starts its own line.
    try {
      for (const doc of docs) {
        const loaded = loadDoc(project, doc);
        const alignment = alignSegments(loadCatalog(project, doc) ?? [], loaded.segments);
        files.set(potPath(project, doc), serializePot(doc, loaded.sourceFile, alignment.entries, config.sourceLang));
        for (const lang of config.targetLangs) {
          const previous = loadPo(project, doc, lang);
          const adapt =
            values['no-prefill'] === true
              ? undefined
              : (target: string, from: string, to: string) => {
                  const figures = adaptFigures(to, from, target, config.sourceLang, lang);
                  return figures && 'adapted' in figures ? figures.adapted : figures;
                };
          let updated = updateTranslations(alignment, alignment.entries, previous, doc, lang, { adaptFigures: adapt });
          const before = new Map(previous?.entries.map((e) => [e.id, e.target]));
          refreshed += updated.entries.filter((e) => e.fuzzy && before.has(e.id) && before.get(e.id) !== e.target).length;
          const noted = new Map(previous?.entries.map((e) => [e.id, e.translatorComments]));
          refused += updated.entries.filter((e) => notAdapted(e.translatorComments) && notAdapted(e.translatorComments) !== notAdapted(noted.get(e.id))).length;
          if (values['no-prefill'] !== true && updated.entries.some((e) => !e.obsolete && e.target === '')) {
            const result = pretranslate(updated, (query) => bestMatch(memoriesOf(lang), query, lang, config.tmThreshold), {
              exactAsTranslated: config.tmExactAsTranslated,
            });
            updated = { ...updated, entries: result.po.entries };
            prefilled.push(...result.filled);
          }
          files.set(poPath(project, doc, lang), serializePo(updated, alignment.entries, { sourceFile: loaded.sourceFile }));
        }
        lines.push(
          `${doc}: ${alignment.entries.length} segments (${alignment.added.length} new, ${alignment.changed.length} changed, ${alignment.removed.length} removed)`,
        );
        progress.tick(doc);
      }
    } finally {
      progress.done();
    }
    // Everything is computed before anything is written: a bad file anywhere leaves all intact.
    const written = writeFilesAtomically(project.root, files);
    for (const loaded of memories.values()) loaded.keep();
    if (values.quiet !== true) {
      const matched = prefilled.filter((p) => p.kind !== 'copy');
      if (matched.length) {
        const fuzzy = matched.filter((p) => p.fuzzy).length;
        lines.push(`pre-filled ${matched.length} segment(s) from the translation memories (${matched.length - fuzzy} as translated, ${fuzzy} as fuzzy)`);
        const unapproved = matched.filter((p) => p.notApproved !== undefined).length;
        if (unapproved) lines.push(`${unapproved} of them from translations their memory marks as not approved (kept fuzzy)`);
        const ambiguous = matched.filter((p) => p.otherTranslations !== undefined).length;
        if (ambiguous) lines.push(`${ambiguous} of them exact matches the memories translate in more than one way (kept fuzzy)`);
      }
      const copied = prefilled.length - matched.length;
      if (copied) lines.push(`copied ${copied} segment(s) without words (numbers, codes) from the source`);
      if (refreshed) lines.push(`adapted the figures of ${refreshed} changed segment(s) to their new source (still fuzzy)`);
      if (refused) lines.push(`could not adapt the figures of ${refused} changed segment(s): their comment "${NOT_ADAPTED_PREFIX}…" says why`);
      io.stdout.write(`${lines.join('\n')}\n${written.length ? `updated ${written.join(', ')}` : 'nothing to update'}\n`);
    }
    return 0;
  },
};

/** The reason an entry's figures were not adapted, from its comments. */
function notAdapted(comments: string | undefined): string | undefined {
  return comments?.split('\n').find((line) => line.startsWith(NOT_ADAPTED_PREFIX));
}
