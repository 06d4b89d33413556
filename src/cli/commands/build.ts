import { join } from 'node:path';
import { alignedStates, alignSegments } from '../../catalog/index.js';
import { buildEdition, sourceBundle, StaleCatalogError } from '../../build/index.js';
import { stringFlag, type Command } from '../command.js';
import { writeFilesAtomically } from '../io.js';
import { documentNames, loadCatalog, loadPo, loadProject, projectRoot, selectLangs } from '../project.js';
import { loadDoc } from '../documents.js';

export const build: Command = {
  name: 'build',
  usage: 'build [DOC…] [--lang L] [--out dist] [--allow-incomplete]',
  summary:
    'Build the English and Arabic editions: Markdown, HTML and i18next bundles.\n' +
    'Writes dist/<lang>/<doc>.md, dist/<lang>/<doc>.html (lang and dir set, right-to-left for Arabic)\n' +
    'and dist/i18n/<lang>/<doc>.json (an i18next resource bundle, one namespace per document).\n' +
    'Only translated segments are published: a language with stale, missing, untranslated or fuzzy\n' +
    'segments is refused (exit 1, with their IDs) unless --allow-incomplete, which falls back to the\n' +
    'French segment marked lang="fr".',
  options: {
    lang: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
    'allow-incomplete': { type: 'boolean' },
  },
  help: {
    lang: 'only these languages (comma-separated)',
    out: 'output folder (default: dist)',
    'allow-incomplete': 'publish with French fallbacks for unpublishable segments',
  },
  async run({ values, positionals }, io) {
    const project = loadProject(projectRoot(values, io));
    const { config } = project;
    const out = stringFlag(values, 'out') ?? config.outDir;
    const allowIncomplete = values['allow-incomplete'] === true;
    const langs = selectLangs(project, values);
    const files = new Map<string, string>();
    const refused: string[] = [];
    const notes: string[] = [];
    for (const doc of documentNames(project, positionals)) {
      const loaded = loadDoc(project, doc);
      const catalog = loadCatalog(project, doc) ?? [];
      // The current source decides what is published; aligning it with the catalog gives the IDs.
      const entries = alignSegments(catalog, loaded.segments).entries;
      // The source-language bundle is the fallbackLng of websites that load the editions.
      files.set(join(out, 'i18n', config.sourceLang, `${doc}.json`), `${JSON.stringify(sourceBundle(entries), null, 2)}\n`);
      for (const lang of langs) {
        const po = loadPo(project, doc, lang);
        const rows = alignedStates(catalog, entries, po);
        const translations = new Map(rows.filter((r) => r.state === 'translated').map((r) => [r.id, r.target]));
        const blocking = rows.filter((r) => r.state !== 'translated' && r.state !== 'obsolete');
        if (blocking.length > 0 && !allowIncomplete) {
          refused.push(`${lang}/${doc}: ${blocking.length} segment(s) not publishable: ${blocking.map((r) => `${r.id} (${r.state})`).join(', ')}`);
          continue;
        }
        let edition;
        try {
          edition = buildEdition({
            doc,
            lang,
            sourceLang: config.sourceLang,
            markdown: loaded.markdown,
            segments: entries,
            translations,
            allowIncomplete,
            numberingSystem: config.numberingSystem[lang] ?? 'latn',
            ...(config.dateLocale[lang] !== undefined ? { dateLocale: config.dateLocale[lang] } : {}),
          });
        } catch (error) {
          if (!(error instanceof StaleCatalogError)) throw error;
          refused.push(`${lang}/${doc}: ${error.message}; run tessera extract`);
          continue;
        }
        files.set(join(out, lang, `${doc}.md`), edition.markdown);
        files.set(join(out, lang, `${doc}.html`), edition.html);
        files.set(join(out, 'i18n', lang, `${doc}.json`), `${JSON.stringify(edition.bundle, null, 2)}\n`);
        notes.push(`${lang}/${doc}${edition.fallbackIds.length ? ` (${edition.fallbackIds.length} French fallback segment(s))` : ''}`);
      }
    }
    writeFilesAtomically(project.root, files);
    if (values.quiet !== true && notes.length) io.stdout.write(`built ${notes.join(', ')} into ${out}/\n`);
    if (refused.length) {
      io.stderr.write(`tessera build: refused (use --allow-incomplete to publish with French fallbacks):\n${refused.map((r) => `  ${r}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  },
};
