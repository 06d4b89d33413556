// Reading and checking JSON request bodies: a size limit, JSON only, and field checks that
// answer 400 with the name of the faulty field.

import type { IncomingMessage } from 'node:http';
import { HttpError, badRequest } from './http-error.js';

/** A sentence and its translation fit many times over; a larger body is refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The parsed JSON body of a request (413 when too large, 415 when not JSON, 400 when malformed). */
export async function readJsonBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // Also a CSRF guard: a cross-site form cannot send application/json without a preflight.
  if (type !== 'application/json') {
    throw new HttpError(415, 'unsupported-media-type', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body as an object with the given string fields (400 naming the first bad one). */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, name: string, options: { optional?: boolean } = {}): string {
  const value = body[name];
  if (value === undefined && options.optional) return '';
  if (typeof value !== 'string') throw badRequest(`"${name}" must be a string.`);
  if (value.includes('\u0000')) throw badRequest(`"${name}" must not contain NUL characters.`);
  return value;
}

export function booleanField(body: Record<string, unknown>, name: string): boolean {
  const value = body[name] ?? false;
  if (typeof value !== 'boolean') throw badRequest(`"${name}" must be true or false.`);
  return value;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'too-large', `The request body is larger than ${limit / 1024} KiB.`);
}
