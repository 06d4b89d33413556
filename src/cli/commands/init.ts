import { join } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../../config.js';
import { InputError } from '../../errors.js';
import { supportedLanguages } from '../../segment/index.js';
import { stringFlag, type Command } from '../command.js';
import { exists, writeFilesAtomically } from '../io.js';
import { projectRoot } from '../project.js';

export const init: Command = {
  name: 'init',
  usage: 'init [--from fr] [--to en,ar]',
  summary:
    'Start a localization project in the current folder.\nWrites tessera.config.json, source-texts/, locales/<lang>/, an empty glossary, and a .gitignore\nfor the built editions and the cache (unless the folder has one).',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  help: { from: 'source language (default: fr)', to: 'target languages, comma-separated (default: en,ar)' },
  async run({ values }, io) {
    const root = projectRoot(values, io);
    if (exists(root, CONFIG_FILE)) throw new InputError('a project already exists here', { file: CONFIG_FILE });
    const text = `${JSON.stringify(
      {
        sourceLang: stringFlag(values, 'from') ?? 'fr',
        targetLangs: (stringFlag(values, 'to') ?? 'en,ar').split(',').map((l) => l.trim()).filter(Boolean),
      },
      null,
      2,
    )}\n`;
    const config = parseConfig(text, CONFIG_FILE, supportedLanguages());
    const files = new Map<string, string>([[CONFIG_FILE, text]]);
    files.set(join(config.sourceDir, '.gitkeep'), '');
    for (const lang of config.targetLangs) files.set(join(config.localesDir, lang, '.gitkeep'), '');
    if (!exists(root, config.glossary)) files.set(config.glossary, `${[config.sourceLang, ...config.targetLangs].join(',')},note\n`);
    // Built editions and the memory index cache are derived: kept out of commits from the start.
    // An existing .gitignore is the project's own and is left alone.
    if (!exists(root, '.gitignore')) files.set('.gitignore', `# Built by tessera: editions, and the translation-memory index cache\n/${config.outDir}/\n/.cache/\n`);
    writeFilesAtomically(root, files);
    if (values.quiet !== true) {
      io.stdout.write(`created ${CONFIG_FILE} (${config.sourceLang} → ${config.targetLangs.join(', ')}); put articles in ${config.sourceDir}/ and run tessera extract\n`);
    }
    return 0;
  },
};
