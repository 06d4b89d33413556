import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer, type RunningServer } from '../../serve/index.js';
import { stringFlag, type Command } from '../command.js';
import { exists } from '../io.js';
import { loadProject, projectRoot } from '../project.js';

/** The page's bundle, built by `npm run compile` (same place from src/ and from lib/). */
const WEB_DIR = fileURLToPath(new URL('../../../lib/web/', import.meta.url));
/** Indexes large memories off the server's thread; compiled with the rest (lib/ from src/ as well). */
const INDEX_WORKER = new URL('../../../lib/serve/index-worker.js', import.meta.url);

export const serve: Command = {
  name: 'serve',
  usage: 'serve [--port 4400] [--host 127.0.0.1]',
  summary:
    'Translate in the browser: a local web page over the project\'s files.\n' +
    'It lists the articles with their progress and shows each one as segments, the French beside the\n' +
    'translation, with translation-memory matches, glossary terms and live quality checks; saving writes\n' +
    'the PO file. A save is refused if the file changed on disk since the page loaded it (another\n' +
    'translator, a git pull). Stop with Ctrl+C.',
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
  },
  help: {
    port: `port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)`,
    host: `address to listen on (default: ${DEFAULT_HOST}, this computer only)`,
  },
  async run({ values }, io) {
    const port = parsePort(stringFlag(values, 'port'));
    const host = stringFlag(values, 'host') ?? DEFAULT_HOST;
    const root = projectRoot(values, io);
    // A bad tessera.config.json is reported before anything else.
    loadProject(root);
    if (!exists(WEB_DIR, 'index.html')) throw new InputError('the page is not built: run npm run compile', { file: WEB_DIR });
    let running: RunningServer;
    try {
      running = await startServer({
        root,
        webDir: WEB_DIR,
        host,
        port,
        log: (line) => io.stderr.write(`${line}\n`),
        ...(existsSync(INDEX_WORKER) ? { indexWorker: INDEX_WORKER } : {}),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new InputError(`port ${port} is already in use; choose another with --port`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new InputError(`cannot listen on --host ${host}: no such address on this computer`);
      if (code === 'EACCES') throw new InputError(`not allowed to listen on port ${port}; choose one above 1023`);
      throw error;
    }
    if (!isLoopback(host)) {
      io.stderr.write(`tessera serve: listening on ${host}: anyone who can reach this address can read and change the translations\n`);
    }
    io.stdout.write(`Translating ${root}\nOpen ${running.url} in a browser (Ctrl+C to stop)\n`);
    await stopRequested();
    await running.close();
    return 0;
  },
};

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InputError(`--port must be a number from 0 to 65535, not "${value}"`);
  return Number(value);
}

function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
