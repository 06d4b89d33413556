// Throughput of the French sentence segmenter against Intl.Segmenter('fr', sentence) on the
// same paragraphs of real French prose: the Debian Reference and the LibreOffice help, both in
// French, taken from their Debian packages. Run: npx tsx scripts/bench-segmentation.ts
//
// The corpus is built on first use: `apt-get download` into .cache/, `dpkg-deb -x`, then the
// text of the HTML/XHP pages (paragraphs kept, tags stripped, entities decoded) is cached in
// .cache/segmentation-corpus-fr.txt.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { splitSentences } from '../src/segment/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache');
const CORPUS = join(CACHE, 'segmentation-corpus-fr.txt');
const UNPACKED = join(CACHE, 'segmentation-corpus-fr');
const PACKAGES = ['debian-reference-fr', 'libreoffice-help-fr'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ (cd ${cwd} && ${command} ${args.join(' ')})`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

function debFor(name: string): string | undefined {
  return readdirSync(CACHE).find((file) => file.startsWith(`${name}_`) && file.endsWith('.deb'));
}

function downloadPackages(): void {
  const missing = PACKAGES.filter((name) => debFor(name) === undefined);
  if (missing.length === 0) return;
  try {
    run('apt-get', ['download', ...missing], CACHE);
  } catch {
    console.log('apt-get download failed; refreshing the package lists first');
    run('apt-get', ['update'], CACHE);
    run('apt-get', ['download', ...missing], CACHE);
  }
}

function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    // Symbolic links in the packages point to shared files or outside the tree: skip them.
    else if (entry.isFile() && /\.(?:html|xhp)$/.test(entry.name) && /(?:\/fr\/|\.fr\.html$)/.test(path)) yield path;
  }
}

const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|br|hr|pre|blockquote|section|header|footer|nav|aside|title|paragraph|tablecell|listitem|caption)\b[^>]*>/gi;
const SKIPPED = /<(script|style|head|pre|bookmark|comment)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const decoded = decodeNamedCharacterReference(ref);
    return decoded === false ? whole : decoded;
  });
}

/** Paragraphs of running text from one HTML or XHP page. */
function paragraphsOf(markup: string): string[] {
  const text = markup.replace(SKIPPED, ' ').replace(BLOCK_TAG, '\n\n').replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    // Prose, not menu labels: a few words with letters in them.
    .filter((paragraph) => paragraph.length >= 40 && /\p{L}{3}/u.test(paragraph));
}

function buildCorpus(): void {
  mkdirSync(CACHE, { recursive: true });
  downloadPackages();
  for (const name of PACKAGES) run('dpkg-deb', ['-x', debFor(name)!, UNPACKED], CACHE);
  const seen = new Set<string>();
  let files = 0;
  for (const page of pages(UNPACKED)) {
    files++;
    for (const paragraph of paragraphsOf(readFileSync(page, 'utf8'))) seen.add(paragraph);
  }
  writeFileSync(CORPUS, [...seen].join('\n\n') + '\n');
  console.log(`extracted ${seen.size} distinct paragraphs from ${files} pages into ${CORPUS}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRounds(label: string, work: () => number): { ms: number; sentences: number } {
  let sentences = work(); // warm-up: compiles rules, JITs both paths
  work();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    sentences = work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(times);
  console.log(`  ${label}: median ${ms.toFixed(1)} ms over ${ROUNDS} rounds (${times.map((t) => t.toFixed(0)).join(', ')})`);
  return { ms, sentences };
}

if (!existsSync(CORPUS)) buildCorpus();
const paragraphs = readFileSync(CORPUS, 'utf8').split('\n\n').filter((paragraph) => paragraph.trim() !== '');
const megabytes = Buffer.byteLength(paragraphs.join('')) / 1e6;
console.log(`input: ${megabytes.toFixed(2)} MB UTF-8, ${paragraphs.length} paragraphs (${CORPUS})`);

const intl = new Intl.Segmenter('fr', { granularity: 'sentence' });
const ours = timeRounds('tessera splitSentences', () => {
  let count = 0;
  for (const paragraph of paragraphs) count += splitSentences(paragraph, 'fr').length;
  return count;
});
const baseline = timeRounds('Intl.Segmenter', () => {
  let count = 0;
  for (const paragraph of paragraphs) {
    for (const { segment } of intl.segment(paragraph)) if (segment.trim() !== '') count++;
  }
  return count;
});

const oursRate = megabytes / (ours.ms / 1000);
const intlRate = megabytes / (baseline.ms / 1000);
console.log('');
console.log(`tessera:        ${oursRate.toFixed(1)} MB/s, ${ours.sentences} sentences`);
console.log(`Intl.Segmenter: ${intlRate.toFixed(1)} MB/s, ${baseline.sentences} sentences`);
console.log(`ratio tessera/Intl: ${(oursRate / intlRate).toFixed(2)}x`);
