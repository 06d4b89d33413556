// XLIFF 2.0 / 2.1 core → segments. Modules and extensions (mda:, fs:, its:, my:…) are ignored;
// groups are walked; ignorables are not segments.

import { inputError } from '../../errors.js';
import { importedState2 } from './states.js';
import type { XliffDocument, XliffFile, XliffNote, XliffSegment, XliffVersion } from './types.js';
import { CodeNumbers, codeIds, readInline, type InlineRoles } from './read-inline.js';
import { childNamed, childrenNamed, elements, textContent, type XNode } from './xml-tree.js';
import { XLIFF2_NAMESPACE as XLIFF2_NS, XML_NAMESPACE } from './namespaces.js';

const spaceOf = (node: XNode, inherited: boolean): boolean => {
  const space = node.namespaced.get(`{${XML_NAMESPACE}}space`);
  return space === undefined ? inherited : space === 'preserve';
};

const roleOf: InlineRoles = (node) => {
  if (node.uri !== XLIFF2_NS) return undefined;
  const id = node.attributes.get('id') ?? `line-${node.line}`;
  switch (node.local) {
    case 'pc':
      return { kind: 'span', id };
    case 'ph':
      return { kind: 'standalone', id };
    case 'sc':
      return { kind: 'start', id };
    case 'ec':
      return { kind: 'end', id: node.attributes.get('startRef') ?? id, isolated: node.attributes.get('isolated') === 'yes' };
    case 'mrk':
      return { kind: 'annotation' };
    case 'sm':
    case 'em':
      return { kind: 'marker' };
    case 'cp': {
      const hex = node.attributes.get('hex') ?? '';
      const cp = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
      return cp <= 0x10ffff ? { kind: 'char', char: String.fromCodePoint(cp) } : undefined;
    }
    default:
      return undefined;
  }
};

function notesOf(node: XNode): XliffNote[] {
  const notes = childNamed(node, XLIFF2_NS, 'notes');
  if (!notes) return [];
  return childrenNamed(notes, XLIFF2_NS, 'note').map((note) => {
    const result: XliffNote = { text: textContent(note) };
    const id = note.attributes.get('id');
    const category = note.attributes.get('category');
    const appliesTo = note.attributes.get('appliesTo');
    if (id !== undefined) result.id = id;
    if (category !== undefined) result.category = category;
    if (appliesTo === 'source' || appliesTo === 'target') result.appliesTo = appliesTo;
    return result;
  });
}

function required(node: XNode, name: string, file: string): string {
  const value = node.attributes.get(name);
  if (value === undefined || value === '') throw inputError(`<${node.local}> has no ${name}`, file, node.line);
  return value;
}

function readUnit(unit: XNode, file: string, preserve: boolean): XliffSegment[] {
  const unitId = required(unit, 'id', file);
  const inUnit = spaceOf(unit, preserve);
  const segments = childrenNamed(unit, XLIFF2_NS, 'segment');
  const parts = segments.map((segment) => {
    const source = childNamed(segment, XLIFF2_NS, 'source');
    if (!source) throw inputError(`<segment> without <source> in unit "${unitId}"`, file, segment.line);
    return { segment, source, target: childNamed(segment, XLIFF2_NS, 'target') };
  });
  const numbers = new CodeNumbers([
    ...codeIds(parts.map((p) => p.source), roleOf),
    ...codeIds(parts.flatMap((p) => (p.target ? [p.target] : [])), roleOf),
  ]);
  const ids = parts.map(({ segment }, i) =>
    segment.attributes.get('id') ?? (parts.length === 1 ? unitId : `${unitId}#${i + 1}`),
  );
  const notes = notesOf(unit);
  // A note whose ID starts with another segment's ID (`s-4k2m9q-previous`) is about that one.
  const concerns = (note: XliffNote, id: string): boolean =>
    !note.id || !ids.some((other) => other !== id && note.id?.startsWith(`${other}-`));

  return parts.map(({ segment, source, target }, i): XliffSegment => {
    const id = ids[i] as string;
    const inSegment = spaceOf(segment, inUnit);
    const read = (node: XNode): string =>
      readInline(node, { file, roleOf, numbers, preserve: spaceOf(node, inSegment) });
    const targetText = target ? read(target) : undefined;
    const hasTarget = targetText !== undefined && targetText !== '';
    const xliffState = segment.attributes.get('state');
    const order = target?.attributes.get('order');
    const result: XliffSegment = {
      id,
      unitId,
      source: read(source),
      target: hasTarget ? targetText : undefined,
      state: importedState2(xliffState, hasTarget),
      xliffState,
      subState: segment.attributes.get('subState'),
      notes: notes.filter((note) => concerns(note, id)),
      line: segment.line,
    };
    if (order !== undefined && /^\d+$/.test(order)) result.targetOrder = Number(order);
    return result;
  });
}

function readContainer(node: XNode, file: string, preserve: boolean): XliffSegment[] {
  return elements(node).flatMap((child) => {
    if (child.uri !== XLIFF2_NS) return [];
    if (child.local === 'unit') return readUnit(child, file, preserve);
    if (child.local === 'group') return readContainer(child, file, spaceOf(child, preserve));
    return [];
  });
}

/** Reads an XLIFF 2.0 or 2.1 document whose root element is `root`. */
export function readXliff2(root: XNode, file: string, version: XliffVersion): XliffDocument {
  const srcLang = required(root, 'srcLang', file);
  const trgLang = root.attributes.get('trgLang');
  const preserve = spaceOf(root, false);
  const files = childrenNamed(root, XLIFF2_NS, 'file').map(
    (node): XliffFile => ({
      id: required(node, 'id', file),
      original: node.attributes.get('original'),
      srcLang,
      trgLang,
      notes: notesOf(node),
      segments: readContainer(node, file, spaceOf(node, preserve)),
      line: node.line,
    }),
  );
  return { file, version, srcLang, trgLang, files };
}
