// The tessera command: picks the subcommand, runs it, and turns errors into exit codes in one place.
import { InputError } from '../errors.js';
import { commandHelp, parseCommandArgs, type Command, type Io } from './command.js';
import { build } from './commands/build.js';
import { check } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { extract } from './commands/extract.js';
import { importCommand } from './commands/import.js';
import { init } from './commands/init.js';
import { qa } from './commands/qa.js';
import { segment } from './commands/segment.js';
import { serve } from './commands/serve.js';
import { status } from './commands/status.js';
import { tm } from './commands/tm.js';
import { VERSION } from './version.js';

export const COMMANDS: readonly Command[] = [init, segment, extract, status, check, qa, build, tm, exportCommand, importCommand, serve];

export type { Io };

/**
 * Run `tessera` with the given arguments.
 * @returns The exit code: 0 success, 1 content errors, 2 usage or input error.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(target ? commandHelp(target) : mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`tessera: unknown command "${name}"\n\n${mainHelp()}`);
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

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: tessera <command> [options]',
    '',
    'Localize articles: French source → sentence segments with stable IDs → translations in PO files',
    '→ English and Arabic editions, with drift and quality checks.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split('\n')[0]}`),
    '',
    'Run tessera <command> --help for its options. Every command takes --root DIR (default: current folder).',
    'Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage or input error.',
    '',
  ].join('\n');
}
