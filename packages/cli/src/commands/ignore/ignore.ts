import { addIgnore, IGNORE_KINDS, type IgnoreKind, removeIgnore } from '@complexionist/config';
import { UsageError } from '@complexionist/core';
import type { ParsedCommand } from '../../shared/args/parse.js';
import { choiceValue } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from '../../shared/context.js';
import { editableConfigFile } from '../../wiring/config-file.js';
import { loadCliConfig } from '../../wiring/load.js';

/** Options of `complexionist ignore`. */
export interface IgnoreOptions extends GlobalOptions {
  action: 'add' | 'remove' | 'list';
  kind?: IgnoreKind;
  value?: string;
  /** `list --format json`. */
  format: 'text' | 'json';
}

const KINDS: Record<string, IgnoreKind> = {
  collection: 'collections',
  collections: 'collections',
  movie: 'movies',
  movies: 'movies',
  show: 'shows',
  shows: 'shows',
  episode: 'episodes',
  episodes: 'episodes',
};

function kindOf(raw: string | undefined): IgnoreKind | undefined {
  if (raw === undefined) return undefined;
  const kind = KINDS[raw.toLowerCase()];
  if (kind === undefined)
    throw new UsageError(`Unknown kind "${raw}": use collection, movie, show or episode`);
  return kind;
}

/** Reads `ignore add|remove <kind> <value>` and `ignore list [kind]`. */
export function ignoreOptionsFromArgs(parsed: ParsedCommand): IgnoreOptions {
  const [action, rawKind, value] = parsed.positionals;
  if (action !== 'add' && action !== 'remove' && action !== 'list') {
    throw new UsageError(
      action === undefined
        ? 'Say add, remove or list'
        : `Unknown action "${action}": use add, remove or list`,
    );
  }
  const kind = kindOf(rawKind);
  if (action !== 'list' && (kind === undefined || value === undefined)) {
    throw new UsageError(
      `ignore ${action} needs a kind and a value, e.g. "ignore ${action} collection 8091"`,
    );
  }
  if (action === 'list' && value !== undefined) throw new UsageError(`Unexpected argument "${value}"`);
  const format = choiceValue(parsed.values, 'format', ['text', 'json'] as const, 'text');
  if (action !== 'list' && parsed.values.format !== undefined)
    throw new UsageError('--format goes with ignore list only');
  return {
    ...globalOptions(parsed.values),
    action,
    format,
    ...(kind === undefined ? {} : { kind }),
    ...(value === undefined ? {} : { value }),
  };
}

/** Adds to, removes from or lists `ignore.*` in the configuration file (comments are kept). */
export async function ignoreCommand(options: IgnoreOptions, io: CommandIo): Promise<void> {
  if (options.action === 'list') return listIgnored(options, io);
  const file = editableConfigFile(options, io);
  const kind = options.kind as IgnoreKind;
  const noun = kind.replace(/s$/, '');
  if (options.action === 'add') {
    const change = addIgnore(file, kind, options.value as string);
    say(
      io,
      options,
      change.changed
        ? `Ignoring ${noun} ${change.value} (saved to ${file}).`
        : `${noun} ${change.value} was already ignored in ${file}.`,
    );
  } else {
    const change = removeIgnore(file, kind, options.value as string);
    say(
      io,
      options,
      change.changed
        ? `No longer ignoring ${noun} ${change.value} (saved to ${file}).`
        : `${noun} ${change.value} was not in the ignore list of ${file}.`,
    );
  }
}

async function listIgnored(options: IgnoreOptions, io: CommandIo): Promise<void> {
  const { config } = await loadCliConfig(options, io, (key) => key.startsWith('ignore.'));
  const kinds = options.kind === undefined ? IGNORE_KINDS : [options.kind];
  if (options.format === 'json') {
    const lists = Object.fromEntries(kinds.map((kind) => [kind, config.ignore[kind]]));
    io.stdout.write(`${JSON.stringify(lists, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const kind of kinds) {
    const values: Array<string | number> = config.ignore[kind];
    lines.push(`${kind}: ${values.length === 0 ? '(none)' : values.join(', ')}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}
