// Translation-memory benchmark: the q-gram index against brute force (fastest-levenshtein over
// every entry, same normalization and scoring), in one process, on the real French–English
// memory built by scripts/build-tm-corpus.ts, then on that memory replicated to 1,000,000
// segments (replicas perturbed so that no two are identical).
//
//   node --expose-gc --max-old-space-size=4096 --import tsx scripts/bench-tm.ts [--queries 1000] [--size 1000000]
//        [--bf-sample 1000] [--bf-sample-large 50] [--tmx .cache/tm/fr-en.tmx] [--quick]
//
// --quick (about a minute and a half): brute force on 200 and 20 queries instead of 1000 and
// 50, and no persisted-index run in a second process; the indexed timings are the same.
// --paragraphs: instead, a memory of paragraphs (the sources and targets joined ten at a time)
// and 300 paragraph queries: a third held back, the others memory paragraphs with 5 % or 20 % of
// their characters changed; brute force on 30 of them.

import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTmx } from '../src/formats/tmx/index.js';
import { bruteForceSearch } from '../src/memory/brute-force.js';
import { openCache } from '../src/cli/io.js';
import { buildIndex, concordance, entriesFromUnit, loadIndexLazily, lookup, normalizeForMatching, serializeIndex, type MemoryEntry, type MemoryIndex } from '../src/memory/index.js';
import { searchIndex } from '../src/memory/index-search.js';
import { finishMatches, hitScorer, type Scored } from '../src/memory/rank.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
};
const tmxPath = option('tmx', join(root, '.cache', 'tm', 'fr-en.tmx'));
const queryCount = Number(option('queries', '1000'));
const largeSize = Number(option('size', '1000000'));
const quick = args.includes('--quick');
const bfSample = Number(option('bf-sample', quick ? '200' : '1000'));
const bfSampleLarge = Number(option('bf-sample-large', quick ? '20' : '50'));
const MIN = 75;

/** Deterministic PRNG (mulberry32), so every run holds back the same queries. */
function prng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
/** Resident memory after a full collection when --expose-gc is given (else as it stands). */
const rss = (): string => {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().rss);
};

function bruteForceBest(sources: string[], entries: MemoryEntry[], text: string): { best: number; all: Set<number> } {
  const scored: Scored[] = [];
  const score = hitScorer({ text }, MIN, undefined);
  for (const hit of bruteForceSearch(sources, normalizeForMatching(text), MIN)) {
    const s = score(hit, entries[hit.entry]!);
    if (s) scored.push(s);
  }
  const best = finishMatches({ text }, scored, 1)[0]?.score ?? 0;
  return { best, all: new Set(scored.map((s) => s.order)) };
}

interface Run {
  size: number;
  buildMs: number;
  /** The persisted index in a fresh process (absent with --quick). */
  served?: { bytes: number; loadMs: number; qps: number; rss: string };
  fullQps: number;
  bestQps: number;
  bruteQps: number;
  bruteSample: number;
  recall: number;
  withMatch: number;
  setsEqual: number;
  rss: string;
}

/** Writes the index, loads it in a fresh process that only serves lookups, and checks its answers. */
function servePersisted(index: MemoryIndex, queries: string[], indexedBest: number[]) {
  const file = join(root, '.cache', 'tm', 'bench.idx');
  const queryFile = join(root, '.cache', 'tm', 'bench-queries.json');
  const t = performance.now();
  writeFileSync(file, serializeIndex(index));
  const saveMs = performance.now() - t;
  writeFileSync(queryFile, JSON.stringify(queries));
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', file, '--query-file', queryFile], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`serving process failed: ${child.stderr}`);
  const served = JSON.parse(child.stdout) as { bytes: number; loadMs: number; qps: number; rss: string; best: number[] };
  rmSync(file);
  rmSync(queryFile);
  return { ...served, saveMs, same: served.best.every((score, i) => score === indexedBest[i]) };
}

function run(label: string, entries: MemoryEntry[], queries: string[], sample: number): Run {
  console.log(`\n== ${label}: ${entries.length.toLocaleString('en')} segments, ${queries.length} queries`);
  let t = performance.now();
  const built = buildIndex(entries);
  const buildMs = performance.now() - t;
  const residentAfterBuild = rss();
  console.log(
    `index build: ${(buildMs / 1000).toFixed(2)} s; resident memory with entries and index: ${residentAfterBuild}; ` +
      `${(built.textStart.length - 1).toLocaleString('en')} distinct sources in ${built.groups.count.toLocaleString('en')} groups of near duplicates`,
  );
  const index = built;

  // Indexed, every match ≥ 75 (the raw filter + scoring, no diff/adaptation): what brute force computes.
  t = performance.now();
  const indexedAll = queries.map((text) => {
    const set = new Set<number>();
    const score = hitScorer({ text }, MIN, undefined);
    for (const hit of searchIndex(index, normalizeForMatching(text), MIN)) {
      if (score(hit, index.entries.get(hit.entry))) set.add(hit.entry);
    }
    return set;
  });
  const fullQps = queries.length / ((performance.now() - t) / 1000);
  // Indexed, best match only (as pre-translation asks), through the public lookup; each query
  // timed, to tell the queries that find a match from those that must prove there is none.
  const queryMs = new Float64Array(queries.length);
  t = performance.now();
  const indexedBest = queries.map((text, i) => {
    const start = performance.now();
    const score = lookup(index, { text }, { min: MIN, limit: 1 })[0]?.score ?? 0;
    queryMs[i] = performance.now() - start;
    return score;
  });
  const bestQps = queries.length / ((performance.now() - t) / 1000);
  const split = [true, false].map((found) => {
    const times = Array.from(queryMs).filter((_, i) => indexedBest[i]! >= MIN === found);
    const ms = times.reduce((sum, x) => sum + x, 0);
    return { found, count: times.length, qps: times.length / (ms / 1000), share: ms / queryMs.reduce((sum, x) => sum + x, 0) };
  });
  // By query length: an article's sentences are longer than most of these gettext strings.
  const lengthOf = queries.map((text) => normalizeForMatching(text).length);
  const byLength = [0, 40, 80, 160, Infinity].slice(0, -1).map((from, k, edges) => {
    const to = edges[k + 1] ?? Infinity;
    const times = Array.from(queryMs).filter((_, i) => lengthOf[i]! >= from && lengthOf[i]! < to);
    const ms = times.reduce((sum, x) => sum + x, 0);
    return { from, to, count: times.length, qps: times.length / (ms / 1000) };
  });
  const residentAfterQueries = rss();

  const sources = entries.map((e) => normalizeForMatching(e.source));
  const n = Math.min(sample, queries.length);
  t = performance.now();
  let withMatch = 0;
  let found = 0;
  let setsEqual = 0;
  for (let i = 0; i < n; i++) {
    const { best, all } = bruteForceBest(sources, entries, queries[i]!);
    if (best >= MIN) {
      withMatch++;
      if (indexedBest[i] === best) found++;
    }
    const mine = indexedAll[i]!;
    if (mine.size === all.size && [...all].every((e) => mine.has(e))) setsEqual++;
  }
  const bruteQps = n / ((performance.now() - t) / 1000);
  const phrasing = concordanceRun(index, sources, queries);
  const targetPhrasing = targetConcordanceRun(index, entries);
  const recall = withMatch === 0 ? 1 : found / withMatch;

  // Persisted: write the index, then load it in a fresh process that only serves lookups.
  const served = quick ? undefined : servePersisted(index, queries, indexedBest);
  const result: Run = {
    size: entries.length,
    buildMs,
    served,
    fullQps,
    bestQps,
    bruteQps,
    bruteSample: n,
    recall,
    withMatch,
    setsEqual,
    rss: residentAfterQueries,
  };
  console.log(`indexed, all matches ≥ ${MIN}: ${fullQps.toFixed(0)} q/s`);
  console.log(`indexed, best match (lookup limit 1): ${bestQps.toFixed(0)} q/s`);
  for (const part of split) {
    console.log(
      `  queries ${part.found ? 'with' : 'without'} a match ≥ ${MIN}: ${part.count}, ${part.qps.toFixed(0)} q/s, ${(100 * part.share).toFixed(0)} % of the time`,
    );
  }
  console.log(
    `  by length: ${byLength.map((b) => `${b.from}${b.to === Infinity ? '+' : `–${b.to - 1}`} characters ${b.count}, ${b.qps.toFixed(0)} q/s`).join('; ')}`,
  );
  console.log(
    `brute force: ${bruteQps.toFixed(2)} q/s${n < queries.length ? ` (measured on ${n} of ${queries.length} queries, extrapolated)` : ''}`,
  );
  console.log(`speed-up: ${(fullQps / bruteQps).toFixed(0)}× (all matches), ${(bestQps / bruteQps).toFixed(0)}× (best match)`);
  console.log(
    `recall of brute force's best match ≥ ${MIN}: ${(100 * recall).toFixed(2)} % (${found}/${withMatch} queries with a match); identical match sets: ${setsEqual}/${n}`,
  );
  console.log(
    `concordance (source side, limit 10), ${phrasing.phrases} two-word phrases of the queries: ${phrasing.indexedQps.toFixed(0)} q/s against ` +
      `${phrasing.scanQps.toFixed(1)} q/s for a scan of every source (${(phrasing.indexedQps / phrasing.scanQps).toFixed(0)}×); same totals: ${phrasing.same ? 'yes' : 'NO'}`,
  );
  console.log(
    `concordance (target side), ${targetPhrasing.phrases} two-word phrases of the targets: the first search ${targetPhrasing.firstMs.toFixed(0)} ms ` +
      `(it keeps the normalized targets), then ${targetPhrasing.keptQps.toFixed(0)} q/s against ${targetPhrasing.scanQps.toFixed(1)} q/s for a scan of ` +
      `the normalized targets (${(targetPhrasing.keptQps / targetPhrasing.scanQps).toFixed(0)}×); same totals: ${targetPhrasing.same ? 'yes' : 'NO'}`,
  );
  console.log(`resident memory (entries as objects + index): ${residentAfterBuild} after build, ${result.rss} after the queries`);
  if (served) {
    console.log(
      `index file ${mb(served.bytes)} (written in ${(served.saveMs / 1000).toFixed(2)} s); a fresh process loads it (entries left in the file, as the commands do) in ${served.loadMs.toFixed(0)} ms, ` +
        `serves best matches at ${served.qps.toFixed(0)} q/s with ${served.rss} resident; same answers: ${served.same ? 'yes' : 'NO'}`,
    );
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on 2 cores`);
  return result;
}

/** Concordance on two-word phrases of the queries: the index against a scan of every normalized source. */
function concordanceRun(index: MemoryIndex, sources: string[], queries: string[]) {
  const phrases = queries
    .map((q) => normalizeForMatching(q).split(' '))
    .filter((words) => words.length >= 3)
    .slice(0, 200)
    .map((words) => words.slice(1, 3).join(' '));
  let t = performance.now();
  const totals = phrases.map((p) => concordance(index, p).total);
  const indexedQps = phrases.length / ((performance.now() - t) / 1000);
  const scanned = phrases.slice(0, 20);
  t = performance.now();
  const scanTotals = scanned.map((p) => sources.reduce((n, s) => n + Number(s.includes(p)), 0));
  const scanQps = scanned.length / ((performance.now() - t) / 1000);
  return { phrases: phrases.length, indexedQps, scanQps, same: scanTotals.every((n, i) => n === totals[i]) };
}

/**
 * Concordance on the target side, two-word phrases of 200 entries' targets: the first search
 * (which keeps every normalized target), the later ones, and a scan of the normalized targets.
 */
function targetConcordanceRun(index: MemoryIndex, entries: MemoryEntry[]) {
  const phrases = entries
    .filter((_, i) => i % Math.max(1, Math.floor(entries.length / 400)) === 0)
    .map((e) => normalizeForMatching(e.target).split(' '))
    .filter((words) => words.length >= 3)
    .slice(0, 200)
    .map((words) => words.slice(1, 3).join(' '));
  let t = performance.now();
  const first = concordance(index, phrases[0]!, { in: 'target' }).total;
  const firstMs = performance.now() - t;
  t = performance.now();
  const totals = phrases.map((p) => concordance(index, p, { in: 'target' }).total);
  const keptQps = phrases.length / ((performance.now() - t) / 1000);
  const targets = entries.map((e) => normalizeForMatching(e.target));
  const scanned = phrases.slice(0, 20);
  t = performance.now();
  const scanTotals = scanned.map((p) => targets.reduce((n, s) => n + Number(s.includes(p)), 0));
  const scanQps = scanned.length / ((performance.now() - t) / 1000);
  return { phrases: phrases.length, firstMs, keptQps, scanQps, same: first === totals[0] && scanTotals.every((n, i) => n === totals[i]) };
}

/** The --paragraphs run: long entries and long queries, where the edit distance costs the most. */
function paragraphRun(memory: MemoryEntry[], random: () => number): void {
  const paragraphs: MemoryEntry[] = [];
  for (let i = 0; i + 10 <= memory.length; i += 10) {
    const ten = memory.slice(i, i + 10);
    paragraphs.push({ ...ten[0]!, source: ten.map((e) => e.source).join(' '), target: ten.map((e) => e.target).join(' ') });
  }
  const held = paragraphs.splice(0, 100).map((p) => p.source);
  const edited = (share: number): string => {
    const chars = [...paragraphs[Math.floor(random() * paragraphs.length)]!.source];
    for (let e = Math.floor(chars.length * share); e > 0; e--) chars[Math.floor(random() * chars.length)] = 'xq'[e % 2]!;
    return chars.join('');
  };
  // Interleaved, so that brute force's sample holds each kind.
  const queries = held.flatMap((text) => [text, edited(0.05), edited(0.2)]);
  const lengths = paragraphs.map((p) => normalizeForMatching(p.source).length).sort((a, b) => a - b);
  console.log(`paragraphs: ${paragraphs.length}, median length ${lengths[lengths.length >> 1]} characters; queries: ${queries.length}`);
  run('paragraph memory', paragraphs, queries, Math.min(bfSample, 30));
}

/** A replica that is not identical to its original: a number appended, or one word dropped or doubled. */
function perturb(source: string, replica: number, i: number, random: () => number): string {
  if (replica % 2 === 1) return `${source} ${(replica * 7919 + i) % 100000}`;
  const words = source.split(' ');
  if (words.length < 2) return `${source} ${(replica * 104729 + i) % 100000}`;
  const at = Math.floor(random() * words.length);
  if (replica % 4 === 0) words.splice(at, 1);
  else words.splice(at, 0, words[at]!);
  const text = words.join(' ');
  return text === source ? `${source} ${replica}` : text;
}

/**
 * Child mode: load an index file as the commands load a cache (its entries left in the file and
 * read as matches ask for them) and answer the queries (best match), as a server would.
 */
function serve(file: string, queryFile: string): void {
  const queries = JSON.parse(readFileSync(queryFile, 'utf8')) as string[];
  let t = performance.now();
  const source = openCache(dirname(file), basename(file));
  if (!source) throw new Error(`cannot open ${file}`);
  const index = loadIndexLazily(source, file);
  const loadMs = performance.now() - t;
  t = performance.now();
  const best = queries.map((text) => lookup(index, { text }, { min: MIN, limit: 1 })[0]?.score ?? 0);
  const qps = queries.length / ((performance.now() - t) / 1000);
  process.stdout.write(JSON.stringify({ bytes: source.byteLength, loadMs, qps, rss: rss(), best }));
}

async function main(): Promise<void> {
  if (args.includes('--serve')) {
    serve(option('serve', ''), option('query-file', ''));
    return;
  }
  if (!existsSync(tmxPath)) {
    console.log(`${tmxPath} is absent: run \`npx tsx scripts/build-tm-corpus.ts\` first. Skipping.`);
    return;
  }
  const all: MemoryEntry[] = [];
  const t = performance.now();
  await readTmx(createReadStream(tmxPath, 'utf8'), (unit) => {
    // Every target language of the file: fr-en.tmx and fr-ar.tmx both work.
    all.push(...entriesFromUnit(unit, { sourceLang: 'fr', origin: tmxPath }));
  });
  if (all.length < queryCount * 2) {
    console.log(`${tmxPath} holds ${all.length} French pairs, too few for ${queryCount} held-back queries. Skipping.`);
    return;
  }
  console.log(`read ${all.length.toLocaleString('en')} pairs from ${tmxPath} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Hold back queries: distinct sources taken out of the memory entirely.
  const random = prng(20240315);
  const normalized = all.map((e) => normalizeForMatching(e.source));
  const held = new Map<string, string>();
  while (held.size < queryCount) {
    const i = Math.floor(random() * all.length);
    if (normalized[i]!.length > 0 && !held.has(normalized[i]!)) held.set(normalized[i]!, all[i]!.source);
  }
  const memory = all.filter((_, i) => !held.has(normalized[i]!));
  const queries = [...held.values()];
  const lengths = queries.map((q) => normalizeForMatching(q).length).sort((a, b) => a - b);
  console.log(`queries: ${queries.length}, median length ${lengths[lengths.length >> 1]} characters (normalized)`);

  if (args.includes('--paragraphs')) {
    paragraphRun(memory, random);
    return;
  }
  const base = run('real memory', memory, queries, bfSample);
  all.length = 0;
  normalized.length = 0;

  const large: MemoryEntry[] = memory.slice();
  for (let replica = 1; large.length < largeSize; replica++) {
    for (let i = 0; i < memory.length && large.length < largeSize; i++) {
      large.push({ ...memory[i]!, source: perturb(memory[i]!.source, replica, i, random) });
    }
  }
  const big = run('replicated memory', large, queries, bfSampleLarge);

  console.log('\n== summary');
  console.table(
    [base, big].map((r) => ({
      segments: r.size,
      'build s': (r.buildMs / 1000).toFixed(2),
      'index MB': r.served ? (r.served.bytes / 1e6).toFixed(0) : '–',
      'load ms': r.served ? r.served.loadMs.toFixed(0) : '–',
      'q/s loaded': r.served ? r.served.qps.toFixed(0) : '–',
      'rss loaded': r.served?.rss ?? '–',
      'q/s all': r.fullQps.toFixed(0),
      'q/s best': r.bestQps.toFixed(0),
      'q/s brute': r.bruteQps.toFixed(2),
      'brute sample': r.bruteSample,
      recall: `${(100 * r.recall).toFixed(2)} %`,
      rss: r.rss,
    })),
  );
}

await main();
