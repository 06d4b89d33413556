import type { Root, Yaml } from 'mdast';
import YAML from 'yaml';
import { InputError } from '../errors.js';

/**
 * Reads the YAML front matter of a parsed document. Malformed YAML, or YAML that is not a
 * mapping, is an {@link InputError} at the 1-based line of the `.md` file.
 */
export function readFrontMatter(tree: Root, file?: string): Record<string, unknown> {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node) return {};
  // Line 1 of the YAML text is the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const doc = YAML.parseDocument(node.value);
  const error = doc.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    throw new InputError(`malformed front matter: ${firstSentence(error.message)}`, { file, line });
  }
  if (doc.contents === null) return {};
  if (!YAML.isMap(doc.contents)) {
    throw new InputError('front matter must be a YAML mapping (key: value lines)', { file, line: firstLine });
  }
  try {
    return doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`malformed front matter: ${(e as Error).message}`, { file, line: firstLine });
  }
}

// yaml's messages end with a position inside the YAML text and a code excerpt; the file line
// computed above replaces both.
function firstSentence(message: string): string {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').split('\n')[0] ?? message;
}

/** Puts `meta` as the front matter of `tree` (replacing any); an empty `meta` removes it. */
export function setFrontMatter(tree: Root, meta: Record<string, unknown>): void {
  const rest = tree.children.filter((n) => n.type !== 'yaml');
  const value = YAML.stringify(meta).trimEnd();
  tree.children = Object.keys(meta).length > 0 ? [{ type: 'yaml', value }, ...rest] : rest;
}
