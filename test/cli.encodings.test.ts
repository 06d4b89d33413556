// XML files from CAT tools come in UTF-16 (Trados writes its TMX so) or in a legacy encoding
// they declare, as well as in UTF-8: memories in locales/, `tm import` and `import` read them
// all, an imported memory is kept byte for byte, and a file that is not what it says stops the
// command at its line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleProject, snapshot, tessera } from './support/cli.js';

const SOURCE = "Les forces irakiennes ont repris l'aéroport de Mossoul.";
const TARGET = 'Iraqi forces retook Mosul’s airport.';
const TARGET_LATIN1 = "Iraqi forces retook Mosul's airport, café included.";

const tmx = (encoding: string, target = TARGET): string =>
  `<?xml version="1.0" encoding="${encoding}"?>\n<tmx version="1.4">\n` +
  '<header creationtool="SDL Language Platform" creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="fr-FR" datatype="xml"/>\n' +
  '<body>\n' +
  `<tu creationdate="20240305T101500Z"><tuv xml:lang="fr-FR"><seg>${SOURCE.replace("'", '&apos;')}</seg></tuv>` +
  `<tuv xml:lang="en-US"><seg>${target}</seg></tuv></tu>\n</body>\n</tmx>\n`;

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const BOM = '\uFEFF';

const files: Array<[string, Buffer, string]> = [
  ['UTF-8 with a BOM', Buffer.from(BOM + tmx('UTF-8'), 'utf8'), TARGET],
  ['UTF-16LE with a BOM (Trados)', Buffer.from(BOM + tmx('UTF-16'), 'utf16le'), TARGET],
  ['UTF-16BE with a BOM', utf16be(BOM + tmx('UTF-16')), TARGET],
  ['UTF-16LE without a BOM', Buffer.from(tmx('UTF-16'), 'utf16le'), TARGET],
  ['ISO-8859-1, declared', Buffer.from(tmx('ISO-8859-1', TARGET_LATIN1), 'latin1'), TARGET_LATIN1],
  ['UTF-8 that still declares UTF-16', Buffer.from(tmx('UTF-16'), 'utf8'), TARGET],
];

async function lookupIn(root: string): Promise<{ target: string; origin: string } | undefined> {
  const { code, stdout, stderr } = await tessera(['tm', 'lookup', SOURCE, '--to', 'en', '--format', 'json'], root);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { matches: Array<{ target: string; origin: string }> }).matches.find((m) => m.origin.endsWith('cat.tmx'));
}

describe('memories in any encoding an XML file may have', () => {
  it.each(files)('%s: read from locales/', async (_name, bytes, target) => {
    const root = sampleProject();
    writeFileSync(join(root, 'locales/en/cat.tmx'), bytes);
    expect(await lookupIn(root)).toMatchObject({ target, origin: 'locales/en/cat.tmx' });
  });

  it.each(files)('%s: tm import keeps the file byte for byte', async (_name, bytes, target) => {
    const root = sampleProject();
    writeFileSync(join(root, 'cat.tmx'), bytes);
    const { code, stdout } = await tessera(['tm', 'import', 'cat.tmx', '--to', 'en'], root);
    expect(stdout).toBe('imported locales/en/cat.tmx (1 fr→en entries)\n');
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'locales/en/cat.tmx')).equals(bytes)).toBe(true);
    expect(await lookupIn(root)).toMatchObject({ target });
  });
});

describe('a file that is not in the encoding it says', () => {
  // An unpaired surrogate on line 5 of a UTF-16 file.
  const lines = tmx('UTF-16').split('\n');
  const broken = Buffer.concat([
    Buffer.from(`${BOM}${lines.slice(0, 4).join('\n')}\n`, 'utf16le'),
    Buffer.from([0x00, 0xd8]),
    Buffer.from(lines.slice(4).join('\n'), 'utf16le'),
  ]);
  it.each<[string, Buffer, RegExp]>([
    ['invalid UTF-16', broken, /^tessera tm: locales\/en\/cat\.tmx:5: not valid UTF-16LE text\n$/],
    ['an encoding nobody knows', Buffer.from(tmx('x-tessera-unknown'), 'utf8'), /^tessera tm: locales\/en\/cat\.tmx:1: unsupported encoding "x-tessera-unknown" in the XML declaration\n$/],
  ])('%s: exit 2 at its line, nothing written', async (_name, bytes, message) => {
    const root = sampleProject();
    writeFileSync(join(root, 'locales/en/cat.tmx'), bytes);
    const before = snapshot(root);
    const { code, stderr } = await tessera(['tm', 'lookup', SOURCE, '--to', 'en'], root);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('an XLIFF file in UTF-16', () => {
  it('is imported like its UTF-8 twin', async () => {
    const root = sampleProject();
    const exported = await tessera(['export', '--to', 'en', '--out', 'en.xlf'], root);
    expect(exported.code).toBe(0);
    const xliff = readFileSync(join(root, 'en.xlf'), 'utf8');
    const edited = xliff.replace('thousands of civilians have fallen victim', 'thousands of civilians fell victim').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    expect(edited).not.toBe(xliff);
    writeFileSync(join(root, 'en.xlf'), Buffer.from(BOM + edited, 'utf16le'));
    const { code, stdout } = await tessera(['import', 'en.xlf'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 merged/);
    expect(readFileSync(join(root, 'locales/en/mossoul-2017.po'), 'utf8')).toContain('thousands of civilians fell victim');
  });
});
