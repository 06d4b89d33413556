// The project's files as the server sees them: every request reads them again (the PO files are
// the truth, and git or another translator may change them at any time); writes are atomic.
// All file access of the API goes through here and the CLI's io helpers.

import { basename } from 'node:path';
import { alignSegments, parsePo, type PoTranslationFile } from '../catalog/index.js';
import { textDirection } from '../build/index.js';
import { listFiles, readTextIfExists, writeFilesAtomically } from '../cli/io.js';
import { loadCatalog, loadProject, poPath, type Project } from '../cli/project.js';
import { loadDoc, type LoadedDoc } from '../cli/documents.js';
import { loadGlossary } from '../cli/commands/check.js';
import type { Glossary } from '../qa/index.js';
import type { CatalogEntry } from '../types.js';
import type { DocumentView, LangInfo } from './api-types.js';
import { documentView, type PoSnapshot } from './document-view.js';
import { fileVersion } from './file-version.js';
import { notFound } from './http-error.js';

export interface Workspace {
  project: Project;
  langs: LangInfo[];
}

/** A PO file as read now: its text, version and entries. */
export interface PoRead extends PoSnapshot {
  text: string | undefined;
  po: PoTranslationFile | undefined;
}

/** Everything a request about one document needs, read in one go. */
export interface DocumentRead {
  loaded: LoadedDoc;
  catalog: CatalogEntry[] | undefined;
  pos: Record<string, PoRead>;
  view: DocumentView;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Load the project's configuration (throws InputError for a bad config file). */
export function openWorkspace(root: string): Workspace {
  const project = loadProject(root);
  const langs = project.config.targetLangs.map((code) => ({
    code,
    dir: textDirection(code),
    name: LANGUAGE_NAMES.of(code) ?? code,
  }));
  return { project, langs };
}

/** Names of the source articles; empty when there are none yet. */
export function documentList(ws: Workspace): string[] {
  return listFiles(ws.project.root, ws.project.config.sourceDir, '.md').map((file) => basename(file, '.md'));
}

/** Read a document, its catalog and every language's PO file. An unknown name is a 404. */
export function readDocument(ws: Workspace, doc: string): DocumentRead {
  if (!documentList(ws).includes(doc)) throw notFound(`No source article named "${doc}".`);
  const { project } = ws;
  const loaded = loadDoc(project, doc);
  const catalog = loadCatalog(project, doc);
  const pos: Record<string, PoRead> = {};
  for (const { code } of ws.langs) pos[code] = readPo(ws, doc, code);
  const view = documentView({
    name: doc,
    sourceFile: loaded.sourceFile,
    sourceLang: project.config.sourceLang,
    meta: loaded.source.meta,
    segments: loaded.segments,
    catalog,
    langs: ws.langs,
    pos,
    glossary: readGlossary(ws),
  });
  return { loaded, catalog, pos, view };
}

/**
 * Only the current segments of a document under their catalog IDs, in document order: what the
 * helpers of the editor need (no PO file read, no check run), so that typing stays cheap.
 */
export function readSegments(ws: Workspace, doc: string): CatalogEntry[] {
  if (!documentList(ws).includes(doc)) throw notFound(`No source article named "${doc}".`);
  const loaded = loadDoc(ws.project, doc);
  return alignSegments(loadCatalog(ws.project, doc) ?? [], loaded.segments).entries;
}

/** A language's PO file for a document, with the version of the text that was parsed. */
export function readPo(ws: Workspace, doc: string, lang: string): PoRead {
  const path = poPath(ws.project, doc, lang);
  const text = readTextIfExists(ws.project.root, path);
  return { path, text, version: fileVersion(text), po: text === undefined ? undefined : parsePo(text, path, lang) };
}

/** Write files atomically (temp file + rename); returns the paths that changed. */
export function writeProjectFiles(ws: Workspace, files: ReadonlyMap<string, string>): string[] {
  return writeFilesAtomically(ws.project.root, files);
}

export function readGlossary(ws: Workspace): Glossary {
  return loadGlossary(ws.project);
}
