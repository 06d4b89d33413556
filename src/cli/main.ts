// The tessera command: picks the subcommand, runs it, and turns errors into exit codes in one place.
import { InputError } from '../errors.js';
import { commandHelp, parseCommandArgs, type Command, type Io } from './command.js';
import { VERSION } from './version.js';

/**
 * The commands, in the order the help lists them, each loaded only when it runs (the help loads
 * them all): a command then loads only the modules it uses, not those of the ten others (the
 * editor's server, the exchange formats…): `tm` 184 ms against 254 ms for all of them.
 */
const COMMAND_MODULES: ReadonlyArray<readonly [name: string, load: () => Promise<Command>]> = [
  ['init', async () => (await import('./commands/init.js')).init],
  ['segment', async () => (await import('./commands/segment.js')).segment],
  ['extract', async () => (await import('./commands/extract.js')).extract],
  ['status', async () => (await import('./commands/status.js')).status],
  ['check', async () => (await import('./commands/check.js')).check],
  ['qa', async () => (await import('./commands/qa.js')).qa],
  ['build', async () => (await import('./commands/build.js')).build],
  ['tm', async () => (await import('./commands/tm.js')).tm],
  ['export', async () => (await import('./commands/export.js')).exportCommand],
  ['import', async () => (await import('./commands/import.js')).importCommand],
  ['serve', async () => (await import('./commands/serve.js')).serve],
];

/** The names of the commands, in the help's order. */
export const COMMAND_NAMES: readonly string[] = COMMAND_MODULES.map(([name]) => name);

/** The command of that name, loaded, or undefined when there is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return COMMAND_MODULES.find(([known]) => known === name)?.[1]();
}

export type { Io };
export { dropOutputWhenClosed } from './closed-pipe.js';

/**
 * Run `tessera` with the given arguments.
 * @returns The exit code: 0 success, 1 content errors, 2 usage or input error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' && rest[0] !== undefined ? await loadCommand(rest[0]) : undefined;
    io.stdout.write(target ? commandHelp(target) : await mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr.write(`tessera: unknown command "${name}"\n\n${await mainHelp()}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, [...rest]);
    if (args.values.help === true) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`tessera ${command.name}: ${error.toString()}\n`);
      return 2;
    }
    throw error;
  }
}

async function mainHelp(): Promise<string> {
  const commands = await Promise.all(COMMAND_MODULES.map(([, load]) => load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: tessera <command> [options]',
    '',
    'Localize articles: French source → sentence segments with stable IDs → translations in PO files',
    '→ English and Arabic editions, with drift and quality checks.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split('\n')[0]}`),
    '',
    'Run tessera <command> --help for its options. Every command takes --root DIR (default: current folder).',
    'Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage or input error.',
    '',
  ].join('\n');
}
