// Streaming TMX reader on saxes: units are handed over one by one as their `</tu>` is read, so
// a memory of hundreds of megabytes never needs a DOM. Malformed XML or TMX structure is an
// InputError with the file and the 1-based line.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../errors.js';
import { numberSegment, numberVariants, pendingSegment, type PendingSegment, type SegPart } from './segment-read.js';
import type {
  TmxAttributes,
  TmxCodeElement,
  TmxDocument,
  TmxHeader,
  TmxNativeCode,
  TmxNote,
  TmxProp,
  TmxSub,
  TmxVariant,
  TranslationUnit,
} from './types.js';
import { sameLanguage } from './language.js';

/** Which children each element may have (TMX 1.4 DTD; `#text` = character data). */
const CHILDREN: Record<string, readonly string[]> = {
  '#document': ['tmx'],
  tmx: ['header', 'body'],
  header: ['note', 'prop', 'ude'],
  ude: ['map'],
  map: [],
  body: ['tu'],
  tu: ['note', 'prop', 'tuv'],
  tuv: ['note', 'prop', 'seg'],
  prop: ['#text'],
  note: ['#text'],
  seg: ['#text', 'bpt', 'ept', 'ph', 'it', 'hi', 'ut'],
  hi: ['#text', 'bpt', 'ept', 'ph', 'it', 'hi', 'ut'],
  sub: ['#text', 'bpt', 'ept', 'ph', 'it', 'hi', 'ut'],
  bpt: ['#text', 'sub'],
  ept: ['#text', 'sub'],
  ph: ['#text', 'sub'],
  it: ['#text', 'sub'],
  ut: ['#text', 'sub'],
};

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

interface Frame {
  name: string;
  line: number;
  attrs: TmxAttributes;
  /** Character data of prop/note. */
  text?: string;
  /** Inline parts of seg/sub (hi passes through to its parent's list). */
  parts?: SegPart[];
  /** Native code being read (bpt, ept, ph, it, ut). */
  native?: TmxNativeCode;
  props?: TmxProp[];
  notes?: TmxNote[];
}

export interface TmxReaderOptions {
  /** Named in error messages. */
  file?: string;
  /** Called once the header is read, before the first unit. */
  onHeader?: (header: TmxHeader, version: string) => void;
}

/** What the reader returns once the input is closed. */
export interface TmxReadSummary {
  version: string;
  header: TmxHeader;
  /** Number of units handed to `onUnit`. */
  count: number;
}

/** A push parser: write chunks in order, then close. Each unit goes to `onUnit` when complete. */
export interface TmxReader {
  write(chunk: string): void;
  close(): TmxReadSummary;
}

function splitAttributes(attrs: TmxAttributes, take: readonly string[]): [Record<string, string | undefined>, TmxAttributes] {
  const taken: Record<string, string | undefined> = {};
  const rest: TmxAttributes = {};
  for (const name of Object.keys(attrs)) {
    if (take.includes(name)) taken[name] = attrs[name];
    else rest[name] = attrs[name]!;
  }
  return [taken, rest];
}

function withAttrs<T extends object>(value: T, attrs: TmxAttributes): T & { attrs?: TmxAttributes } {
  return Object.keys(attrs).length > 0 ? { ...value, attrs } : value;
}

/** Creates a streaming TMX reader. */
export function createTmxReader(onUnit: (unit: TranslationUnit) => void, options: TmxReaderOptions = {}): TmxReader {
  const file = options.file;
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: Frame[] = [{ name: '#document', line: 1, attrs: {} }];
  let version: string | undefined;
  let header: TmxHeader | undefined;
  let headerAnnounced = false;
  let unit: TranslationUnit | undefined;
  let segments: PendingSegment[] = [];
  let variant: Omit<TmxVariant, 'text' | 'codes'> | undefined;
  let variantHasSeg = false;
  let tagLine = 1;
  let count = 0;
  let first = true;

  const fail = (message: string, line = parser.line): never => {
    throw new InputError(message, { file, line });
  };
  const top = (): Frame => stack[stack.length - 1]!;
  /** The part list that inline content goes to: nearest seg or sub (hi is transparent). */
  const partsOf = (): SegPart[] | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const frame = stack[i]!;
      if (frame.parts) return frame.parts;
      if (frame.name !== 'hi') return undefined;
    }
    return undefined;
  };
  const announceHeader = (): void => {
    if (headerAnnounced) return;
    if (!header) fail('TMX has no <header> before <body>');
    headerAnnounced = true;
    options.onHeader?.(header!, version!);
  };

  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = top();
    const name = tag.name;
    const allowed = CHILDREN[parent.name];
    if (!allowed || !allowed.includes(name)) {
      fail(parent.name === '#document' ? `root element is <${name}>, expected <tmx>` : `unexpected <${name}> in <${parent.name}>`, tagLine);
    }
    // saxes's own object for the elements whose attributes are split into new ones below, a
    // copy (key by key: object spread was the slowest step at a million units) for the others.
    let attrs = tag.attributes as TmxAttributes;
    if (name !== 'tu' && name !== 'tuv' && name !== 'seg') {
      attrs = {};
      for (const key in tag.attributes) attrs[key] = tag.attributes[key]!;
    }
    const frame: Frame = { name, line: tagLine, attrs };
    switch (name) {
      case 'tmx': {
        const v = attrs['version'];
        if (v === undefined) fail('<tmx> has no version attribute', tagLine);
        if (!/^1\.\d+[a-z]?$/.test(v!)) fail(`unsupported TMX version "${v}" (expected 1.x)`, tagLine);
        version = v;
        break;
      }
      case 'header':
        header = { attrs, props: [], notes: [], udes: [] };
        frame.props = header.props;
        frame.notes = header.notes;
        break;
      case 'ude':
        header!.udes.push({ attrs, maps: [] });
        break;
      case 'map':
        header!.udes[header!.udes.length - 1]!.maps.push(attrs);
        break;
      case 'body':
        announceHeader();
        break;
      case 'tu': {
        const [{ tuid }, rest] = splitAttributes(attrs, ['tuid']);
        unit =
          tuid !== undefined
            ? { tuid, attrs: rest, props: [], notes: [], variants: [], line: tagLine }
            : { attrs: rest, props: [], notes: [], variants: [], line: tagLine };
        segments = [];
        frame.props = unit.props;
        frame.notes = unit.notes;
        break;
      }
      case 'tuv': {
        const [taken, rest] = splitAttributes(attrs, ['xml:lang', 'lang']);
        const lang = taken['xml:lang'] ?? taken['lang'];
        if (lang === undefined) fail('<tuv> has no xml:lang attribute', tagLine);
        variant = { lang: lang!, attrs: rest, props: [], notes: [] };
        variantHasSeg = false;
        frame.props = variant.props;
        frame.notes = variant.notes;
        break;
      }
      case 'prop':
        if (attrs['type'] === undefined) fail('<prop> has no type attribute', tagLine);
        frame.text = '';
        break;
      case 'note':
        frame.text = '';
        break;
      case 'seg':
        if (variantHasSeg) fail('<tuv> has more than one <seg>', tagLine);
        frame.parts = [];
        break;
      case 'sub':
        frame.parts = [];
        break;
      case 'hi':
        partsOf()!.push({ type: 'hi-open', attrs });
        break;
      default:
        if (CODE_ELEMENTS.has(name)) frame.native = { element: name as TmxCodeElement, attrs, content: [] };
    }
    stack.push(frame);
  });

  const onText = (text: string): void => {
    const frame = top();
    if (frame.text !== undefined) {
      frame.text += text;
    } else if (frame.native) {
      const content = frame.native.content;
      const last = content.length - 1;
      if (typeof content[last] === 'string') content[last] += text;
      else content.push(text);
    } else if (CHILDREN[frame.name]?.includes('#text')) {
      const parts = partsOf()!;
      const last = parts.length - 1;
      if (typeof parts[last] === 'string') parts[last] += text;
      else parts.push(text);
    } else if (text.trim() !== '') {
      fail(frame.name === '#document' ? 'text outside the <tmx> element' : `unexpected text in <${frame.name}>`);
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag: SaxesTagPlain) => {
    const frame = stack.pop()!;
    const parent = top();
    switch (tag.name) {
      case 'header':
        break;
      case 'prop': {
        const [{ type }, rest] = splitAttributes(frame.attrs, ['type']);
        parent.props!.push(withAttrs({ type: type!, value: frame.text! }, rest));
        break;
      }
      case 'note':
        parent.notes!.push(withAttrs({ text: frame.text! }, frame.attrs));
        break;
      case 'seg':
        segments.push(pendingSegment(frame.parts!));
        variantHasSeg = true;
        break;
      case 'sub': {
        const { text, codes } = numberSegment(pendingSegment(frame.parts!));
        const sub: TmxSub = { attrs: frame.attrs, text, codes };
        parent.native!.content.push(sub);
        break;
      }
      case 'hi':
        partsOf()!.push({ type: 'hi-close' });
        break;
      case 'tuv':
        if (!variantHasSeg) fail('<tuv> has no <seg>', frame.line);
        unit!.variants.push({ lang: variant!.lang, attrs: variant!.attrs, props: variant!.props, notes: variant!.notes, text: '', codes: [] });
        variant = undefined;
        break;
      case 'tu': {
        const u = unit!;
        if (u.variants.length === 0) fail('<tu> has no <tuv>', frame.line);
        const srclang = u.attrs['srclang'] ?? header?.attrs['srclang'];
        const reference = Math.max(
          0,
          u.variants.findIndex((v) => srclang !== undefined && sameLanguage(v.lang, srclang)),
        );
        numberVariants(segments, reference).forEach((numbered, i) => {
          const target = u.variants[i]!;
          target.text = numbered.text;
          target.codes = numbered.codes;
        });
        unit = undefined;
        count++;
        onUnit(u);
        break;
      }
      case 'body':
        break;
      case 'tmx':
        announceHeader();
        break;
      default:
        if (frame.native) partsOf()!.push({ type: 'code', native: frame.native });
    }
  });

  parser.on('error', (error: Error) => {
    // saxes prefixes "line:column: "; the line goes into the InputError instead.
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    fail(`malformed XML: ${message}`);
  });

  return {
    write(chunk: string) {
      if (first) {
        first = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      parser.write(chunk);
    },
    close() {
      parser.close();
      if (version === undefined) fail('not a TMX document: no <tmx> element');
      if (!header) fail('TMX has no <header>');
      return { version: version!, header: header!, count };
    },
  };
}

/** Reads TMX from chunks (e.g. a file stream with `utf8` encoding), handing each unit to `onUnit`. */
export async function readTmx(
  chunks: AsyncIterable<string> | Iterable<string>,
  onUnit: (unit: TranslationUnit) => void,
  options: TmxReaderOptions = {},
): Promise<TmxReadSummary> {
  const reader = createTmxReader(onUnit, options);
  for await (const chunk of chunks) reader.write(chunk);
  return reader.close();
}

/** Parses a whole TMX document (a string synchronously, chunks asynchronously). */
export function parseTmx(xml: string, file?: string): TmxDocument;
export function parseTmx(xml: AsyncIterable<string>, file?: string): Promise<TmxDocument>;
export function parseTmx(xml: string | AsyncIterable<string>, file?: string): TmxDocument | Promise<TmxDocument> {
  const units: TranslationUnit[] = [];
  const options = file === undefined ? {} : { file };
  if (typeof xml === 'string') {
    const reader = createTmxReader((unit) => units.push(unit), options);
    reader.write(xml);
    const { version, header } = reader.close();
    return { version, header, units };
  }
  return readTmx(xml, (unit) => units.push(unit), options).then(({ version, header }) => ({ version, header, units }));
}
