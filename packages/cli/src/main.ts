import { closest } from '@complexionist/config';
import { createRedactor, isComplexionistError, UsageError } from '@complexionist/core';
import pc from 'picocolors';
import { redactingSink } from './redact.js';
import { COMMANDS, type CommandEntry } from './registry.js';
import { commandHelp, mainHelp } from './shared/args/help.js';
import { locateCommand } from './shared/args/locate.js';
import { parseCommand, usageLine } from './shared/args/parse.js';
import type { CommandIo } from './shared/context.js';
import { EXIT, type ExitCode, exitCodeFor, renderError } from './shared/exit.js';
import type { CliIo } from './shared/io.js';
import { cliVersion } from './version.js';

/** Flags whose value is a secret: hidden from stderr from the very start. */
const SECRET_FLAGS = new Set(['--token', '--key', '--pin']);

/**
 * Runs one command line in-process and returns the exit code (docs/spec.md §5). Never throws: every error is
 * printed on stderr (secrets redacted) and mapped to 2 (usage/config), 3 (service), 130 (Ctrl-C) or 1.
 */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const redactor = createRedactor();
  redactor.add(...secretArgs(argv));
  const cio: CommandIo = { ...io, stderr: redactingSink(io.stderr, redactor), redactor };
  const detailed = argv.includes('-v') || argv.includes('--verbose') || Boolean(io.env.COMPLEXIONIST_DEBUG);
  try {
    const { name, args } = locateCommand(argv);
    if (name === undefined && (args.includes('--version') || args.includes('-V'))) {
      io.stdout.write(`${cliVersion()}\n`);
      return EXIT.ok;
    }
    if (name === 'help' || (name === undefined && (args.length === 0 || isHelp(args)))) {
      // `help scan` is `scan --help`; `help` alone (or `--help`) is the overview.
      const topic = name === 'help' ? locateCommand(args).name : undefined;
      io.stdout.write(topic === undefined ? overview() : commandHelp(findCommand(topic).spec));
      return EXIT.ok;
    }
    const command = findCommand(name);
    const parsed = parseCommand(command.spec, args);
    if (parsed.values.help === true) {
      io.stdout.write(commandHelp(command.spec));
      return EXIT.ok;
    }
    const run = withUsageLine(command, () => command.prepare(parsed));
    await run(cio);
    return EXIT.ok;
  } catch (error) {
    const colour = io.isTTY.stderr && !io.env.NO_COLOR;
    cio.stderr.write(renderError(error, { detailed, ...(colour ? { paint: pc.red } : {}) }));
    return exitCodeFor(error, io.signal);
  }
}

function isHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

function overview(): string {
  return mainHelp(
    COMMANDS.map((c) => c.spec),
    cliVersion(),
  );
}

/** The command called `name`; an unknown or missing name is a usage error listing the commands. */
function findCommand(name: string | undefined): CommandEntry {
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.spec.name);
    const likely = name === undefined ? undefined : closest(name.toLowerCase(), names);
    const guess = likely === undefined ? '' : ` (did you mean \`${likely}\`?)`;
    throw new UsageError(name === undefined ? 'No command given' : `Unknown command "${name}"${guess}`, {
      hint: `Commands: ${names.join(', ')}. Run "complexionist --help" for more.`,
    });
  }
  return command;
}

/** Usage errors found while reading flags are shown with the command's usage line. */
function withUsageLine<T>(command: CommandEntry, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isComplexionistError(error) && error.kind === 'usage' && error.hint === undefined) {
      throw new UsageError(error.message, { hint: usageLine(command.spec), cause: error });
    }
    throw error;
  }
}

/** Values given to `--token`, `--key` and `--pin` (both `--key V` and `--key=V`). */
function secretArgs(argv: string[]): string[] {
  const secrets: string[] = [];
  argv.forEach((arg, i) => {
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!SECRET_FLAGS.has(name)) return;
    const value = inline ?? argv[i + 1];
    if (value !== undefined) secrets.push(value);
  });
  return secrets;
}
