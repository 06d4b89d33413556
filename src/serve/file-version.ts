// The version of a file the page works on: a hash of its content, so that any change on disk
// (another translator, a git pull, an editor that keeps the mtime) is seen, and an unchanged
// rewrite is not.

import { createHash } from 'node:crypto';

/** Version of a file that does not exist (yet). */
export const ABSENT = 'absent';

/** `sha256:` and the first 16 hex digits of the SHA-256 of the text, or `absent`. */
export function fileVersion(text: string | undefined): string {
  if (text === undefined) return ABSENT;
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}
