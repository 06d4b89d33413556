// Reads a localization project from disk into plain data for the stages: config, catalogs and
// translation files (the source articles: documents.ts). Paths in the data are relative to the
// project root.
import { basename, join, resolve } from 'node:path';
import { CONFIG_FILE, defaultConfig, parseConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import { supportedLanguages } from '../segment/index.js';
import { parsePo, parsePot } from '../catalog/index.js';
import type { CatalogEntry, TranslationFile } from '../types.js';
import { exists, listFiles, readTextIfExists } from './io.js';
import type { Io, Values } from './command.js';

export interface Project {
  /** Absolute project folder. */
  root: string;
  config: Config;
  /** Whether tessera.config.json exists (commands other than init/segment need it or the defaults). */
  hasConfigFile: boolean;
}

export function projectRoot(values: Values, io: Io): string {
  const root = values.root;
  return resolve(io.cwd, typeof root === 'string' ? root : '.');
}

export function loadProject(root: string): Project {
  const text = readTextIfExists(root, CONFIG_FILE);
  const config = text === undefined ? defaultConfig() : parseConfig(text, CONFIG_FILE, supportedLanguages());
  return { root, config, hasConfigFile: text !== undefined };
}

export function potPath(project: Project, doc: string): string {
  return join(project.config.localesDir, `${doc}.pot`);
}

export function poPath(project: Project, doc: string, lang: string): string {
  return join(project.config.localesDir, lang, `${doc}.po`);
}

export function sourcePath(project: Project, doc: string): string {
  return join(project.config.sourceDir, `${doc}.md`);
}

/** Names of the documents: the given ones (checked to exist), or every `.md` in the source folder. */
export function documentNames(project: Project, requested: readonly string[] = []): string[] {
  const all = listFiles(project.root, project.config.sourceDir, '.md').map((f) => basename(f, '.md'));
  if (requested.length === 0) {
    if (all.length === 0) throw new InputError(`no source articles (*.md) in ${project.config.sourceDir}/`, { file: project.config.sourceDir });
    return all;
  }
  return requested.map((r) => {
    const name = basename(r).replace(/\.md$/, '');
    if (!all.includes(name)) throw new InputError('file not found', { file: sourcePath(project, name) });
    return name;
  });
}

/** Documents that have a catalog but no source article any more (deleted or renamed). */
export function orphanCatalogs(project: Project): string[] {
  const sources = new Set(listFiles(project.root, project.config.sourceDir, '.md').map((f) => basename(f, '.md')));
  return listFiles(project.root, project.config.localesDir, '.pot')
    .map((f) => basename(f, '.pot'))
    .filter((doc) => !sources.has(doc));
}

/** The catalog of a document, or undefined before the first extract. */
export function loadCatalog(project: Project, doc: string): CatalogEntry[] | undefined {
  const file = potPath(project, doc);
  const text = readTextIfExists(project.root, file);
  return text === undefined ? undefined : parsePot(text, file);
}

/** A language's PO file for a document, or undefined when it does not exist yet. */
export function loadPo(project: Project, doc: string, lang: string): TranslationFile | undefined {
  const file = poPath(project, doc, lang);
  const text = readTextIfExists(project.root, file);
  return text === undefined ? undefined : parsePo(text, file, lang);
}

/** Languages to work on: `--lang L` (checked against the config) or all target languages. */
export function selectLangs(project: Project, values: Values): string[] {
  const lang = values.lang;
  if (typeof lang !== 'string') return [...project.config.targetLangs];
  const langs = lang.split(',').map((l) => l.trim()).filter(Boolean);
  for (const l of langs) {
    if (!project.config.targetLangs.includes(l)) {
      throw new InputError(`unknown language "${l}"; this project translates into ${project.config.targetLangs.join(', ')}`, { file: CONFIG_FILE });
    }
  }
  return langs;
}

export { exists };
