// Reads every XLIFF sample of the shared reference folder (real files from CAT tools, some of
// them GPL and therefore not copied into test/fixtures) and prints, per file, what the importer
// found: version, segments, targets, states and inline codes. Skips when the folder is absent.
//
//   npx tsx scripts/eval-xliff-samples.ts [REFERENCE_DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors.js';
import { parseXliff, type ImportedState } from '../src/formats/xliff/index.js';

const root = process.argv[2] ?? '/work/shared/reference/samples';
if (!existsSync(root)) {
  console.log(`skipped: ${root} is absent (the shared reference folder is optional)`);
  process.exit(0);
}

const dirs = readdirSync(root).filter((d) => d.startsWith('xliff-')).sort();
const STATES: ImportedState[] = ['untranslated', 'fuzzy', 'translated', 'reviewed', 'final'];
const TAG = /<\/?\d+\/?>/g;
const totals = { files: 0, segments: 0, targets: 0, errors: 0 };

console.log(['file', 'version', 'files', 'segments', 'targets', ...STATES, 'source tags'].join('\t'));
for (const dir of dirs) {
  for (const name of readdirSync(join(root, dir)).filter((f) => /\.xlf$|\.xliff$/i.test(f)).sort()) {
    const path = `${dir}/${name}`;
    totals.files++;
    try {
      const doc = parseXliff(readFileSync(join(root, path), 'utf8'), path);
      const segments = doc.files.flatMap((f) => f.segments);
      const targets = segments.filter((s) => s.target !== undefined).length;
      const count = (state: ImportedState): number => segments.filter((s) => s.state === state).length;
      const codes = segments.reduce((n, s) => n + (s.source.match(TAG)?.length ?? 0), 0);
      totals.segments += segments.length;
      totals.targets += targets;
      console.log([path, doc.version, doc.files.length, segments.length, targets, ...STATES.map(count), codes].join('\t'));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      totals.errors++;
      console.log(`${path}\tERROR ${error.toString()}`);
    }
  }
}
console.log(`\n${totals.files} files: ${totals.segments} segments, ${totals.targets} targets, ${totals.errors} unreadable`);
