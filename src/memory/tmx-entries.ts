// Between TMX units and memory entries. A unit gives one entry per target-language variant;
// the props `x-doc`, `x-prev`, `x-next` become the entry's document and neighbours; the other
// props, the dates and the native inline codes travel with the entry, so that writing the
// entries back as TMX gives the same units.

import {
  sameLanguage,
  TMX_HEADER_DEFAULTS,
  type TmxAttributes,
  type TmxDocument,
  type TmxHeader,
  type TmxProp,
  type TmxVariant,
  type TranslationUnit,
} from '../formats/tmx/index.js';
import { PROP_DOC, PROP_NEXT, PROP_PREV, type MemoryEntry, type MemoryProp } from './entry.js';

export interface EntriesFromTmxOptions {
  /** The source language; units without a variant in it give no entries. */
  sourceLang: string;
  /** Only this target language (default: every other variant). */
  targetLang?: string;
  /** Recorded as the entries' origin (e.g. the TMX file's path). */
  origin?: string;
}

/** The entries of one unit. */
export function entriesFromUnit(unit: TranslationUnit, options: EntriesFromTmxOptions): MemoryEntry[] {
  const source = unit.variants.find((v) => sameLanguage(v.lang, options.sourceLang));
  if (!source) return [];
  let doc: string | undefined;
  let prev: string | undefined;
  let next: string | undefined;
  const props: MemoryProp[] = [];
  for (const prop of unit.props) {
    if (prop.type === PROP_DOC && doc === undefined) doc = prop.value;
    else if (prop.type === PROP_PREV && prev === undefined) prev = prop.value;
    else if (prop.type === PROP_NEXT && next === undefined) next = prop.value;
    else props.push({ type: prop.type, value: prop.value });
  }
  const targets = unit.variants.filter(
    (v) => v !== source && (options.targetLang === undefined || sameLanguage(v.lang, options.targetLang)),
  );
  return targets.map((target) => {
    const created = unit.attrs['creationdate'] ?? target.attrs['creationdate'];
    const changed = unit.attrs['changedate'] ?? target.attrs['changedate'];
    const entry: MemoryEntry = {
      source: source.text,
      target: target.text,
      sourceLang: source.lang,
      targetLang: target.lang,
      props,
    };
    if (unit.tuid !== undefined) entry.tuid = unit.tuid;
    if (doc !== undefined) entry.doc = doc;
    if (prev !== undefined) entry.prev = prev;
    if (next !== undefined) entry.next = next;
    if (created !== undefined) entry.created = created;
    if (changed !== undefined) entry.changed = changed;
    if (options.origin !== undefined) entry.origin = options.origin;
    if (source.codes.length > 0) entry.sourceCodes = source.codes;
    if (target.codes.length > 0) entry.targetCodes = target.codes;
    return entry;
  });
}

/** The entries of a whole document (the header's `srclang` is the default source language). */
export function entriesFromTmx(doc: TmxDocument, options: Partial<EntriesFromTmxOptions> = {}): MemoryEntry[] {
  const sourceLang = options.sourceLang ?? doc.header.attrs['srclang'];
  if (sourceLang === undefined || sourceLang === '*all*') return [];
  return doc.units.flatMap((unit) => entriesFromUnit(unit, { ...options, sourceLang }));
}

function variant(lang: string, text: string, codes: TmxVariant['codes'] | undefined): TmxVariant {
  return { lang, text, codes: codes ?? [], attrs: {}, props: [], notes: [] };
}

/** One unit for an entry. */
export function unitFromEntry(entry: MemoryEntry): TranslationUnit {
  const attrs: TmxAttributes = {};
  if (entry.created !== undefined) attrs['creationdate'] = entry.created;
  if (entry.changed !== undefined) attrs['changedate'] = entry.changed;
  // Pushes and two literals rather than spreads: `tm export` writes a million of these.
  const props: TmxProp[] = [];
  if (entry.doc !== undefined) props.push({ type: PROP_DOC, value: entry.doc });
  if (entry.prev !== undefined) props.push({ type: PROP_PREV, value: entry.prev });
  if (entry.next !== undefined) props.push({ type: PROP_NEXT, value: entry.next });
  for (const p of entry.props) props.push({ type: p.type, value: p.value });
  const variants = [variant(entry.sourceLang, entry.source, entry.sourceCodes), variant(entry.targetLang, entry.target, entry.targetCodes)];
  return entry.tuid !== undefined ? { tuid: entry.tuid, attrs, props, notes: [], variants } : { attrs, props, notes: [], variants };
}

/** A TMX header for a memory whose source language is `sourceLang`. */
export function memoryHeader(sourceLang: string, attrs: TmxAttributes = {}): TmxHeader {
  return { attrs: { ...TMX_HEADER_DEFAULTS, srclang: sourceLang, adminlang: 'en', ...attrs }, props: [], notes: [], udes: [] };
}

/** A TMX document holding the entries (one unit each). */
export function tmxFromEntries(entries: readonly MemoryEntry[], header?: TmxHeader): TmxDocument {
  return {
    version: '1.4',
    header: header ?? memoryHeader(entries[0]?.sourceLang ?? '*all*'),
    units: entries.map(unitFromEntry),
  };
}
