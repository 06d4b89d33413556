// What the writer produces validates against the TMX 1.4 DTD (system xmllint --dtdvalid).
// xmllint-wasm 5.3 offers only --schema/--relaxng, so DTD validation needs libxml2-utils.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';
import { tmxFromEntries } from '../src/memory/index.js';

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.log('xmllint is absent (apt-get install libxml2-utils): TMX DTD validation tests are skipped');

const dtd = fileURLToPath(new URL('fixtures/tmx/tmx14.dtd', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`fixtures/tmx/${name}`, import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tessera-tmx-'));

function validate(xml: string): { valid: boolean; output: string } {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.tmx`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], { encoding: 'utf8' });
  return { valid: run.status === 0, output: run.stderr };
}

describe.skipIf(!hasXmllint)('TMX output against the TMX 1.4 DTD', () => {
  it.each(['golden.tmx', 'okapi-rainbow_potest_en_fr.tmx', 'lisa-compkit_ExportTest2A_en-us_fr-ca_inline.tmx'])('%s rewritten is valid', (name) => {
    const result = validate(serializeTmx(parseTmx(fixture(name))));
    expect(result.output).toBe('');
    expect(result.valid).toBe(true);
  });

  it('a memory written from entries (generic codes, empty header) is valid', () => {
    const doc = tmxFromEntries([
      {
        source: 'Le <1>président</1> a parlé.<2/>',
        target: 'The <1>president</1> spoke.<2/>',
        sourceLang: 'fr',
        targetLang: 'en',
        tuid: 's-abc',
        doc: 'article',
        prev: '',
        next: 'Fin.',
        props: [{ type: 'x-origin', value: 'PO' }],
        created: '20240315T102030Z',
        changed: '20240315T102030Z',
      },
    ]);
    expect(validate(serializeTmx(doc)).valid).toBe(true);
  });

  it('the validation can fail (version 1.4b, missing header attributes)', () => {
    expect(validate('<?xml version="1.0"?><tmx version="1.4b"><header/><body/></tmx>').valid).toBe(false);
  });
});
