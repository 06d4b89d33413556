import { relative, resolve } from 'node:path';
import { alignSegments } from '../../catalog/index.js';
import { InputError } from '../../errors.js';
import { choice, stringFlag, type Command } from '../command.js';
import { readText } from '../io.js';
import { loadCatalog, loadProject, projectRoot } from '../project.js';
import { segmentMarkdown } from '../documents.js';

export const segment: Command = {
  name: 'segment',
  usage: 'segment FILE [--lang fr] [--format text|json]',
  summary:
    'Print the sentence segments of a Markdown file, with their IDs.\n' +
    'Inside a project the IDs are the catalog\'s (after alignment); elsewhere they are minted for this run.',
  options: { lang: { type: 'string', short: 'l' }, format: { type: 'string', short: 'f' } },
  help: { lang: 'language of the file (default: the project\'s source language)', format: 'text (default) or json: [{"id","block","text"}]' },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new InputError('expected one FILE (see tessera segment --help)');
    const format = choice(values, 'format', ['text', 'json'] as const, 'text');
    const project = loadProject(projectRoot(values, io));
    const lang = stringFlag(values, 'lang') ?? project.config.sourceLang;
    const absolute = resolve(io.cwd, positionals[0] ?? '');
    const file = relative(project.root, absolute);
    const { segments } = segmentMarkdown(readText(project.root, file), file, lang);
    const inProject = file.startsWith(`${project.config.sourceDir}/`) && file.endsWith('.md');
    const doc = file.slice(project.config.sourceDir.length + 1, -'.md'.length);
    const previous = inProject && lang === project.config.sourceLang ? loadCatalog(project, doc) : undefined;
    const entries = alignSegments(previous ?? [], segments).entries;
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(entries.map((e) => ({ id: e.id, block: e.block, text: e.text })), null, 2)}\n`);
    } else {
      for (const e of entries) io.stdout.write(`${e.id}\t${e.block}\t${e.text}\n`);
    }
    return 0;
  },
};
