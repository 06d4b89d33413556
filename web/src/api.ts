// Calls to the tessera serve API. Every non-2xx answer becomes an ApiError with the server's
// message, which the page shows as it is.

import type {
  ConcordanceResponse,
  DocumentView,
  ErrorResponse,
  MatchesResponse,
  ProjectView,
  QaResponse,
  SaveRequest,
  SaveResponse,
  TermsResponse,
  UpdateResponse,
} from '../../src/serve/api-types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse & Record<string, unknown>,
  ) {
    super(body.message);
  }
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  if (signal) init.signal = signal;
  const response = await fetch(path, init);
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = { error: 'http', message: `${response.status} ${response.statusText}` };
  }
  if (!response.ok) throw new ApiError(response.status, data as ErrorResponse & Record<string, unknown>);
  return data as T;
}

const enc = encodeURIComponent;

export const api = {
  project: () => call<ProjectView>('GET', '/api/project'),
  document: (doc: string) => call<DocumentView>('GET', `/api/docs/${enc(doc)}`),
  update: (doc: string) => call<UpdateResponse>('POST', `/api/docs/${enc(doc)}/update`, {}),
  save: (doc: string, id: string, request: SaveRequest) => call<SaveResponse>('PUT', `/api/docs/${enc(doc)}/segments/${enc(id)}`, request),
  matches: (doc: string, id: string, lang: string, signal?: AbortSignal) =>
    call<MatchesResponse>('GET', `/api/docs/${enc(doc)}/segments/${enc(id)}/matches?lang=${enc(lang)}`, undefined, signal),
  terms: (doc: string, id: string, lang: string, target: string, signal?: AbortSignal) =>
    call<TermsResponse>('GET', `/api/docs/${enc(doc)}/segments/${enc(id)}/terms?lang=${enc(lang)}&target=${enc(target)}`, undefined, signal),
  concordance: (lang: string, phrase: string, field: 'source' | 'target') =>
    call<ConcordanceResponse>('GET', `/api/concordance?lang=${enc(lang)}&in=${field}&q=${enc(phrase)}`),
  qa: (source: string, target: string, lang: string, id: string, signal?: AbortSignal) =>
    call<QaResponse>('POST', '/api/qa', { source, target, lang, id }, signal),
};
