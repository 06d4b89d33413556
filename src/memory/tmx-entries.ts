// Between TMX units and memory entries. A unit gives one entry per target-language variant;
// the props `x-doc`, `x-prev`, `x-next` become the entry's document and neighbours; the other
// props, the dates and the native inline codes travel with the entry, and whatever else the unit
// and its two variants said (attributes, notes, a variant's props) rides along in `tmx`, so that
// writing the entries back as TMX gives the same units.

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
import { approvalMarks } from './approval.js';
import { PROP_DOC, PROP_NEXT, PROP_PREV, type EntryTmx, type MemoryEntry, type MemoryProp, type VariantExtras } from './entry.js';

const DATES = ['creationdate', 'changedate'] as const;

/** A variant's attributes, props and notes, or undefined when it has none. */
function variantExtras(v: TmxVariant): VariantExtras | undefined {
  const extras: VariantExtras = {};
  if (Object.keys(v.attrs).length > 0) extras.attrs = v.attrs;
  if (v.props.length > 0) extras.props = v.props;
  if (v.notes.length > 0) extras.notes = v.notes;
  return Object.keys(extras).length > 0 ? extras : undefined;
}

/** What the unit and its two variants hold beyond an entry's fields, or undefined when nothing. */
function unitExtras(unit: TranslationUnit, source: TmxVariant, target: TmxVariant): EntryTmx | undefined {
  const tmx: EntryTmx = {};
  // Dates alone are the entry's `created` and `changed`, unless the target variant has dates too
  // (then which level had which is kept); with other attributes, all are kept in order.
  const names = Object.keys(unit.attrs);
  if (names.some((name) => !(DATES as readonly string[]).includes(name)) || (names.length > 0 && DATES.some((d) => d in target.attrs))) tmx.attrs = unit.attrs;
  if (unit.notes.length > 0) tmx.notes = unit.notes;
  const fromSource = variantExtras(source);
  const fromTarget = variantExtras(target);
  if (fromSource) tmx.source = fromSource;
  if (fromTarget) tmx.target = fromTarget;
  return Object.keys(tmx).length > 0 ? tmx : undefined;
}

export interface EntriesFromTmxOptions {
  /** The source language; units without a variant in it give no entries. */
  sourceLang: string;
  /** Only this target language (default: every other variant). */
  targetLang?: string;
  /** Recorded as the entries' origin (e.g. the TMX file's path). */
  origin?: string;
  /**
   * Whether entries keep what their unit holds beyond them (`tmx`: notes, attributes…; default
   * true). An index for lookups goes without: an entry of OmegaT 4.2.1, which dates every target
   * variant, takes 390 bytes with them and 239 without.
   */
  extras?: boolean;
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
    else props.push(prop.attrs ? { type: prop.type, value: prop.value, attrs: prop.attrs } : { type: prop.type, value: prop.value });
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
    // Read here, not from `tmx`: an index keeps its entries without the extras.
    Object.assign(entry, approvalMarks(unit.props, source.props, target.props));
    const tmx = options.extras === false ? undefined : unitExtras(unit, source, target);
    if (tmx) entry.tmx = tmx;
    return entry;
  });
}

/** The entries of a whole document (the header's `srclang` is the default source language). */
export function entriesFromTmx(doc: TmxDocument, options: Partial<EntriesFromTmxOptions> = {}): MemoryEntry[] {
  const sourceLang = options.sourceLang ?? doc.header.attrs['srclang'];
  if (sourceLang === undefined || sourceLang === '*all*') return [];
  return doc.units.flatMap((unit) => entriesFromUnit(unit, { ...options, sourceLang }));
}

function variant(lang: string, text: string, codes: TmxVariant['codes'] | undefined, extras: VariantExtras | undefined): TmxVariant {
  return { lang, text, codes: codes ?? [], attrs: extras?.attrs ?? {}, props: extras?.props ?? [], notes: extras?.notes ?? [] };
}

/** One unit for an entry. */
export function unitFromEntry(entry: MemoryEntry): TranslationUnit {
  const tmx = entry.tmx;
  const attrs: TmxAttributes = tmx?.attrs ? { ...tmx.attrs } : {};
  // A date goes on the unit unless the target variant already says it (where the file had it).
  const dates: Record<(typeof DATES)[number], string | undefined> = { creationdate: entry.created, changedate: entry.changed };
  for (const name of DATES) {
    const date = dates[name];
    if (date === undefined) delete attrs[name];
    else if (name in attrs || tmx?.target?.attrs?.[name] !== date) attrs[name] = date;
  }
  // Pushes and two literals rather than spreads: `tm export` writes a million of these.
  const props: TmxProp[] = [];
  if (entry.doc !== undefined) props.push({ type: PROP_DOC, value: entry.doc });
  if (entry.prev !== undefined) props.push({ type: PROP_PREV, value: entry.prev });
  if (entry.next !== undefined) props.push({ type: PROP_NEXT, value: entry.next });
  for (const p of entry.props) props.push(p.attrs ? { type: p.type, value: p.value, attrs: p.attrs } : { type: p.type, value: p.value });
  const variants = [
    variant(entry.sourceLang, entry.source, entry.sourceCodes, tmx?.source),
    variant(entry.targetLang, entry.target, entry.targetCodes, tmx?.target),
  ];
  const notes = tmx?.notes ?? [];
  return entry.tuid !== undefined ? { tuid: entry.tuid, attrs, props, notes, variants } : { attrs, props, notes, variants };
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
