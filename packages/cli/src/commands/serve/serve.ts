import type { ParsedCommand } from '../../shared/args/parse.js';
import { flag, integerValue, stringValue } from '../../shared/args/values.js';
import { type CommandIo, type GlobalOptions, globalOptions, say } from '../../shared/context.js';

/** Options of `complexionist serve`. */
export interface ServeOptions extends GlobalOptions {
  host?: string;
  port?: number;
  demo: boolean;
}

/** Reads `serve [--host HOST] [--port PORT] [--demo]`. */
export function serveOptionsFromArgs(parsed: ParsedCommand): ServeOptions {
  const { values } = parsed;
  const host = stringValue(values, 'host');
  const port = integerValue(values, 'port', { min: 0, max: 65535 });
  return {
    ...globalOptions(values),
    demo: flag(values, 'demo'),
    ...(host === undefined ? {} : { host }),
    ...(port === undefined ? {} : { port }),
  };
}

/**
 * Starts `@complexionist/server` (it loads the configuration and logs its URL) and runs until Ctrl-C or
 * SIGTERM (`docker stop`, `systemctl stop`), then closes it cleanly: running scans cancelled, cache closed,
 * exit code 0. Log lines go to stderr through the redactor; `-q` keeps only warnings and errors.
 */
export async function serveCommand(options: ServeOptions, io: CommandIo): Promise<void> {
  // Loaded on demand: the server and its dependencies would add ~100 ms to the start of every other command.
  const { serve } = await import('@complexionist/server');
  const server = await serve({
    env: io.env,
    cwd: io.cwd,
    now: io.now,
    demo: options.demo,
    // The server stops itself on SIGTERM/SIGINT; Ctrl-C also aborts io.signal (the CLI's own handler).
    handleSignals: true,
    log: (line) => {
      if (!options.quiet || !line.startsWith('info:')) io.stderr.write(`${line}\n`);
    },
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  say(io, options, 'Press Ctrl-C to stop.');
  await Promise.race([
    server.closed,
    new Promise<void>((resolve) => {
      if (io.signal.aborted) resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
    }),
  ]);
  await server.close();
  say(io, options, 'Stopped.');
}
