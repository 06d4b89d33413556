// Builds two real translation memories from the gettext catalogs shipped in Debian packages:
// French–English (French msgstr → English msgid) and French–Arabic (French and Arabic msgstr of
// the same msgctxt + msgid). Downloads with `apt-get download` into .cache/tm/debs, unpacks with
// `dpkg-deb -x`, reads the .mo files with gettext-parser, and writes .cache/tm/fr-en.tmx and
// .cache/tm/fr-ar.tmx with our TMX writer.
//
//   npx tsx scripts/build-tm-corpus.ts [--no-download]

import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mo } from 'gettext-parser';
import { tmxChunks, type TmxHeader, type TranslationUnit } from '../src/formats/tmx/index.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const cache = join(root, '.cache', 'tm');
const debs = join(cache, 'debs');
const unpacked = join(cache, 'x');

/** Packages whose gettext catalogs hold French and (often) Arabic translations of English UI text. */
export const PACKAGES = [
  'libreoffice-l10n-fr',
  'libreoffice-l10n-ar',
  'iso-codes',
  'vlc-l10n',
  'gimp-data',
  'inkscape',
  'gnucash-common',
  'libgtk-3-common',
  'libglib2.0-data',
  'evolution-common',
  'evolution-data-server-common',
  'gnome-control-center-data',
  'nautilus-data',
  'gnome-shell-common',
  'util-linux-locales',
  'coreutils',
  'aptitude-common',
  'synaptic',
  'gnumeric-common',
  'gcc-12-locales',
  'locales',
  'binutils-common',
  'libgweather-4-common',
  'audacity-data',
  'filezilla-common',
  'pidgin-data',
  'geany-common',
  'gramps',
  'blender-data',
  'freeciv-data',
  'libsane-common',
  'gedit-common',
  'evince-common',
  'rhythmbox-data',
  'gnome-software-common',
  'hexchat-common',
  'thunar-data',
  'mate-desktop-common',
  'git',
];

/** Control characters that XML 1.0 cannot carry (a few catalogs hold them): such pairs are left out. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

function download(): void {
  mkdirSync(debs, { recursive: true });
  const present = readdirSync(debs);
  const missing = PACKAGES.filter((p) => !present.some((f) => f.startsWith(`${p}_`)));
  if (missing.length === 0) return;
  if (!has('apt-get')) {
    console.log(`apt-get is absent: cannot download ${missing.join(', ')}; using what is in ${debs}`);
    return;
  }
  console.log(`downloading ${missing.length} packages…`);
  const run = spawnSync('apt-get', ['download', ...missing], { cwd: debs, stdio: 'inherit' });
  if (run.status !== 0) console.log('apt-get download failed for some packages (try `apt-get update` first); continuing');
}

function unpack(): void {
  mkdirSync(unpacked, { recursive: true });
  for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) {
    const stamp = join(unpacked, `.${deb}.done`);
    if (existsSync(stamp)) continue;
    const run = spawnSync('dpkg-deb', ['-x', join(debs, deb), unpacked], { stdio: 'inherit' });
    if (run.status === 0) createWriteStream(stamp).end();
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && entry.name.endsWith('.mo')) yield path;
  }
}

/** `…/locale/fr/LC_MESSAGES/gtk30.mo` → { lang: 'fr', domain: '…/locale/LC_MESSAGES/gtk30' }. */
function catalogOf(path: string): { lang: string; domain: string } | undefined {
  const parts = relative(unpacked, path).split(sep);
  const at = parts.indexOf('LC_MESSAGES');
  if (at < 1) return undefined;
  const lang = parts[at - 1]!;
  if (lang !== 'fr' && lang !== 'ar') return undefined;
  const domain = [...parts.slice(0, at - 1), ...parts.slice(at)].join('/').replace(/\.mo$/, '');
  return { lang, domain };
}

/** English key (context + msgid) → translated string, singular and plural forms paired. */
function readCatalog(path: string, lang: 'fr' | 'ar'): Map<string, { en: string; text: string }> {
  const out = new Map<string, { en: string; text: string }>();
  const parsed = mo.parse(readFileSync(path));
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const [msgid, entry] of Object.entries(entries)) {
      if (msgid === '') continue;
      const forms = entry.msgstr;
      const add = (en: string, text: string | undefined, form: number): void => {
        if (text === undefined || text.trim() === '' || en.trim() === '') return;
        if (NOT_XML.test(text) || NOT_XML.test(en)) return;
        out.set(`${context}\u0004${msgid}\u0004${form}`, { en, text });
      };
      add(msgid, forms[0], 0);
      // Plural forms line up with English only for French (one/other); Arabic has six.
      if (lang === 'fr' && entry.msgid_plural) add(entry.msgid_plural, forms[1], 1);
    }
  }
  return out;
}

function header(target: string): TmxHeader {
  return {
    attrs: {
      creationtool: 'Tessera build-tm-corpus',
      creationtoolversion: '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'gettext MO',
      adminlang: 'en',
      srclang: 'fr',
      datatype: 'plaintext',
    },
    props: [{ type: 'x-source', value: `Debian packages: ${PACKAGES.join(', ')}` }],
    notes: [{ text: `French–${target} pairs joined on the English msgid of the same catalog.` }],
    udes: [],
  };
}

async function write(path: string, target: string, units: TranslationUnit[]): Promise<void> {
  const stream = createWriteStream(path);
  for (const chunk of tmxChunks(header(target), units)) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function unit(domain: string, fr: string, lang: string, text: string): TranslationUnit {
  const variant = (l: string, t: string) => ({ lang: l, text: t, codes: [], attrs: {}, props: [], notes: [] });
  return {
    attrs: {},
    props: [{ type: 'x-domain', value: domain }],
    notes: [],
    variants: [variant('fr', fr), variant(lang, text)],
  };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-download')) download();
  if (!existsSync(debs)) {
    console.log(`no packages in ${debs}: skipping (run without --no-download on a Debian machine)`);
    return;
  }
  if (!has('dpkg-deb')) {
    console.log('dpkg-deb is absent: cannot unpack the packages; skipping');
    return;
  }
  unpack();
  const catalogs = new Map<string, { fr?: string; ar?: string }>();
  for (const path of walk(unpacked)) {
    const c = catalogOf(path);
    if (!c) continue;
    const entry = catalogs.get(c.domain) ?? {};
    entry[c.lang as 'fr' | 'ar'] = path;
    catalogs.set(c.domain, entry);
  }
  const frEn: TranslationUnit[] = [];
  const frAr: TranslationUnit[] = [];
  const seenEn = new Set<string>();
  const seenAr = new Set<string>();
  for (const [domain, { fr, ar }] of [...catalogs].sort(([a], [b]) => a.localeCompare(b))) {
    if (!fr) continue;
    const french = readCatalog(fr, 'fr');
    const arabic = ar ? readCatalog(ar, 'ar') : new Map<string, { en: string; text: string }>();
    for (const [key, { en, text }] of french) {
      const pairEn = `${text}\u0000${en}`;
      if (!seenEn.has(pairEn)) {
        seenEn.add(pairEn);
        frEn.push(unit(domain, text, 'en', en));
      }
      const arText = arabic.get(key)?.text;
      if (arText === undefined) continue;
      const pairAr = `${text}\u0000${arText}`;
      if (!seenAr.has(pairAr)) {
        seenAr.add(pairAr);
        frAr.push(unit(domain, text, 'ar', arText));
      }
    }
  }
  await write(join(cache, 'fr-en.tmx'), 'English', frEn);
  await write(join(cache, 'fr-ar.tmx'), 'Arabic', frAr);
  console.log(`catalog domains: ${catalogs.size}`);
  console.log(`fr-en: ${frEn.length} pairs → ${join(cache, 'fr-en.tmx')}`);
  console.log(`fr-ar: ${frAr.length} pairs → ${join(cache, 'fr-ar.tmx')}`);
}

await main();
