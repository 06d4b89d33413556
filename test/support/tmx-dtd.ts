// The real libxml2 validator on TMX files: `xmllint --dtdvalid` against the TMX 1.4 DTD.
// xmllint-wasm has no DTD validation, so this needs libxml2-utils; tests skip where it is absent.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const TMX_DTD = fileURLToPath(new URL('../fixtures/tmx/tmx14.dtd', import.meta.url));

export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;
if (!HAS_XMLLINT) console.warn('xmllint is absent (apt-get install libxml2-utils): TMX DTD validation tests are skipped');

/** Validate a TMX file; `output` holds xmllint's complaints. */
export function validateTmxFile(file: string): { valid: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', TMX_DTD, file], { encoding: 'utf8' });
  return { valid: run.status === 0, output: run.stderr };
}
