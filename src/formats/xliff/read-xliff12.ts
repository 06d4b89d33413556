// XLIFF 1.2 → segments, as CAT tools write it: Okapi, Microsoft mdxliff with Logoport, and
// the <seg-source>/<mrk mtype="seg"> segmentation of Trados and memoQ. Tool extensions
// (logoport:, okp:, xliffext:) are ignored; <alt-trans> proposals are not translations.

import { inputError } from '../../errors.js';
import { importedState12 } from './states.js';
import type { XliffDocument, XliffFile, XliffNote, XliffSegment } from './types.js';
import { CodeNumbers, codeIds, readInline, type InlineRoles } from './read-inline.js';
import { childNamed, childrenNamed, elements, textContent, type XNode } from './xml-tree.js';
import { XLIFF12_NAMESPACE as XLIFF12_NS, XML_NAMESPACE } from './namespaces.js';

/** The namespace of a 1.2 document's elements: the 1.2 one, or none in older tools' files. */
type Ns = typeof XLIFF12_NS | '';

const spaceOf = (node: XNode, inherited: boolean): boolean => {
  const space = node.namespaced.get(`{${XML_NAMESPACE}}space`);
  return space === undefined ? inherited : space === 'preserve';
};

function rolesFor(ns: Ns): InlineRoles {
  return (node) => {
    if (node.uri !== ns) return undefined;
    const id = node.attributes.get('id') ?? `line-${node.line}`;
    const pairId = node.attributes.get('rid') ?? id;
    switch (node.local) {
      case 'g':
        return { kind: 'span', id };
      case 'x':
      case 'ph':
        return { kind: 'standalone', id };
      case 'bx':
      case 'bpt':
        return { kind: 'start', id: pairId };
      case 'ex':
      case 'ept':
        return { kind: 'end', id: pairId };
      case 'it':
        return node.attributes.get('pos') === 'close' ? { kind: 'end', id, isolated: true } : { kind: 'start', id };
      case 'mrk':
        return { kind: 'annotation' };
      default:
        return undefined;
    }
  };
}

function notesOf(node: XNode, ns: Ns): XliffNote[] {
  return childrenNamed(node, ns, 'note').map((note) => {
    const result: XliffNote = { text: textContent(note) };
    const from = note.attributes.get('from');
    const annotates = note.attributes.get('annotates');
    if (from !== undefined) result.category = from;
    if (annotates === 'source' || annotates === 'target') result.appliesTo = annotates;
    return result;
  });
}

/** <mrk mtype="seg"> elements inside a node, at any depth, in order. */
function segmentMarks(node: XNode, ns: Ns): XNode[] {
  return elements(node).flatMap((child) =>
    child.uri === ns && child.local === 'mrk' && child.attributes.get('mtype') === 'seg' ? [child] : segmentMarks(child, ns),
  );
}

function readTransUnit(unit: XNode, file: string, ns: Ns, preserve: boolean): XliffSegment[] {
  const unitId = unit.attributes.get('id');
  if (!unitId) throw inputError('<trans-unit> has no id', file, unit.line);
  const source = childNamed(unit, ns, 'source');
  if (!source) throw inputError(`<trans-unit> "${unitId}" has no <source>`, file, unit.line);
  const target = childNamed(unit, ns, 'target');
  const segSource = childNamed(unit, ns, 'seg-source');
  const roleOf = rolesFor(ns);
  const inUnit = spaceOf(unit, preserve);
  const xliffState = target?.attributes.get('state');
  const subState = target?.attributes.get('state-qualifier');
  const approved = unit.attributes.get('approved');
  const notes = notesOf(unit, ns);

  // Segmented: one segment per <mrk mtype="seg">, the target's marks matched by `mid`.
  const marks = segSource ? segmentMarks(segSource, ns) : [];
  const targetMarks = new Map(target ? segmentMarks(target, ns).map((m) => [m.attributes.get('mid'), m]) : []);
  // `inherit`: the xml:space in scope around each piece's source and target.
  const pieces =
    marks.length > 0
      ? marks.map((mark) => ({
          id: mark.attributes.get('mid') ?? '',
          source: mark,
          target: targetMarks.get(mark.attributes.get('mid')),
          line: mark.line,
          inherit: { source: spaceOf(segSource as XNode, inUnit), target: target ? spaceOf(target, inUnit) : inUnit },
        }))
      : [{ id: unitId, source, target, line: unit.line, inherit: { source: inUnit, target: inUnit } }];
  const numbers = new CodeNumbers([
    ...codeIds(pieces.map((p) => p.source), roleOf),
    ...codeIds(pieces.flatMap((p) => (p.target ? [p.target] : [])), roleOf),
  ]);

  return pieces.map((piece): XliffSegment => {
    if (!piece.id) throw inputError(`<mrk mtype="seg"> without mid in trans-unit "${unitId}"`, file, piece.line);
    const read = (node: XNode, inherited: boolean): string =>
      readInline(node, { file, roleOf, numbers, preserve: spaceOf(node, inherited) });
    const targetText = piece.target ? read(piece.target, piece.inherit.target) : undefined;
    const hasTarget = targetText !== undefined && targetText !== '';
    return {
      id: piece.id,
      unitId,
      source: read(piece.source, piece.inherit.source),
      target: hasTarget ? targetText : undefined,
      state: importedState12(xliffState, approved, hasTarget),
      xliffState,
      subState,
      notes,
      line: piece.line,
    };
  });
}

function readBody(node: XNode, file: string, ns: Ns, preserve: boolean): XliffSegment[] {
  return elements(node).flatMap((child) => {
    if (child.uri !== ns) return [];
    if (child.local === 'trans-unit') return readTransUnit(child, file, ns, preserve);
    if (child.local === 'group') return readBody(child, file, ns, spaceOf(child, preserve));
    return [];
  });
}

/** Reads an XLIFF 1.2 document whose root element is `root`. */
export function readXliff12(root: XNode, file: string): XliffDocument {
  const ns = root.uri as Ns;
  const preserve = spaceOf(root, false);
  const files = childrenNamed(root, ns, 'file').map((node): XliffFile => {
    const original = node.attributes.get('original');
    const srcLang = node.attributes.get('source-language');
    if (!srcLang) throw inputError('<file> has no source-language', file, node.line);
    const body = childNamed(node, ns, 'body');
    const inFile = spaceOf(node, preserve);
    return {
      id: original ?? '',
      original,
      srcLang,
      trgLang: node.attributes.get('target-language'),
      notes: [],
      segments: body ? readBody(body, file, ns, spaceOf(body, inFile)) : [],
      line: node.line,
    };
  });
  const first = files[0];
  if (!first) throw inputError('XLIFF 1.2 document without <file>', file, root.line);
  return { file, version: '1.2', srcLang: first.srcLang, trgLang: first.trgLang, files };
}
