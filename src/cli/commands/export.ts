import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { alignSegments, segmentStates, serializePo, type PoTranslationFile } from '../../catalog/index.js';
import { CONFIG_FILE } from '../../config.js';
import { InputError } from '../../errors.js';
import { mergeImported } from '../../exchange/index.js';
import { exportXliff, type XliffExportDocument } from '../../formats/xliff/index.js';
import type { CatalogEntry, SegmentState } from '../../types.js';
import { choice, stringFlag, type Command, type Io } from '../command.js';
import { writeFilesAtomically } from '../io.js';
import { documentNames, loadCatalog, loadPo, loadProject, potPath, projectRoot, type Project } from '../project.js';
import { loadDoc, type LoadedDoc } from '../documents.js';

const FORMATS = ['xliff', 'po'] as const;

interface ExportedDoc {
  loaded: LoadedDoc;
  catalog: CatalogEntry[];
  po: PoTranslationFile | undefined;
  states: Map<string, SegmentState>;
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'export --to L [--format xliff|po] [--out FILE] [DOC…]',
  summary:
    'Export one language\'s segments for a translator\'s tool, as XLIFF 2.0 or PO.\n' +
    'XLIFF 2.0 (Trados, memoQ, OmegaT, Phrase): one <file> per document (all, or the DOCs given), one\n' +
    '<segment> per sentence with its ID and state. PO (Poedit, Weblate): the file as it is.\n' +
    'Bring the work back with tessera import.',
  details:
    'Writes to standard output unless --out is given. With --format po and several documents,\n' +
    '--out must be a folder: it receives <doc>.po for each one.',
  options: {
    to: { type: 'string', short: 't' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  help: {
    to: 'target language (one of the project\'s)',
    format: 'xliff (default, XLIFF 2.0) or po',
    out: 'write to this file (or folder, for several PO files) instead of standard output',
  },
  async run({ values, positionals }, io) {
    const format = choice(values, 'format', FORMATS, 'xliff');
    const project = loadProject(projectRoot(values, io));
    const lang = targetLanguage(project, stringFlag(values, 'to'));
    const out = stringFlag(values, 'out');
    const docs = documentNames(project, positionals).map((name) => exportedDoc(project, name, lang));
    const quiet = values.quiet === true;
    if (!quiet) warnAboutLag(docs, io);

    if (format === 'xliff') {
      const xml = exportXliff({
        srcLang: project.config.sourceLang,
        trgLang: lang,
        documents: docs.map(
          ({ loaded, catalog, po, states }): XliffExportDocument => ({
            doc: loaded.name,
            original: loaded.sourceFile,
            entries: catalog,
            translations: po,
            states,
          }),
        ),
      });
      if (out === undefined) {
        io.stdout.write(xml);
        return 0;
      }
      const written = writeOut(io, new Map([[out, xml]]));
      if (!quiet) io.stdout.write(`exported ${describe(docs, lang)} to ${written.join(', ') || `${out} (unchanged)`}\n`);
      return 0;
    }

    const texts = new Map(docs.map((doc) => [doc.loaded.name, poText(doc, lang)]));
    if (out === undefined) {
      if (docs.length > 1) {
        throw new InputError(`${docs.length} documents give ${docs.length} PO files: name one DOC, or give --out FOLDER`);
      }
      io.stdout.write([...texts.values()].join(''));
      return 0;
    }
    const folder = isDirectory(resolve(io.cwd, out)) || out.endsWith('/') || docs.length > 1;
    if (folder && isFile(resolve(io.cwd, out))) {
      throw new InputError(`${docs.length} documents give ${docs.length} PO files, but --out ${out} is a file: give a folder`);
    }
    const files = new Map([...texts].map(([doc, text]) => [folder ? join(out, `${doc}.po`) : out, text]));
    const written = writeOut(io, files);
    if (!quiet) io.stdout.write(`exported ${describe(docs, lang)} to ${written.join(', ') || `${out} (unchanged)`}\n`);
    return 0;
  },
};

/** `--to L`: required, one of the project's target languages. */
function targetLanguage(project: Project, to: string | undefined): string {
  if (to === undefined || to === '') throw new InputError('--to L is required: the language to translate into (see tessera export --help)');
  if (!project.config.targetLangs.includes(to)) {
    throw new InputError(`unknown language "${to}"; this project translates into ${project.config.targetLangs.join(', ')}`, { file: CONFIG_FILE });
  }
  return to;
}

/** A document with its catalog and the state of each segment against the current source. */
function exportedDoc(project: Project, name: string, lang: string): ExportedDoc {
  const loaded = loadDoc(project, name);
  const catalog = loadCatalog(project, name);
  if (!catalog) throw new InputError('no catalog yet: run tessera extract first', { file: potPath(project, name) });
  const po = loadPo(project, name, lang);
  const rows = segmentStates(catalog, loaded.segments, po);
  const ids = new Set(catalog.map((entry) => entry.id));
  const states = new Map(rows.filter((row) => ids.has(row.id) && row.state !== 'obsolete').map((row) => [row.id, row.state]));
  return { loaded, catalog, po, states };
}

/** The canonical PO text of a document, from the catalog alone when the language has none yet. */
function poText({ loaded, catalog, po }: ExportedDoc, lang: string): string {
  const file = mergeImported({ doc: loaded.name, lang, catalog, po, accepted: [] }).po;
  return serializePo(file, catalog, { sourceFile: loaded.sourceFile });
}

/** Translators should work on the current text: say so when the catalog lags behind the source. */
function warnAboutLag(docs: readonly ExportedDoc[], io: Io): void {
  for (const { loaded, catalog } of docs) {
    const alignment = alignSegments(catalog, loaded.segments);
    const lag = alignment.added.length + alignment.changed.length + alignment.removed.length;
    if (lag > 0) {
      io.stderr.write(
        `tessera export: note: ${loaded.sourceFile} changed since the last extract (${lag} segment(s)); ` +
          'run tessera extract first so that translators get the current text\n',
      );
    }
  }
}

function describe(docs: readonly ExportedDoc[], lang: string): string {
  const counts = new Map<SegmentState, number>();
  for (const { states } of docs) for (const state of states.values()) counts.set(state, (counts.get(state) ?? 0) + 1);
  const total = docs.reduce((sum, d) => sum + d.catalog.length, 0);
  const parts = [...counts].map(([state, n]) => `${n} ${state}`).join(', ');
  return `${total} segment(s) of ${docs.map((d) => d.loaded.name).join(', ')} for ${lang} (${parts})`;
}

/** Write files named relative to the current folder, all or none. */
function writeOut(io: Io, files: ReadonlyMap<string, string>): string[] {
  const relativeFiles = new Map([...files].map(([file, text]) => [relative(io.cwd, resolve(io.cwd, file)), text]));
  return writeFilesAtomically(io.cwd, relativeFiles);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
