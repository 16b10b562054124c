import { assertResolved, configPath, loadConfig } from '@complexionist/config';
import { createRedactor } from '@complexionist/core';
import { configSecrets, openHomeCache } from '@complexionist/runtime';
import { createServerDeps } from './server-deps.js';
import { attachSetup } from './setup/attach-setup.js';
import { type RunningServer, startServer } from './start-server.js';
import type { Logger } from './types.js';

/** Options of {@link serve} (what `complexionist serve` runs). */
export interface ServeOptions {
  /** Overrides `server.host`. */
  host?: string;
  /** Overrides `server.port`; 0 picks a free port. */
  port?: number;
  /** Serve the bundled demo library (no Plex, no keys, no network). @default false */
  demo?: boolean;
  /** `--config FILE` instead of `./config.yaml` and `<home>/config.yaml`. */
  configFile?: string;
  /** @default process.cwd() */
  cwd?: string;
  /** @default process.env */
  env?: Record<string, string | undefined>;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Where log lines go. @default console.error */
  log?: (line: string) => void;
  /** Stop on SIGTERM/SIGINT. @default true */
  handleSignals?: boolean;
}

function lineLogger(log: (line: string) => void, secrets: string[]): Logger {
  const { redact } = createRedactor(secrets);
  const write = (level: string) => (message: string) => log(`${level} ${redact(message)}`);
  return { info: write('info:'), warn: write('warning:'), error: write('error:') };
}

/**
 * Loads the configuration (docs/spec.md §6), opens the shared cache (live mode), starts the server and logs
 * its URL. Throws a ConfigError for a bad configuration or a non-loopback host without `server.api_key`.
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const loaded = await loadConfig({
    cwd,
    env,
    ...(options.configFile && { configFile: options.configFile }),
  });
  // The server may scan anything, so every `${VAR}` of config.yaml must be set (the demo needs none).
  if (!options.demo) assertResolved(loaded, () => true);
  const { config, home } = loaded;
  const logger = lineLogger(log, configSecrets(config));
  const cache = options.demo
    ? undefined
    : openHomeCache(home, { use: 'server', onWarning: (message) => logger.warn(message) });
  const built = createServerDeps({
    config,
    demo: Boolean(options.demo),
    ...(cache && { cache, ignoreFile: configPath({ cwd, home, configFile: options.configFile }) }),
    ...(options.now && { now: options.now }),
    logger,
  });
  // Live mode can be set up from the page (plex.tv sign-in, keys), written where `auth` writes.
  const deps = options.demo
    ? built
    : attachSetup(built, {
        config,
        home,
        cwd,
        env,
        ...(options.configFile && { configFile: options.configFile }),
        ...(cache && { cache }),
        ...(options.now && { now: options.now }),
      });
  let server: RunningServer;
  try {
    server = await startServer({
      // Flags win over the configuration; applied here because port 0 (any free port) is no valid setting.
      host: options.host ?? config.server.host,
      port: options.port ?? config.server.port,
      deps,
      ...(options.handleSignals !== undefined && { handleSignals: options.handleSignals }),
      onClose: () => {
        cache?.close();
        logger.info(`Stopped${cache ? ' (cache closed)' : ''}.`);
      },
    });
  } catch (error) {
    cache?.close();
    throw error;
  }
  log(`ComPlexionist ${options.demo ? '(demo) ' : ''}is listening on ${server.url}`);
  const schedule = server.app.scheduler?.status();
  if (schedule) log(`Scheduled scans: ${schedule.cron} (next ${schedule.nextRun ?? 'never'})`);
  return server;
}
