// Reads every TMX sample of the shared reference folder (including the GPL OmegaT files, which
// are never copied into the repository), writes it back, and checks that nothing was lost
// (parse → serialize → parse gives the same units), that the output validates against the
// TMX 1.4 DTD when xmllint is installed, and that every unit comes back whole from its memory
// entries (one per target language, as `tm export` and `tm update` write them: notes,
// attributes and a variant's props included). Skips with a message when the folder is absent.
//
//   npx tsx scripts/eval-tmx-samples.ts [folder]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseTmx, sameLanguage, serializeTmx, type TranslationUnit } from '../src/formats/tmx/index.js';
import { entriesFromUnit, unitFromEntry } from '../src/memory/index.js';

const folder = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'reference', 'samples', 'tmx');
const dtd = join(folder, '..', '..', 'schemas', 'tmx-1.4', 'tmx14.dtd');

if (!existsSync(folder)) {
  console.log(`${folder} is absent: nothing to evaluate.`);
  process.exit(0);
}
const xmllint = spawnSync('xmllint', ['--version']).status === 0 && existsSync(dtd);
if (!xmllint) console.log('xmllint or the DTD is absent: output validation is skipped.');
const scratch = mkdtempSync(join(tmpdir(), 'tessera-tmx-eval-'));
const strip = (units: TranslationUnit[]) => units.map(({ line: _line, ...u }) => u);

let failures = 0;
for (const name of readdirSync(folder).filter((f) => f.endsWith('.tmx')).sort()) {
  const path = join(folder, name);
  const first = parseTmx(readFileSync(path, 'utf8'), name);
  const out = serializeTmx(first);
  const second = parseTmx(out, name);
  const lossless = isDeepStrictEqual(strip(first.units), strip(second.units)) && isDeepStrictEqual(first.header, second.header);
  let valid = 'not checked';
  if (xmllint) {
    const file = join(scratch, name);
    writeFileSync(file, out);
    valid = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file]).status === 0 ? 'valid' : 'INVALID';
  }
  const codes = first.units.reduce((n, u) => n + u.variants.reduce((m, v) => m + v.codes.length, 0), 0);
  // Through entries: each (source, target) pair of a unit is the unit with those two variants.
  const sourceLang = first.header.attrs['srclang'] ?? '';
  let pairs = 0;
  let whole = 0;
  let unapproved = 0;
  let approved = 0;
  for (const unit of strip(first.units)) {
    const source = unit.variants.find((v) => sameLanguage(v.lang, sourceLang));
    for (const entry of entriesFromUnit(unit, { sourceLang })) {
      const target = unit.variants.find((v) => v !== source && v.lang === entry.targetLang);
      pairs++;
      if (entry.notApproved !== undefined) unapproved++;
      if (entry.approved !== undefined) approved++;
      if (isDeepStrictEqual(unitFromEntry(entry), { ...unit, variants: [source, target] })) whole++;
    }
  }
  console.log(
    `${name}: TMX ${first.version}, ${first.units.length} units, ${codes} inline codes; lossless: ${lossless ? 'yes' : 'NO'}; DTD: ${valid}; ` +
      `through memory entries: ${whole}/${pairs} pairs whole, ${unapproved} marked not approved, ${approved} approved`,
  );
  if (!lossless || valid === 'INVALID' || whole !== pairs) failures++;
}
console.log(failures === 0 ? 'all samples read and write without loss' : `${failures} sample(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
