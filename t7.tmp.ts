import { readFileSync } from 'node:fs';
import { checkPair, parseGlossary } from './src/qa/index.js';
const glossary = parseGlossary(readFileSync('test/fixtures/qa/glossary.csv','utf8'), 'test/fixtures/qa/glossary.csv');
const pairs = JSON.parse(readFileSync('test/fixtures/qa/mossoul-pairs.json','utf8'));
for (const p of pairs) for (const lang of ['en','ar']) {
  const f = checkPair({ source: p.fr, target: p[lang], sourceLang: 'fr', targetLang: lang, id: p.id }, { glossary });
  for (const x of f) console.log(p.id, lang, x.severity, x.rule, x.message, JSON.stringify(x.span?.text));
}
