// The page's own files, served from the web bundle folder and nowhere else: no dot files, no
// `..`, no symbolic link out of the folder, no directory listing.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { HttpError, notFound } from './http-error.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  contentType: string;
  body: Buffer;
}

/**
 * The bundle file for a URL path (`/` is `index.html`).
 * @param webDir absolute path of the bundle folder
 * @param urlPath the request's path, still percent-encoded
 * @throws HttpError 400 for a malformed or traversing path, 404 for anything not in the bundle
 */
export function staticFile(webDir: string, urlPath: string): StaticFile {
  const relative = safeRelativePath(urlPath === '/' ? '/index.html' : urlPath);
  const contentType = CONTENT_TYPES[extname(relative).toLowerCase()];
  if (!contentType) throw notFound(`No file ${urlPath} in the page's bundle.`);
  const root = realpathSync(webDir);
  let file: string;
  try {
    file = realpathSync(join(root, relative));
  } catch {
    throw notFound(`No file ${urlPath} in the page's bundle.`);
  }
  // A symbolic link inside the bundle must not lead out of it.
  if (!file.startsWith(root + sep) || !statSync(file).isFile()) throw notFound(`No file ${urlPath} in the page's bundle.`);
  return { contentType, body: readFileSync(file) };
}

/** The decoded path as relative segments; refuses `..`, dot files, backslashes and NUL. */
export function safeRelativePath(urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad-path', 'Malformed percent-encoding in the path.');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'bad-path', 'Invalid character in the path.');
  const parts = decoded.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '..' || part.startsWith('.'))) {
    throw new HttpError(400, 'bad-path', 'Paths may not go up a folder or name hidden files.');
  }
  return parts.join('/');
}
