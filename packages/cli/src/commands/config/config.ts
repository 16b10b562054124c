import { UsageError } from '@complexionist/core';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { choiceValue, stringValue } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions } from '../../shared/context.js';
import { exactlyOne } from '../../shared/exactly-one.js';
import { loadCliConfig } from '../../wiring/load.js';
import { configPaths } from '../../wiring/paths.js';
import { configInit } from './init.js';
import { configSet, configUnset } from './set.js';
import { showConfig, showConfigJson } from './show.js';
import { configValidate } from './validate.js';

/** Options of `complexionist config`. */
export type ConfigOptions = GlobalOptions &
  (
    | { action: 'show'; format: 'text' | 'json' }
    | { action: 'path' | 'init' | 'validate' }
    | { action: 'set'; key: string; value: string }
    | { action: 'unset'; key: string }
  );

const FLAGS = ['show', 'set', 'unset', 'path'] as const;
const SUBCOMMANDS = ['init', 'validate'] as const;

/** Reads `config --show [--format json] | --set KEY VALUE | --unset KEY | --path | init | validate`. */
export function configOptionsFromArgs(parsed: ParsedCommand): ConfigOptions {
  const global = globalOptions(parsed.values);
  const [first, ...rest] = parsed.positionals;
  const flagGiven = FLAGS.some((name) => parsed.values[name] !== undefined && parsed.values[name] !== false);
  const format = choiceValue(parsed.values, 'format', ['text', 'json'] as const, 'text');
  const formatGiven = parsed.values.format !== undefined;
  const subcommand = SUBCOMMANDS.find((name) => name === first);
  if (subcommand !== undefined && !flagGiven) {
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}"`);
    if (formatGiven) throw new UsageError('--format goes with --show only');
    return { ...global, action: subcommand };
  }
  if (!flagGiven) {
    throw new UsageError(
      first === undefined
        ? 'Give one of --show, --set, --unset, --path, or say init or validate'
        : `Unknown action "${first}": use --show, --set, --unset, --path, init or validate`,
    );
  }
  const action = exactlyOne(parsed.values, FLAGS);
  if (formatGiven && action !== 'show') throw new UsageError('--format goes with --show only');
  if (action === 'set') {
    const key = stringValue(parsed.values, 'set') ?? '';
    if (first === undefined)
      throw new UsageError(`--set ${key} needs a value, e.g. config --set plex.url http://…`);
    return { ...global, action, key, value: first };
  }
  if (first !== undefined) throw new UsageError(`Unexpected argument "${first}"`);
  if (action === 'unset') return { ...global, action, key: stringValue(parsed.values, 'unset') ?? '' };
  return action === 'show' ? { ...global, action, format } : { ...global, action };
}

/** Shows, changes or checks the configuration, writes a starter file, or prints the file paths. */
export async function configCommand(options: ConfigOptions, io: CommandIo): Promise<void> {
  switch (options.action) {
    case 'path': {
      const paths = configPaths(options, io);
      io.stdout.write(`${paths.map(([label, path]) => `${label.padEnd(12)} ${path}`).join('\n')}\n`);
      return;
    }
    case 'show': {
      const loaded = await loadCliConfig(options, io, () => false);
      io.stdout.write(options.format === 'json' ? showConfigJson(loaded) : showConfig(loaded));
      return;
    }
    case 'set':
      return configSet(options, options.key, options.value, io);
    case 'unset':
      return configUnset(options, options.key, io);
    case 'init':
      return configInit(options, io);
    case 'validate':
      return configValidate(options, io);
  }
}
