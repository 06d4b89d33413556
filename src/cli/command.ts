// What every command is made of: a name, its help, its flags, and a run function that returns
// the exit code. Commands only parse arguments, read files, call stages and write results.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { shouldColor } from '../report/index.js';

/** The process around a command, injected so that tests run commands in-process. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
}

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  /** `tessera <usage>` */
  usage: string;
  summary: string;
  /** Extra help lines below the flags. */
  details?: string;
  options: Options;
  /** Descriptions of the options, by name. */
  help: Record<string, string>;
  run(args: { values: Values; positionals: string[] }, io: Io): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  root: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
};

export const COMMON_HELP: Record<string, string> = {
  root: 'project folder (default: current folder)',
  quiet: 'no progress or summary on stderr',
  'no-color': 'no colours (also NO_COLOR=1)',
  help: 'show this help',
};

/** Parse a command's arguments; a bad flag is a usage error (exit 2). */
export function parseCommandArgs(command: Command, argv: string[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (error) {
    throw new InputError(`${(error as Error).message.replace(/\. To specify.*$/s, '')} (see tessera ${command.name} --help)`);
  }
}

/** The help text of a command. */
export function commandHelp(command: Command): string {
  const lines = [`Usage: tessera ${command.usage}`, '', command.summary, '', 'Options:'];
  const all = { ...command.options, ...COMMON_OPTIONS };
  const help = { ...command.help, ...COMMON_HELP };
  const rows = Object.entries(all).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' <value>' : ''}`;
    return [flag, help[name] ?? ''] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}  ${text}`);
  if (command.details) lines.push('', command.details);
  lines.push('', 'Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage or input error.');
  return `${lines.join('\n')}\n`;
}

/** A string flag's value, checked against the allowed values. */
export function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InputError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}"`);
  }
  return value as T;
}

/** A string flag's value. */
export function stringFlag(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether to colour standard output: --no-color, then NO_COLOR / FORCE_COLOR / TERM, then the TTY. */
export function colorOutput(values: Values, io: Io): boolean {
  return shouldColor(io.stdout, io.env, values['no-color'] === true ? false : undefined);
}
