import {
  AUTH_SPEC,
  CACHE_SPEC,
  CONFIG_SPEC,
  IGNORE_SPEC,
  NOTIFY_SPEC,
  SERVE_SPEC,
} from './args/admin-specs.js';
import type { ParsedCommand } from './args/parse.js';
import { EPISODES_SPEC, MOVIES_SPEC, SCAN_SPEC } from './args/scan-specs.js';
import type { CommandSpec } from './args/spec.js';
import { authCommand, authOptionsFromArgs } from './commands/auth.js';
import { cacheCommand, cacheOptionsFromArgs } from './commands/cache.js';
import { configCommand, configOptionsFromArgs } from './commands/config.js';
import type { CommandIo } from './commands/context.js';
import { ignoreCommand, ignoreOptionsFromArgs } from './commands/ignore.js';
import { notifyCommand, notifyOptionsFromArgs } from './commands/notify.js';
import { scanCommand } from './commands/scan.js';
import { scanOptionsFromArgs } from './commands/scan-options.js';
import { SEND_SPEC, sendCommand, sendOptionsFromArgs } from './commands/send/index.js';
import { serveCommand, serveOptionsFromArgs } from './commands/serve.js';
import { WATCHLIST_SPEC, watchlistCommand, watchlistOptionsFromArgs } from './commands/watchlist/index.js';

/** A command as `main` runs it: its spec, how to read its flags, and the function that does the work. */
export interface CommandEntry {
  spec: CommandSpec;
  /** Checks the flags; throws `UsageError` for a bad value. */
  prepare(parsed: ParsedCommand): (io: CommandIo) => Promise<void>;
}

function entry<O>(
  spec: CommandSpec,
  fromArgs: (parsed: ParsedCommand) => O,
  run: (options: O, io: CommandIo) => Promise<void>,
): CommandEntry {
  return {
    spec,
    prepare(parsed) {
      const options = fromArgs(parsed);
      return (io) => run(options, io);
    },
  };
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: CommandEntry[] = [
  entry(MOVIES_SPEC, (p) => scanOptionsFromArgs('movies', p), scanCommand),
  entry(EPISODES_SPEC, (p) => scanOptionsFromArgs('episodes', p), scanCommand),
  entry(SCAN_SPEC, (p) => scanOptionsFromArgs('scan', p), scanCommand),
  entry(WATCHLIST_SPEC, watchlistOptionsFromArgs, watchlistCommand),
  entry(SEND_SPEC, sendOptionsFromArgs, sendCommand),
  entry(SERVE_SPEC, serveOptionsFromArgs, serveCommand),
  entry(CONFIG_SPEC, configOptionsFromArgs, configCommand),
  entry(CACHE_SPEC, cacheOptionsFromArgs, cacheCommand),
  entry(AUTH_SPEC, authOptionsFromArgs, authCommand),
  entry(IGNORE_SPEC, ignoreOptionsFromArgs, ignoreCommand),
  entry(NOTIFY_SPEC, notifyOptionsFromArgs, notifyCommand),
];
