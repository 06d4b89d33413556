// The five `tessera check` reports of a revised sample article, as CI would see them on the
// editor's commit (before anyone runs extract): the figure 426 corrected to 450, a sentence added
// to the last paragraph, one sentence cut. The revision is applied to a temp copy of the
// repository's sample project; the repository itself is not touched.
//
//   npx tsx scripts/demo-revised-reports.ts [OUT_DIR]   (default: /tmp/tessera-revised-reports)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';
import { reviseSample, SAMPLE_SOURCE } from '../test/fixtures/cli/revise-sample.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.argv[2] ?? join(tmpdir(), 'tessera-revised-reports');
const REPORTS = [
  ['text', 'text.txt'],
  ['json', 'json.json'],
  ['sarif', 'sarif.json'],
  ['github', 'github.txt'],
  ['junit', 'junit.xml'],
] as const;

const project = mkdtempSync(join(tmpdir(), 'tessera-revised-'));
try {
  for (const part of ['tessera.config.json', 'source-texts', 'locales']) cpSync(join(REPO, part), join(project, part), { recursive: true });
  const source = join(project, SAMPLE_SOURCE);
  writeFileSync(source, reviseSample(readFileSync(source, 'utf8')));
  mkdirSync(OUT, { recursive: true });
  for (const [format, file] of REPORTS) {
    let stdout = '';
    let stderr = '';
    const code = await run(['check', '--format', format], {
      cwd: project,
      env: { NO_COLOR: '1' },
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
    });
    writeFileSync(join(OUT, file), stdout);
    console.log(`${join(OUT, file)}: tessera check --format ${format} → exit ${code}, ${stdout.split('\n').length - 1} lines${stderr ? `; stderr: ${stderr.trim()}` : ''}`);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
