import { authCommand, authOptionsFromArgs } from './commands/auth/auth.js';
import { AUTH_SPEC } from './commands/auth/spec.js';
import { cacheCommand, cacheOptionsFromArgs } from './commands/cache/cache.js';
import { CACHE_SPEC } from './commands/cache/spec.js';
import { configCommand, configOptionsFromArgs } from './commands/config/config.js';
import { CONFIG_SPEC } from './commands/config/spec.js';
import { ignoreCommand, ignoreOptionsFromArgs } from './commands/ignore/ignore.js';
import { IGNORE_SPEC } from './commands/ignore/spec.js';
import { notifyCommand, notifyOptionsFromArgs } from './commands/notify/notify.js';
import { NOTIFY_SPEC } from './commands/notify/spec.js';
import { scanOptionsFromArgs } from './commands/scan/options.js';
import { scanCommand } from './commands/scan/scan.js';
import { EPISODES_SPEC, MOVIES_SPEC, SCAN_SPEC } from './commands/scan/spec.js';
import { sendOptionsFromArgs } from './commands/send/options.js';
import { sendCommand } from './commands/send/send.js';
import { SEND_SPEC } from './commands/send/spec.js';
import { serveCommand, serveOptionsFromArgs } from './commands/serve/serve.js';
import { SERVE_SPEC } from './commands/serve/spec.js';
import { WATCHLIST_SPEC } from './commands/watchlist/spec.js';
import { watchlistCommand, watchlistOptionsFromArgs } from './commands/watchlist/watchlist.js';
import type { ParsedCommand } from './shared/args/parse.js';
import type { CommandSpec } from './shared/args/spec.js';
import type { CommandIo } from './shared/context.js';

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
