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

/**
 * Sets keys of the front matter of `tree` (`undefined` removes one), keeping the other keys as
 * written, with their comments and layout; new keys go last. Only keys the front matter already
 * has are set when `existingOnly` is given.
 */
export function editFrontMatter(tree: Root, values: Record<string, unknown>, { existingOnly = false } = {}): void {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  const doc = node ? YAML.parseDocument(node.value) : new YAML.Document({});
  let changed = false;
  for (const [key, value] of Object.entries(values)) {
    if (existingOnly && !doc.has(key)) continue;
    if (value === undefined) doc.delete(key);
    else doc.set(key, value);
    changed = true;
  }
  if (!changed) return;
  const text = YAML.isMap(doc.contents) && doc.contents.items.length === 0 ? '' : String(doc).trimEnd();
  const rest = tree.children.filter((n) => n.type !== 'yaml');
  tree.children = text === '' ? rest : [{ type: 'yaml', value: text }, ...rest];
}

/** Puts `meta` as the front matter of `tree` (replacing any); an empty `meta` removes it. */
export function setFrontMatter(tree: Root, meta: Record<string, unknown>): void {
  const rest = tree.children.filter((n) => n.type !== 'yaml');
  const value = YAML.stringify(meta).trimEnd();
  tree.children = Object.keys(meta).length > 0 ? [{ type: 'yaml', value }, ...rest] : rest;
}
