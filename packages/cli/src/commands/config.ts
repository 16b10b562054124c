import { UsageError } from '@complexionist/core';
import type { ParsedCommand } from '../args/parse.js';
import { stringValue } from '../args/values.js';
import { loadCliConfig } from '../wiring/load.js';
import { configPaths } from '../wiring/paths.js';
import { showConfig } from './config-show.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from './context.js';
import { exactlyOne } from './exactly-one.js';
import { saveSetting } from './save-setting.js';
import { shadowNote } from './shadow-note.js';

/** Options of `complexionist config`. */
export type ConfigOptions = GlobalOptions &
  ({ action: 'show' } | { action: 'path' } | { action: 'set'; key: string; value: string });

/** Reads `config --show | --set KEY VALUE | --path`. */
export function configOptionsFromArgs(parsed: ParsedCommand): ConfigOptions {
  const action = exactlyOne(parsed.values, ['show', 'set', 'path'] as const);
  const global = globalOptions(parsed.values);
  if (action !== 'set') {
    if (parsed.positionals.length > 0) throw new UsageError(`Unexpected argument "${parsed.positionals[0]}"`);
    return { ...global, action };
  }
  const key = stringValue(parsed.values, 'set') ?? '';
  const value = parsed.positionals[0];
  if (value === undefined)
    throw new UsageError(`--set ${key} needs a value, e.g. config --set plex.url http://…`);
  return { ...global, action, key, value };
}

/** Shows the merged configuration (secrets masked), changes one setting, or prints the file paths. */
export async function configCommand(options: ConfigOptions, io: CommandIo): Promise<void> {
  if (options.action === 'path') {
    const paths = configPaths(options, io);
    io.stdout.write(`${paths.map(([label, path]) => `${label.padEnd(12)} ${path}`).join('\n')}\n`);
    return;
  }
  if (options.action === 'show') {
    io.stdout.write(showConfig(await loadCliConfig(options, io)));
    return;
  }
  io.redactor.add(options.value);
  const saved = await saveSetting(options.key, options.value, options, io);
  say(io, options, `Set ${options.key} in ${saved.file}.`);
  if (saved.env !== undefined) await shadowNote(io, options, [saved.env], saved.file);
}
