// The JSON API of `tessera serve`: one function per route, from a parsed request to a response
// body. File access goes through the workspace; HttpError carries every non-2xx answer.

import { checkPair } from '../qa/index.js';
import { extract } from '../cli/commands/extract.js';
import type {
  ConcordanceResponse,
  ConflictResponse,
  DocumentView,
  MatchesResponse,
  ProjectView,
  QaResponse,
  SaveResponse,
  SegmentView,
  TermsResponse,
  UpdateResponse,
} from './api-types.js';
import { documentSummary } from './document-view.js';
import { HttpError, badRequest, notFound } from './http-error.js';
import type { MemoryConcordance, MemoryLookup, MemoryPreparation } from './memory-matches.js';
import { booleanField, objectBody, stringField } from './request-body.js';
import { saveSegment } from './save-segment.js';
import { sentenceTerms } from './sentence-terms.js';
import { documentList, readDocument, readGlossary, readSegments, writeProjectFiles, type Workspace } from './workspace.js';

export interface ApiContext {
  ws: Workspace;
  /** Translation-memory matches of a sentence in a language. */
  memory: MemoryLookup;
  /** Memory entries holding a phrase. */
  concordance: MemoryConcordance;
  /** Has a language's memories indexed (off the server's thread where they are large) before a command reads them. */
  prepareMemory: MemoryPreparation;
}

export interface ApiRequest {
  method: string;
  /** Decoded path segments after `/api/`, e.g. `['docs', 'mossoul-2017']`. */
  path: readonly string[];
  query: URLSearchParams;
  /** Reads the JSON body (only called by routes that take one). */
  body(): Promise<unknown>;
}

type Handler = (ctx: ApiContext, request: ApiRequest, params: string[]) => unknown;

interface Route {
  method: 'GET' | 'POST' | 'PUT';
  /** Path segments; `:name` matches any one segment. */
  pattern: readonly string[];
  run: Handler;
}

const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: ['project'], run: getProject },
  { method: 'GET', pattern: ['docs', ':doc'], run: getDocument },
  { method: 'POST', pattern: ['docs', ':doc', 'update'], run: updateDocument },
  { method: 'PUT', pattern: ['docs', ':doc', 'segments', ':id'], run: putSegment },
  { method: 'GET', pattern: ['docs', ':doc', 'segments', ':id', 'terms'], run: getTerms },
  { method: 'GET', pattern: ['docs', ':doc', 'segments', ':id', 'matches'], run: getMatches },
  { method: 'GET', pattern: ['concordance'], run: getConcordance },
  { method: 'POST', pattern: ['qa'], run: postQa },
];

/** Answer an API request: the JSON body of a 200, or an HttpError (404, 405 with the allowed methods…). */
export async function handleApi(ctx: ApiContext, request: ApiRequest): Promise<unknown> {
  const matching = ROUTES.map((route) => ({ route, params: match(route.pattern, request.path) })).filter((m) => m.params !== undefined);
  if (matching.length === 0) throw notFound(`No API route /api/${request.path.join('/')}.`);
  const found = matching.find((m) => m.route.method === request.method);
  if (!found) {
    const allow = matching.map((m) => m.route.method).join(', ');
    throw new HttpError(405, 'method-not-allowed', `Use ${allow} for /api/${request.path.join('/')}.`, { allow });
  }
  return found.route.run(ctx, request, found.params!);
}

function match(pattern: readonly string[], path: readonly string[]): string[] | undefined {
  if (pattern.length !== path.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i]!.startsWith(':')) params.push(path[i]!);
    else if (pattern[i] !== path[i]) return undefined;
  }
  return params;
}

function getProject({ ws }: ApiContext): ProjectView {
  return {
    sourceLang: ws.project.config.sourceLang,
    langs: ws.langs,
    docs: documentList(ws).map((doc) => documentSummary(readDocument(ws, doc).view)),
  };
}

function getDocument({ ws }: ApiContext, _request: ApiRequest, [doc]: string[]): DocumentView {
  return readDocument(ws, doc!).view;
}

/** Save one translation, unless the PO file changed since the page read it (409, nothing written). */
async function putSegment({ ws }: ApiContext, request: ApiRequest, [doc, id]: string[]): Promise<SaveResponse> {
  const body = objectBody(await request.body());
  const lang = targetLang(ws, stringField(body, 'lang'));
  const target = stringField(body, 'target');
  const fuzzy = booleanField(body, 'fuzzy');
  const version = stringField(body, 'version');
  // From here on everything is synchronous: no other request can run between the version check
  // and the rename.
  const read = readDocument(ws, doc!);
  const segment = findSegment(read.view, id!);
  const file = read.pos[lang]!;
  if (file.version !== version) {
    const current = segment.targets[lang];
    const extra: Omit<ConflictResponse, 'error' | 'message'> = { version: file.version, ...(current ? { current } : {}) };
    throw new HttpError(
      409,
      'conflict',
      `${file.path} changed on disk since this page loaded it (another translator, a git pull…). ` +
        'Nothing was saved. Reload the document: your text stays in the editor.',
      extra,
    );
  }
  const text = saveSegment({
    doc: doc!,
    lang,
    catalog: read.catalog ?? [],
    po: file.po,
    sourceFile: read.loaded.sourceFile,
    id: id!,
    target,
    fuzzy,
  });
  writeProjectFiles(ws, new Map([[file.path, text]]));
  const after = readDocument(ws, doc!);
  return {
    version: after.pos[lang]!.version,
    segment: findSegment(after.view, id!),
    progress: after.view.progress.find((p) => p.lang === lang)!,
  };
}

/** Bring the catalog and the PO files up to date with the French source: `tessera extract DOC`. */
async function updateDocument({ ws, prepareMemory }: ApiContext, _request: ApiRequest, [doc]: string[]): Promise<UpdateResponse> {
  const before = readDocument(ws, doc!);
  // extract pre-fills new segments from the memories on this thread: a large one is indexed
  // first in the worker, while the server answers other requests, and extract loads its cache.
  for (const lang of ws.project.config.targetLangs) await prepareMemory(lang);
  const silent = { write: () => true };
  await extract.run({ values: { root: ws.project.root, quiet: true }, positionals: [doc!] }, { cwd: ws.project.root, env: {}, stdout: silent, stderr: silent });
  const after = readDocument(ws, doc!);
  const written = Object.keys(after.pos)
    .filter((lang) => after.pos[lang]!.version !== before.pos[lang]!.version)
    .map((lang) => after.pos[lang]!.path);
  return { written };
}

function getTerms({ ws }: ApiContext, request: ApiRequest, [doc, id]: string[]): TermsResponse {
  const lang = targetLang(ws, request.query.get('lang') ?? '');
  const segments = readSegments(ws, doc!);
  const segment = segments[segmentIndex(segments, doc!, id!)]!;
  const glossary = readGlossary(ws);
  const target = request.query.get('target');
  const terms = sentenceTerms(
    { source: segment.text, sourceLang: ws.project.config.sourceLang, targetLang: lang, ...(target === null ? {} : { target }) },
    glossary,
  );
  return { glossary: glossary.file, terms };
}

function getConcordance({ ws, concordance }: ApiContext, request: ApiRequest): Promise<ConcordanceResponse> {
  const lang = targetLang(ws, request.query.get('lang') ?? '');
  const phrase = request.query.get('q') ?? '';
  if (phrase.trim() === '') throw badRequest('Give the phrase to search for as q.');
  const field = request.query.get('in') ?? 'source';
  if (field !== 'source' && field !== 'target') throw badRequest(`in must be source or target, not "${field}".`);
  return concordance(lang, phrase, field);
}

function getMatches({ ws, memory }: ApiContext, request: ApiRequest, [doc, id]: string[]): Promise<MatchesResponse> {
  const lang = targetLang(ws, request.query.get('lang') ?? '');
  const segments = readSegments(ws, doc!);
  const position = segmentIndex(segments, doc!, id!);
  return memory(lang, {
    source: segments[position]!.text,
    doc: doc!,
    id: id!,
    // The neighbours make a context match (101 %), as in the project's own memory.
    prev: segments[position - 1]?.text ?? '',
    next: segments[position + 1]?.text ?? '',
  });
}

async function postQa({ ws }: ApiContext, request: ApiRequest): Promise<QaResponse> {
  const body = objectBody(await request.body());
  const lang = targetLang(ws, stringField(body, 'lang'));
  const source = stringField(body, 'source');
  const target = stringField(body, 'target');
  const id = stringField(body, 'id', { optional: true });
  const findings = checkPair(
    { source, target, sourceLang: ws.project.config.sourceLang, targetLang: lang, ...(id ? { id } : {}) },
    // The translator cannot fix the French: its typography is `check`'s business, not the editor's.
    { glossary: readGlossary(ws), options: { sourceTypography: false } },
  ).map((finding) => ({ ...finding, lang }));
  return { findings };
}

function segmentIndex(segments: readonly { id: string }[], doc: string, id: string): number {
  const index = segments.findIndex((s) => s.id === id);
  if (index < 0) throw notFound(`No segment ${id} in ${doc}.`);
  return index;
}

function findSegment(view: DocumentView, id: string): SegmentView {
  const segment = view.segments.find((s) => s.id === id);
  if (!segment) throw notFound(`No segment ${id} in ${view.name}.`);
  return segment;
}

function targetLang(ws: Workspace, lang: string): string {
  if (!ws.project.config.targetLangs.includes(lang)) {
    throw badRequest(`"lang" must be one of this project's target languages: ${ws.project.config.targetLangs.join(', ')}.`);
  }
  return lang;
}
