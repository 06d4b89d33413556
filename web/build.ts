// Builds the page of `tessera serve` into one folder: index.html, app.css and app.js (Preact and
// the page's TypeScript bundled by esbuild, no CDN). `npm run compile` runs it into lib/web/;
// tests build into a temp folder.

import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const WEB = dirname(fileURLToPath(import.meta.url));
const STATIC_FILES = ['index.html', 'app.css'];

/** Build the bundle into `outDir` (created if needed). */
export async function buildWeb(outDir: string, options: { minify?: boolean } = {}): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(WEB, 'src', 'main.tsx')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const file of STATIC_FILES) copyFileSync(join(WEB, file), join(outDir, file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2] ?? join(WEB, '..', 'lib', 'web');
  await buildWeb(out);
}
