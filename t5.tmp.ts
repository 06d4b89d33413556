import { CHECKS, parseGlossary, checkPair } from './src/qa/index.js';
import { qaContext } from './src/qa/options.js';
for (const check of CHECKS) {
  for (const kind of ['ok','notOk'] as const) for (const ex of check.examples[kind]) {
    const ctx = qaContext({ glossary: ex.glossary ? parseGlossary(ex.glossary, 'g.csv') : null, options: ex.options ?? {} });
    const f = check.run(ex, ctx);
    const bad = kind === 'ok' ? f.length > 0 : f.length === 0;
    console.log(bad ? 'FAIL' : 'ok  ', check.id, kind, JSON.stringify(ex.target), f.map(x => `[${x.severity}] ${x.message}`).join(' | '));
  }
}
