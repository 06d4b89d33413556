// Score the sentence segmenter on the Golden Rules (English, French, Arabic) next to
// Intl.Segmenter, and compare with the published scores of pySBD and Pragmatic Segmenter.
// Run: npx tsx scripts/eval-segmentation.ts [--check]
// Data: $TESSERA_SHARED/reference/segmentation/ (default ../shared from the repository root).
// With --check, exit 1 when English falls below pySBD's published score or French/Arabic
// below 100 %.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/segment/index.js';

interface GoldenRule {
  id: string;
  name: string;
  text: string;
  expected: string[];
  in_pysbd_golden_48?: boolean;
  pysbd_xfail?: boolean;
  pragmatic_segmenter_skipped?: boolean;
  doc_type?: string;
}

interface PublishedScore {
  tool: string;
  grs_english_percent: number;
  grs_other_languages_percent?: number;
  rules_total?: number;
}

type Segmenter = (text: string, lang: string) => string[];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, process.env.TESSERA_SHARED ?? '../shared');
const DATA = join(SHARED, 'reference', 'segmentation');
const LANGS = ['en', 'fr', 'ar'] as const;

/**
 * Rules 40 to 42 assume the segmenter cleans newlines (rule 40 also needs doc_type "pdf").
 * Our sentences are slices of the input, so these three are compared with whitespace runs
 * collapsed to one space; every other rule is compared exactly.
 */
const NEWLINE_CLEANING = new Set(['en-40', 'en-41', 'en-42']);

const ours: Segmenter = (text, lang) => splitSentences(text, lang).map((sentence) => sentence.text);
const intlSegmenters = new Map<string, Intl.Segmenter>();
const intl: Segmenter = (text, lang) => {
  let segmenter = intlSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    intlSegmenters.set(lang, segmenter);
  }
  return [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter((segment) => segment !== '');
};

function passes(rule: GoldenRule, got: string[]): boolean {
  const normalise = NEWLINE_CLEANING.has(rule.id)
    ? (list: string[]) => list.map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    : (list: string[]) => list;
  return JSON.stringify(normalise(got)) === JSON.stringify(normalise(rule.expected));
}

interface Score {
  passed: number;
  total: number;
  failures: Array<{ rule: GoldenRule; got: string[] }>;
}

function score(rules: readonly GoldenRule[], lang: string, segment: Segmenter): Score {
  const failures: Score['failures'] = [];
  for (const rule of rules) {
    const got = segment(rule.text, lang);
    if (!passes(rule, got)) failures.push({ rule, got });
  }
  return { passed: rules.length - failures.length, total: rules.length, failures };
}

const percent = (s: Score): string => `${((100 * s.passed) / s.total).toFixed(2)} %`;
const cell = (s: Score): string => `${s.passed}/${s.total} (${percent(s)})`.padEnd(20);

function flags(rule: GoldenRule): string {
  const notes = [
    rule.pysbd_xfail ? 'xfail in pySBD' : '',
    rule.pragmatic_segmenter_skipped ? 'skipped by Pragmatic Segmenter' : '',
    rule.doc_type ? `doc_type ${rule.doc_type}` : '',
    NEWLINE_CLEANING.has(rule.id) ? 'newline cleaning' : '',
  ].filter(Boolean);
  return notes.length ? ` [${notes.join('; ')}]` : '';
}

if (!existsSync(DATA)) {
  console.log(`skipped: no Golden Rules data at ${DATA} (set TESSERA_SHARED to the shared folder)`);
  process.exit(0);
}

const load = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const published = load<{ scores: PublishedScore[] }>('golden_rules_published_scores.json').scores;
const pysbd = published.find((entry) => entry.tool === 'pySBD');
const pragmatic = published.find((entry) => entry.tool.startsWith('Pragmatic Segmenter'));

console.log(`Golden Rules from ${DATA}`);
console.log(`${'set'.padEnd(28)}${'tessera'.padEnd(20)}${'Intl.Segmenter'.padEnd(20)}published`);
let belowTarget = false;
const report: string[] = [];

for (const lang of LANGS) {
  const rules = load<GoldenRule[]>(`golden_rules_${lang}.json`);
  const sets: Array<[string, GoldenRule[], string]> =
    lang === 'en'
      ? [
          ['en: pySBD 48-rule subset', rules.filter((rule) => rule.in_pysbd_golden_48), pysbd ? `pySBD ${pysbd.grs_english_percent} %` : ''],
          ['en: all rules', rules, pragmatic ? `Pragmatic Segmenter ${pragmatic.grs_english_percent} %` : ''],
        ]
      : [[`${lang}: all rules`, rules, pragmatic?.grs_other_languages_percent ? `Pragmatic Segmenter ${pragmatic.grs_other_languages_percent} % (all other languages)` : '']];

  for (const [label, set, reference] of sets) {
    const mine = score(set, lang, ours);
    const theirs = score(set, lang, intl);
    console.log(`${label.padEnd(28)}${cell(mine)}${cell(theirs)}${reference}`);
    const target = label.startsWith('en: pySBD') ? (pysbd?.grs_english_percent ?? 0) : lang === 'en' ? 0 : 100;
    if ((100 * mine.passed) / mine.total < target) belowTarget = true;
    if (label.endsWith('all rules')) {
      report.push(`\n${lang}: tessera fails ${mine.failures.length}; Intl.Segmenter fails ${theirs.failures.map((f) => f.rule.id).join(' ') || 'none'}`);
      for (const { rule, got } of mine.failures) {
        report.push(`  ${rule.id} ${rule.name}${flags(rule)}`);
        report.push(`    expected ${JSON.stringify(rule.expected)}`);
        report.push(`    got      ${JSON.stringify(got)}`);
      }
    }
  }
}

console.log(report.join('\n'));
if (process.argv.includes('--check') && belowTarget) {
  console.log('\ncheck failed: below the published pySBD score (English) or 100 % (French, Arabic)');
  process.exit(1);
}
