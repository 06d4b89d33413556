// The HTTP server of `tessera serve`: the JSON API under /api/ and the page's bundle, bound to
// loopback unless told otherwise.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InputError } from '../errors.js';
import { handleApi } from './api.js';
import { checkRequestOrigin, hostPolicy } from './host-guard.js';
import { HttpError } from './http-error.js';
import { memorySearch } from './memory-matches.js';
import { readJsonBody } from './request-body.js';
import { staticFile } from './static-files.js';
import { openWorkspace } from './workspace.js';

export const DEFAULT_PORT = 4400;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  /** Absolute project folder. */
  root: string;
  /** Absolute folder of the page's bundle (index.html, app.js, app.css). */
  webDir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4400; 0 picks a free port. */
  port?: number;
  /** Where unexpected errors are reported (default: nowhere). */
  log?: (line: string) => void;
  /** The compiled index-worker.js, to index large memories off the thread that answers requests (default: on it). */
  indexWorker?: URL;
}

export interface RunningServer {
  /** `http://host:port/` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/**
 * Start serving a project. The configuration is read first: a bad tessera.config.json is an
 * InputError before anything listens.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const ws = openWorkspace(options.root);
  const log = options.log ?? (() => undefined);
  // The first search of a large memory waits for its index: the terminal says why.
  const { lookup: memory, concordance, prepare: prepareMemory } = memorySearch(ws, {
    onIndex: (file) => {
      const started = Date.now();
      const seconds = (): string => ((Date.now() - started) / 1000).toFixed(1);
      log(`tessera serve: indexing ${file} (the index is kept in .cache/tessera/ for the next start)…`);
      // A line per step, not per percent read: a log cannot redraw its last line as a terminal can.
      let shown = '';
      const step = (name: string): void => {
        if (name === shown) return;
        shown = name;
        log(`tessera serve: indexing ${file}: ${name} (${seconds()} s)`);
      };
      return Object.assign(() => log(`tessera serve: indexed ${file} in ${seconds()} s`), { step });
    },
    ...(options.indexWorker ? { indexWorker: options.indexWorker } : {}),
  });
  const host = options.host ?? DEFAULT_HOST;
  const policy = hostPolicy(host);
  const server = createServer((request, response) => {
    void respond(request, response).catch((error: unknown) => {
      log(`tessera serve: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal', message: 'Internal error; see the terminal running tessera serve.' });
      else response.destroy();
    });
  });

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    // The raw path: URL parsing would resolve `..` before the static check could refuse it.
    const raw = request.url ?? '/';
    const queryAt = raw.indexOf('?');
    const pathname = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
    try {
      checkRequestOrigin(policy, request.headers.host, request.headers.origin, method !== 'GET' && method !== 'HEAD');
      if (pathname === '/api' || pathname.startsWith('/api/')) {
        const path = pathname.slice('/api/'.length).split('/').filter((part) => part !== '').map(decodeSegment);
        const body = await handleApi({ ws, memory, concordance, prepareMemory }, { method, path, query, body: () => readJsonBody(request) });
        sendJson(response, 200, body);
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        throw new HttpError(405, 'method-not-allowed', 'The page\'s files are read-only.', { allow: 'GET, HEAD' });
      }
      const file = staticFile(options.webDir, pathname);
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': file.contentType,
        'Content-Length': file.body.length,
        'Cache-Control': 'no-cache',
      });
      response.end(method === 'HEAD' ? undefined : file.body);
    } catch (error) {
      if (error instanceof HttpError) {
        const headers: Record<string, string> = {};
        if (typeof error.extra.allow === 'string') headers.Allow = error.extra.allow;
        // The rest of an oversized body is not read: close the connection instead.
        if (error.status === 413) headers.Connection = 'close';
        sendJson(response, error.status, error.body(), headers);
      } else if (error instanceof InputError) {
        // A malformed project file: the translator (or whoever broke it) must see where.
        sendJson(response, 422, { error: 'input', message: error.toString(), ...(error.file ? { file: error.file } : {}), ...(error.line ? { line: error.line } : {}) });
      } else {
        throw error;
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-path', 'Malformed percent-encoding in the path.');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
