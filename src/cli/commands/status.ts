import { segmentStates, summarize } from '../../catalog/index.js';
import { formatStatus, type StatusRow } from '../../report/index.js';
import { choice, colorOutput, type Command } from '../command.js';
import { documentNames, loadCatalog, loadPo, loadProject, projectRoot, selectLangs } from '../project.js';
import { loadDoc } from '../documents.js';

export const status: Command = {
  name: 'status',
  usage: 'status [DOC…] [--lang L] [--format text|json]',
  summary: 'Per document and language: how many segments are translated, fuzzy, untranslated, stale, missing, obsolete.',
  options: { lang: { type: 'string', short: 'l' }, format: { type: 'string', short: 'f' } },
  help: { lang: 'only these languages (comma-separated)', format: 'text (default) or json' },
  async run({ values, positionals }, io) {
    const format = choice(values, 'format', ['text', 'json'] as const, 'text');
    const project = loadProject(projectRoot(values, io));
    const langs = selectLangs(project, values);
    const rows: StatusRow[] = [];
    for (const doc of documentNames(project, positionals)) {
      const loaded = loadDoc(project, doc);
      const catalog = loadCatalog(project, doc) ?? [];
      for (const lang of langs) {
        const summary = summarize(segmentStates(catalog, loaded.segments, loadPo(project, doc, lang)));
        const { total, percent, ...counts } = summary;
        rows.push({ doc, lang, counts, total, percent });
      }
    }
    io.stdout.write(formatStatus(rows, format, { color: colorOutput(values, io) }));
    return 0;
  },
};
