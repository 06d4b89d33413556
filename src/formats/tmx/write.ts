// TMX 1.4 writer. `tmxChunks` yields the document piece by piece (one chunk per unit) so that a
// million-unit memory can be piped to a file; `serializeTmx` joins them. Output validates
// against the TMX 1.4 DTD: `version="1.4"`, the seven required header attributes, and elements
// in the order the DTD demands.

import { attributes, escapeText } from './escape.js';
import { writeSegment } from './segment-write.js';
import type { TmxDocument, TmxHeader, TmxNote, TmxProp, TranslationUnit } from './types.js';

/** Values used for required header attributes that the header does not give. */
export const TMX_HEADER_DEFAULTS = {
  creationtool: 'Tessera',
  creationtoolversion: '0.1.0',
  segtype: 'sentence',
  'o-tmf': 'Tessera',
  adminlang: 'en',
  srclang: '*all*',
  datatype: 'plaintext',
} as const;

function propsAndNotes(props: TmxProp[], notes: TmxNote[], indent: string, where: string): string {
  let out = '';
  for (const note of notes) out += `${indent}<note${attributes(note.attrs ?? {}, where)}>${escapeText(note.text, where)}</note>\n`;
  for (const prop of props) {
    out += `${indent}<prop${attributes({ type: prop.type, ...prop.attrs }, where)}>${escapeText(prop.value, where)}</prop>\n`;
  }
  return out;
}

function headerXml(header: TmxHeader): string {
  const where = 'TMX header';
  const attrs: Record<string, string> = { ...header.attrs };
  for (const [name, fallback] of Object.entries(TMX_HEADER_DEFAULTS)) attrs[name] ??= fallback;
  let inner = propsAndNotes(header.props, header.notes, '  ', where);
  for (const ude of header.udes) {
    inner += `  <ude${attributes(ude.attrs, where)}>\n`;
    for (const map of ude.maps) inner += `    <map${attributes(map, where)}/>\n`;
    inner += '  </ude>\n';
  }
  return inner === '' ? `<header${attributes(attrs, where)}/>\n` : `<header${attributes(attrs, where)}>\n${inner}</header>\n`;
}

/** One `<tu>` element, with a trailing newline. */
export function unitXml(unit: TranslationUnit): string {
  const where = unit.tuid !== undefined ? `TMX unit ${unit.tuid}` : 'TMX unit';
  let out = `<tu${attributes({ tuid: unit.tuid, ...unit.attrs }, where)}>\n`;
  out += propsAndNotes(unit.props, unit.notes, '  ', where);
  const allCodes = unit.variants.flatMap((v) => v.codes);
  for (const variant of unit.variants) {
    out += `  <tuv${attributes({ 'xml:lang': variant.lang, ...variant.attrs }, where)}>\n`;
    out += propsAndNotes(variant.props, variant.notes, '    ', where);
    out += `    <seg>${writeSegment(variant.text, variant.codes, allCodes, where)}</seg>\n`;
    out += '  </tuv>\n';
  }
  return `${out}</tu>\n`;
}

/**
 * The document in chunks: the prologue and header, one chunk per unit, then the end. A unit may
 * come already written (`unitXml`), by a reader that lets each parsed unit go at once.
 */
export function* tmxChunks(header: TmxHeader, units: Iterable<TranslationUnit | string>): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${headerXml(header)}<body>\n`;
  for (const unit of units) yield typeof unit === 'string' ? unit : unitXml(unit);
  yield '</body>\n</tmx>\n';
}

/** The whole document as one string. */
export function serializeTmx(doc: Pick<TmxDocument, 'header' | 'units'>): string {
  let out = '';
  for (const chunk of tmxChunks(doc.header, doc.units)) out += chunk;
  return out;
}
