import { inputError } from '../../errors.js';
import { XLIFF12_NAMESPACE, XLIFF2_NAMESPACE } from './namespaces.js';
import { readXliff12 } from './read-xliff12.js';
import { readXliff2 } from './read-xliff2.js';
import type { XliffDocument } from './types.js';
import { parseXmlTree } from './xml-tree.js';

const SUPPORTED = 'supported: XLIFF 1.2, 2.0 and 2.1';

/**
 * Reads an XLIFF 2.0, 2.1 or 1.2 document into segments with targets and states in our
 * model (see types.ts). `file` names the file in errors. Malformed XML, another root element,
 * another XLIFF version, and missing required parts (IDs, <source>) are `InputError`s with the
 * line.
 */
export function parseXliff(xml: string, file: string): XliffDocument {
  const root = parseXmlTree(xml, file);
  if (root.local !== 'xliff') throw inputError(`not an XLIFF document: the root element is <${root.local}>`, file, root.line);
  const version = root.attributes.get('version');
  if (root.uri === XLIFF2_NAMESPACE && (version === '2.0' || version === '2.1')) return readXliff2(root, file, version);
  if ((root.uri === XLIFF12_NAMESPACE || root.uri === '') && version === '1.2') return readXliff12(root, file);
  const named = version === undefined ? 'XLIFF without a version' : `XLIFF ${version}`;
  throw inputError(`${named} (namespace "${root.uri}") is not supported; ${SUPPORTED}`, file, root.line);
}
