import { checkPair, RULES } from '../../qa/index.js';
import { exitCodeFor, formatFindings } from '../../report/index.js';
import { InputError } from '../../errors.js';
import { choice, colorOutput, stringFlag, type Command } from '../command.js';
import { loadProject, projectRoot } from '../project.js';
import { VERSION } from '../version.js';
import { loadGlossary } from './check.js';

export const qa: Command = {
  name: 'qa',
  usage: 'qa --from fr --to L --source S --target T [--format text|json]',
  summary:
    'Run the quality checks on one sentence pair, for editors\' integrations.\n' +
    'Uses the project\'s glossary when run inside a project. Exit 1 when the pair has an error.',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string', short: 's' },
    target: { type: 'string', short: 't' },
    format: { type: 'string', short: 'f' },
  },
  help: {
    from: 'source language (default: the project\'s)',
    to: 'target language',
    source: 'source sentence',
    target: 'translated sentence',
    format: 'text (default) or json',
  },
  async run({ values }, io) {
    const format = choice(values, 'format', ['text', 'json'] as const, 'text');
    const project = loadProject(projectRoot(values, io));
    const to = stringFlag(values, 'to');
    const source = stringFlag(values, 'source');
    const target = stringFlag(values, 'target');
    if (!to || source === undefined || target === undefined) throw new InputError('--to, --source and --target are required (see tessera qa --help)');
    const from = stringFlag(values, 'from') ?? project.config.sourceLang;
    const findings = checkPair({ source, target, sourceLang: from, targetLang: to }, { glossary: loadGlossary(project) }).map((f) => ({ ...f, lang: to }));
    const color = colorOutput(values, io);
    io.stdout.write(formatFindings(findings, format, { color, rules: RULES, toolVersion: VERSION }));
    return exitCodeFor(findings);
  },
};
