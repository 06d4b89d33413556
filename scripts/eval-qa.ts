// Score the quality checks against Translate Toolkit's own check tests (236 cases from
// translate/translate tests/translate/filters/test_checks.py, stored in the shared reference
// folder). The cases are GPL: they are read at run time, never copied into this repository.
//
//   npx tsx scripts/eval-qa.ts            (TESSERA_SHARED defaults to ../shared)
//
// For each TT check that has a counterpart here, prints the agreement and every disagreement
// with the reason (known TT behaviour, checker-specific configuration, or our own choice).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractNumbers } from '../src/qa/extract/numbers.js';
import { checkPair, parseGlossary, type Glossary } from '../src/qa/index.js';

interface TtCase {
  check: string;
  source: string;
  target: string;
  expected_pass: boolean;
  checker: string;
  test_function: string;
  line: number;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.TESSERA_SHARED ?? '../shared');
const file = join(shared, 'reference/qa/translate_toolkit_checks_cases.json');

/** TT check → our rule; `untranslated` is a segment state (src/catalog), not a pair check. */
const MAPPING: Readonly<Record<string, string>> = {
  numbers: 'number-mismatch',
  puncspacing: 'punctuation',
  doublequoting: 'punctuation',
  unchanged: 'same-as-source',
  untranslated: 'untranslated (segment state)',
};

/** TT checks without a counterpart, and why. */
const UNMAPPED: Readonly<Record<string, string>> = {
  variables: 'printf/Mozilla/OpenOffice placeholders; article text has numbered inline tags instead (tag-mismatch)',
  startcaps: 'capitalisation of the first letter: French and English headlines differ in case rules and Arabic has no case',
  brackets: 'translators of news legitimately add or drop parenthetical glosses; not checked',
};

/** Why we disagree with TT on a case, keyed `check:line` (TT's test file line). Written from reading the cases. */
const REASONS: Readonly<Record<string, string>> = {
  'numbers:800': 'TT counts the degree sign as part of the number; the value 180 is unchanged (units are not compared)',
  'numbers:813': 'TT compares numbers as strings; 57,60 is 57.60 in the many languages that write a decimal comma (target language unknown here)',
  'numbers:814': 'TT compares numbers as strings; `1 000,00` is `1,000.00` written with a space for thousands and a decimal comma',
  'numbers:823': 'MozillaChecker skips CSS declarations; a changed value in article text is an error for us',
  'doublequoting:289': 'we accept single quotes becoming double quotes (a style change, still one quotation); TT counts only double quotes',
  'doublequoting:300': 'our French typography asks for no-break spaces inside « »; TT accepts plain spaces',
  'doublequoting:1292': 'Persian quotation conventions (TT lang/fa.py); we have no Persian data and keep one quotation = one quotation',
  'doublequoting:1293': 'Persian quotation conventions (TT lang/fa.py); no Persian data here',
  'doublequoting:1326': 'Persian quotation conventions (TT lang/fa.py); no Persian data here',
  'doublequoting:1329': 'Persian quotation conventions (TT lang/fa.py); no Persian data here',
  'doublequoting:1353': 'Persian quotation conventions (TT lang/fa.py); no Persian data here',
  'unchanged:1565': 'accelerator markers (`&`) belong to UI strings; article text has none',
  'unchanged:1587': 'Mozilla placeholders (`$Name$`); article text has numbered inline tags instead',
  'unchanged:1589': 'Mozilla placeholders (`$file$`); article text has numbered inline tags instead',
  'unchanged:1592': 'Mozilla entities (`&brandShortName;`); article text has numbered inline tags instead',
  'unchanged:1602': 'MozillaChecker skips CSS; we report an untranslated copy',
  'unchanged:1605': 'we never report a segment made only of numbers and codes (`7em`, `F1`) as untranslated',
  'puncspacing:1142': 'our French typography asks for no-break spaces inside « »; TT accepts plain spaces',
  'untranslated:1615': 'KDE `_:` comment convention of PO files from KDE; not used here',
};

function languages(c: TtCase): { sourceLang: string; targetLang: string } {
  const target = /targetlanguage='([\w-]+)'/.exec(c.checker)?.[1] ?? 'und';
  // In the localized-number tests the localized string comes first (see SOURCES.md).
  const swapped = /^test_\w+_numbers$/.test(c.test_function) && c.test_function !== 'test_numbers';
  return swapped ? { sourceLang: target, targetLang: 'en' } : { sourceLang: 'en', targetLang: target };
}

/** TT's `notranslatewords` is what a glossary row with the same form in both languages says. */
function glossaryFor(c: TtCase, sourceLang: string, targetLang: string): Glossary | null {
  const words = /notranslatewords=\[([^\]]*)\]/.exec(c.checker)?.[1];
  if (!words) return null;
  const rows = [...words.matchAll(/'([^']*)'/g)].map((m) => `${m[1]},${m[1]}`);
  return parseGlossary([`${sourceLang},${targetLang}`, ...rows].join('\n'), 'notranslatewords');
}

function ours(c: TtCase, rule: string): { pass: boolean; detail: string } {
  if (rule.startsWith('untranslated')) {
    const pass = c.target.trim() !== '';
    return { pass, detail: pass ? 'target not empty' : 'empty target' };
  }
  const { sourceLang, targetLang } = languages(c);
  const findings = checkPair({ source: c.source, target: c.target, sourceLang, targetLang }, { glossary: glossaryFor(c, sourceLang, targetLang) }).filter(
    (f) => f.rule === rule,
  );
  let detail = findings.map((f) => f.message).join(' | ');
  if (rule === 'number-mismatch') {
    const values = (text: string, lang: string): string => extractNumbers(text, lang).map((n) => n.value).join(', ') || '—';
    detail = `${detail ? `${detail}; ` : ''}values: source [${values(c.source, sourceLang)}], target [${values(c.target, targetLang)}]`;
  }
  return { pass: findings.length === 0, detail };
}

function main(): void {
  if (!existsSync(file)) {
    console.log(`eval-qa: ${file} not found; set TESSERA_SHARED to the shared folder to run the evaluation. Skipped.`);
    return;
  }
  const cases = JSON.parse(readFileSync(file, 'utf8')) as TtCase[];
  console.log(`Translate Toolkit check cases: ${cases.length} (${file})\n`);
  const byCheck = new Map<string, TtCase[]>();
  for (const c of cases) byCheck.set(c.check, [...(byCheck.get(c.check) ?? []), c]);

  let scored = 0;
  let agreed = 0;
  const rows: string[] = [];
  const disagreements: string[] = [];
  for (const [check, list] of [...byCheck].sort((a, b) => b[1].length - a[1].length)) {
    const rule = MAPPING[check];
    if (!rule) {
      rows.push(`  ${check.padEnd(14)} ${String(list.length).padStart(3)} cases   not mapped: ${UNMAPPED[check] ?? 'no counterpart'}`);
      continue;
    }
    let agree = 0;
    for (const c of list) {
      const result = ours(c, rule);
      if (result.pass === c.expected_pass) agree++;
      else {
        const reason = REASONS[`${check}:${c.line}`] ?? 'unexplained';
        disagreements.push(
          `  ${check}:${c.line} [${c.checker}] TT ${c.expected_pass ? 'passes' : 'fails'}, ${rule} ${result.pass ? 'passes' : 'fails'}\n` +
            `    source: ${JSON.stringify(c.source)}\n    target: ${JSON.stringify(c.target)}\n    ours:   ${result.detail || '(no finding)'}\n    why:    ${reason}`,
        );
      }
    }
    scored += list.length;
    agreed += agree;
    rows.push(`  ${check.padEnd(14)} ${String(list.length).padStart(3)} cases → ${rule.padEnd(30)} agreement ${agree}/${list.length} (${((100 * agree) / list.length).toFixed(1)} %)`);
  }
  console.log('Agreement per Translate Toolkit check:');
  for (const row of rows) console.log(row);
  console.log(`\nMapped cases: ${agreed}/${scored} agree (${((100 * agreed) / scored).toFixed(1)} %); ${cases.length - scored} cases have no counterpart.\n`);
  console.log(`Disagreements (${disagreements.length}):`);
  for (const d of disagreements) console.log(d);
}

main();
