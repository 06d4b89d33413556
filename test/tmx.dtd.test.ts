// What the writer produces validates against the TMX 1.4 DTD (system xmllint --dtdvalid).
// xmllint-wasm 5.3 offers only --schema/--relaxng, so DTD validation needs libxml2-utils.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTmx, serializeTmx } from '../src/formats/tmx/index.js';
import { tmxFromEntries } from '../src/memory/index.js';
import { HAS_XMLLINT, validateTmxFile } from './support/tmx-dtd.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/tmx/${name}`, import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tessera-tmx-'));

function validate(xml: string): { valid: boolean; output: string } {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.tmx`);
  writeFileSync(file, xml);
  return validateTmxFile(file);
}

describe.skipIf(!HAS_XMLLINT)('TMX output against the TMX 1.4 DTD', () => {
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
