import { basename, isAbsolute, join } from 'node:path';
import { segmentStates } from '../../catalog/index.js';
import { InputError } from '../../errors.js';
import { createTmxReader, formatTmxDate, tmxChunks, unitXml, type TranslationUnit } from '../../formats/tmx/index.js';
import {
  concordance,
  DEFAULT_LIMIT,
  entriesFromUnit,
  harvestEntries,
  lookup,
  memoryHeader,
  normalizeForMatching,
  planMerge,
  unitFromEntry,
  type Match,
  type MemoryEntry,
} from '../../memory/index.js';
import type { TranslationEntry } from '../../types.js';
import { formatConcordance, formatMatch } from '../../report/index.js';
import { choice, colorOutput, stringFlag, type Command, type Io, type Values } from '../command.js';
import { decodeChunks, exists, readBytes, readText, writeFilesAtomically, writePiecesAtomically } from '../io.js';
import { indexingNotice, loadMemories, memoryForMerge, ownMemoryPath, streamMemories, type LoadedMemories } from '../memories.js';
import { documentNames, loadCatalog, loadPo, loadProject, projectRoot, selectLangs, type Project } from '../project.js';

const ACTIONS = ['lookup', 'concordance', 'import', 'export', 'update'] as const;

export const tm: Command = {
  name: 'tm',
  usage:
    'tm lookup TEXT --to L [--min 75] [--limit 10] [--format text|json] | tm lookup --batch FILE --to L | ' +
    'tm concordance PHRASE --to L [--in source|target] [--limit 10] [--format text|json] | ' +
    'tm import FILE [--to L] | tm export --to L [--out FILE] | tm update [DOC…]',
  summary:
    'Work with the translation memories in locales/<lang>/*.tmx (TMX 1.4).\n' +
    '  lookup       show the matches of a sentence: 101 in context, 100 exact, fuzzy scores with\n' +
    '               penalties, a word diff against the query, and the target adapted when only\n' +
    '               figures differ; --batch FILE reads one query a line and writes JSON lines\n' +
    '  concordance  every entry whose source (or, with --in target, target) holds a phrase, case\n' +
    '               and spacing aside: how a name or a term was translated before\n' +
    '  import       add a TMX file from elsewhere as an imported memory of each language it holds\n' +
    '  export       write all memories of a language as one TMX file (stdout unless --out)\n' +
    '  update       harvest every translated, non-fuzzy segment into locales/<lang>/memory.tmx\n' +
    '               (idempotent)\n' +
    'A memory file of 20,000 entries or more has its index kept in .cache/tessera/ (safe to delete):\n' +
    'when the file changes, only its changed and new units are read and indexed again.',
  options: {
    to: { type: 'string', short: 't' },
    min: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string', short: 'f' },
    batch: { type: 'string' },
    in: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  help: {
    to: 'target language',
    min: 'lowest score shown (default: tmThreshold of the config, 75)',
    limit: `most matches per query, or entries shown by concordance (default ${DEFAULT_LIMIT})`,
    format: 'lookup output: text (default) or json',
    batch: 'lookup: a file with one query a line; JSON lines out',
    in: 'concordance: search the source (default) or the target',
    out: 'export: write to this file instead of stdout',
  },
  async run({ values, positionals }, io) {
    const [action, ...rest] = positionals;
    if (!action || !(ACTIONS as readonly string[]).includes(action)) {
      throw new InputError(`expected one of ${ACTIONS.join(', ')} after tm (see tessera tm --help)`);
    }
    const project = loadProject(projectRoot(values, io));
    switch (action as (typeof ACTIONS)[number]) {
      case 'lookup':
        return lookupAction(project, values, rest, io);
      case 'concordance':
        return concordanceAction(project, values, rest, io);
      case 'import':
        return importAction(project, values, rest, io);
      case 'export':
        return exportAction(project, values, rest, io);
      case 'update':
        return updateAction(project, values, rest, io);
    }
  },
};

function targetLang(project: Project, values: Values): string {
  const to = stringFlag(values, 'to');
  if (!to) throw new InputError('--to L is required (see tessera tm --help)');
  return selectLangs(project, { lang: to })[0] ?? to;
}

function numberFlag(values: Values, name: string, fallback: number, max: number): number {
  const value = stringFlag(values, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw new InputError(`--${name} must be a whole number from 0 to ${max}, not "${value}"`);
  return Number(value);
}

async function lookupAction(project: Project, values: Values, rest: string[], io: Io): Promise<number> {
  const lang = targetLang(project, values);
  const format = choice(values, 'format', ['text', 'json'] as const, 'text');
  const min = numberFlag(values, 'min', project.config.tmThreshold, 101);
  const limit = numberFlag(values, 'limit', DEFAULT_LIMIT, 1000);
  const batch = stringFlag(values, 'batch');
  if (batch === undefined && rest.length !== 1) throw new InputError('expected one TEXT to look up, or --batch FILE (see tessera tm --help)');
  if (batch === undefined && normalizeForMatching(rest[0]!) === '') throw new InputError('the TEXT to look up is empty');
  // The batch file first: a missing one fails before the memories are read.
  const queries = batch === undefined ? undefined : readText(isAbsolute(batch) ? '/' : io.cwd, batch).split('\n').filter((line) => line.trim() !== '');
  const memories = loadMemories(project, lang, { onIndex: indexingNotice(io.stderr, values.quiet === true) });
  const code = printMatches(memories, queries, rest[0] ?? '', { lang, format, min, limit }, io);
  // Only a command that has done its work leaves a cache behind.
  memories.keep();
  return code;
}

function printMatches(
  memories: LoadedMemories,
  queries: string[] | undefined,
  query: string,
  { lang, format, min, limit }: { lang: string; format: 'text' | 'json'; min: number; limit: number },
  io: Io,
): number {
  const find = (text: string): Match[] => (memories.size === 0 ? [] : lookup(memories.indexes, { text }, { min, limit, targetLang: lang }));
  if (queries !== undefined) {
    for (const query of queries) {
      io.stdout.write(`${JSON.stringify({ query, matches: find(query).map(matchJson) })}\n`);
    }
    return 0;
  }
  const matches = find(query);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ query, lang, memories: memories.files, matches: matches.map(matchJson) }, null, 2)}\n`);
    return 0;
  }
  if (memories.size === 0) {
    io.stdout.write(`no memory for ${lang}: run tessera tm update, or tessera tm import FILE\n`);
    return 0;
  }
  if (matches.length === 0) io.stdout.write(`no match at or above ${min} in ${memories.size} entries (${memories.files.join(', ')})\n`);
  for (const match of matches) io.stdout.write(formatMatch(match));
  return 0;
}

async function concordanceAction(project: Project, values: Values, rest: string[], io: Io): Promise<number> {
  const lang = targetLang(project, values);
  const format = choice(values, 'format', ['text', 'json'] as const, 'text');
  const field = choice(values, 'in', ['source', 'target'] as const, 'source');
  const limit = numberFlag(values, 'limit', DEFAULT_LIMIT, 100000);
  if (rest.length !== 1) throw new InputError('expected one PHRASE to search for (see tessera tm --help)');
  if (normalizeForMatching(rest[0]!) === '') throw new InputError('the PHRASE to search for is empty');
  const memories = loadMemories(project, lang, { onIndex: indexingNotice(io.stderr, values.quiet === true) });
  // An empty memory has an empty index, which finds nothing.
  const result = concordance(memories.indexes, rest[0]!, { in: field, limit });
  if (format === 'json') {
    const hits = result.hits.map(({ entry, source, target, spans, wholeWords }) => ({
      source,
      target,
      spans,
      wholeWords,
      origin: entry.origin ?? null,
      tuid: entry.tuid ?? null,
      doc: entry.doc ?? null,
      notApproved: entry.notApproved ?? null,
      approved: entry.approved ?? null,
    }));
    const json = { phrase: result.phrase, in: field, lang, memories: memories.files, total: result.total, hits };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (memories.size === 0) {
    io.stdout.write(`no memory for ${lang}: run tessera tm update, or tessera tm import FILE\n`);
  } else {
    io.stdout.write(formatConcordance(result, { color: colorOutput(values, io), files: memories.files }));
  }
  memories.keep();
  return 0;
}

function matchJson(match: Match): Record<string, unknown> {
  return {
    score: match.score,
    kind: match.kind,
    source: match.entry.source,
    target: match.entry.target,
    ...(match.adapted !== undefined ? { adapted: match.adapted } : {}),
    ...(match.notAdapted !== undefined ? { notAdapted: match.notAdapted } : {}),
    penalties: match.penalties,
    diff: match.diff,
    origin: match.entry.origin ?? null,
    tuid: match.entry.tuid ?? null,
    doc: match.entry.doc ?? null,
    created: match.entry.created ?? null,
    changed: match.entry.changed ?? null,
    notApproved: match.entry.notApproved ?? null,
    approved: match.entry.approved ?? null,
    alsoIn: (match.alsoIn ?? []).map((entry) => ({ origin: entry.origin ?? null, tuid: entry.tuid ?? null })),
    otherTranslations: match.otherTranslations ?? 0,
  };
}

async function importAction(project: Project, values: Values, rest: string[], io: Io): Promise<number> {
  if (rest.length !== 1) throw new InputError('expected one TMX FILE to import (see tessera tm --help)');
  const shown = rest[0] ?? '';
  const bytes = readBytes(isAbsolute(shown) ? '/' : io.cwd, shown);
  const name = basename(shown).replace(/\.tmx$/i, '');
  if (name === 'memory') throw new InputError('memory.tmx is the name of the project\'s own memory: rename the file before importing it', { file: shown });
  const langs = stringFlag(values, 'to') ? [targetLang(project, values)] : [...project.config.targetLangs];
  // Checked and counted unit by unit: a memory of a million units is never held as one document.
  const counts = new Map(langs.map((lang) => [lang, 0]));
  const found = new Set<string>();
  const reader = createTmxReader((unit) => {
    for (const variant of unit.variants) found.add(variant.lang);
    for (const lang of langs) counts.set(lang, counts.get(lang)! + entriesFromUnit(unit, { sourceLang: project.config.sourceLang, targetLang: lang }).length);
  }, { file: shown });
  decodeChunks(bytes, shown, (text) => reader.write(text));
  reader.close();
  const files = new Map<string, Uint8Array>();
  const notes: string[] = [];
  for (const lang of langs) {
    const count = counts.get(lang)!;
    if (count === 0) continue;
    // The file is kept as it was written, byte for byte (UTF-16 too): an imported memory is never
    // rewritten, so nothing is lost.
    const target = join(project.config.localesDir, lang, `${name}.tmx`);
    files.set(target, bytes);
    notes.push(`${target} (${count} ${project.config.sourceLang}→${lang} entries)`);
  }
  if (files.size === 0) {
    throw new InputError(
      `no ${project.config.sourceLang}→${langs.join('/')} pairs in this memory (languages found: ${[...found].join(', ') || 'none'})`,
      { file: shown },
    );
  }
  writeFilesAtomically(project.root, files);
  if (values.quiet !== true) io.stdout.write(`imported ${notes.join(', ')}\n`);
  return 0;
}

async function exportAction(project: Project, values: Values, _rest: string[], io: Io): Promise<number> {
  const lang = targetLang(project, values);
  // Streamed from the memory files to the output, unit by unit: a million-unit memory is never
  // held whole, as entries or as one string.
  let count = 0;
  const units = function* (): Generator<TranslationUnit> {
    for (const entry of streamMemories(project, lang)) {
      count++;
      yield unitFromEntry(entry);
    }
  };
  const chunks = tmxChunks(memoryHeader(project.config.sourceLang), units());
  const out = stringFlag(values, 'out');
  if (out === undefined) {
    // All read before any is printed: a bad memory file leaves standard output empty.
    const blocks: string[] = [''];
    for (const chunk of chunks) {
      if (blocks[blocks.length - 1]!.length >= 1 << 20) blocks.push('');
      blocks[blocks.length - 1] += chunk;
    }
    for (const block of blocks) io.stdout.write(block);
    return 0;
  }
  writePiecesAtomically(io.cwd, out, chunks);
  if (values.quiet !== true) io.stdout.write(`wrote ${count} entries to ${out}\n`);
  return 0;
}

async function updateAction(project: Project, values: Values, rest: string[], io: Io): Promise<number> {
  const { config } = project;
  const date = formatTmxDate(new Date());
  // Every language is read and merged before anything is written: a bad file writes nothing.
  const files = new Map<string, Iterable<string | Uint8Array>>();
  // Once the files are written: the records that spare the next command finding what changed.
  const records: Array<() => void> = [];
  const notes: string[] = [];
  const docs = documentNames(project, rest);
  // Loaded here only: the Markdown parser would add 90 ms to every lookup.
  const { loadDoc } = await import('../documents.js');
  const loaded = docs.map((doc) => ({ doc, segments: loadDoc(project, doc).segments, catalog: loadCatalog(project, doc) ?? [] }));
  for (const lang of config.targetLangs) {
    const file = ownMemoryPath(project, lang);
    const updates: MemoryEntry[] = [];
    for (const { doc, segments, catalog } of loaded) {
      const po = loadPo(project, doc, lang);
      if (!po) continue;
      // Only what would be published goes in: a stale or fuzzy translation is not approved.
      const publishable = new Set(segmentStates(catalog, segments, po).filter((r) => r.state === 'translated').map((r) => r.id));
      const approved: TranslationEntry[] = po.entries.map((e) => (publishable.has(e.id) ? e : { ...e, fuzzy: true }));
      updates.push(...harvestEntries({ doc, sourceLang: config.sourceLang, targetLang: lang, entries: approved, date }));
    }
    // The memory is read once for the entries the updates may replace, and once more as the
    // merged file is written: a million entries are never objects at once.
    const memory = exists(project.root, file) ? memoryForMerge(project, file, lang, updates) : undefined;
    const plan = planMerge((i) => memory!.at.get(i)!, (key) => memory?.lastAt.get(key), updates);
    if (plan.added + plan.changed === 0 && memory) continue;
    const size = (memory?.size ?? 0) + plan.append.length;
    // A unit none of whose entries changes is written as it was read: one without this language
    // pair, or with several targets, stays whole. A unit with a replaced entry becomes a unit per
    // entry, `first` being the number of its first.
    const rewrite = (unit: TranslationUnit, entries: MemoryEntry[], first: number): string => {
      const replaced = entries.map((_, k) => plan.replace.get(first + k));
      if (replaced.every((entry) => entry === undefined)) return unitXml(unit);
      return entries.map((entry, k) => unitXml(unitFromEntry(replaced[k] ?? entry))).join('');
    };
    const touched = (first: number, count: number): boolean => {
      for (let k = 0; k < count; k++) if (plan.replace.has(first + k)) return true;
      return false;
    };
    // The file's own bytes with the changed units written anew and the new ones at the end (a
    // file Tessera wrote, in UTF-8); else every unit read and written again as it is read, so that
    // each parsed one can go at once.
    const copied = memory?.copy(touched, rewrite, plan.append.map((entry) => unitXml(unitFromEntry(entry))));
    let position = 0;
    const units = function* (): Generator<string | TranslationUnit> {
      if (memory) {
        yield* memory.units((unit, entries) => {
          const text = rewrite(unit, entries, position);
          position += entries.length;
          return text;
        });
      }
      for (const entry of plan.append) yield unitFromEntry(entry);
    };
    files.set(file, copied?.pieces ?? tmxChunks(memory?.header ?? memoryHeader(config.sourceLang), units()));
    if (copied) records.push(copied.keep);
    notes.push(`${file}: ${size} entries (${plan.added} added, ${plan.changed} changed)`);
  }
  writeFilesAtomically(project.root, files);
  for (const keep of records) keep();
  if (values.quiet !== true) io.stdout.write(notes.length ? `${notes.join('\n')}\n` : 'memories up to date\n');
  return 0;
}

