import type { AddressInfo } from 'node:net';
import { ConfigError } from '@complexionist/core';
import { serve as honoServe } from '@hono/node-server';
import { createApp, type ServerApp } from './app.js';
import { isLoopbackHost } from './loopback.js';
import type { ServerDeps } from './types.js';

export { isLoopbackHost };

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 8787 */
  port?: number;
  deps: ServerDeps;
  /** Stop on SIGTERM/SIGINT. @default true */
  handleSignals?: boolean;
  /** Longest wait for running scans to stop on shutdown. @default 5000 */
  shutdownTimeoutMs?: number;
  /** Runs after the server has stopped (e.g. closes the cache). */
  onClose?: () => void | Promise<void>;
}

/** How long open connections may finish their last response after the server stops listening. */
const CLOSE_GRACE_MS = 1000;

/** A listening server. */
export interface RunningServer {
  /** `http://host:port` (IPv6 hosts in brackets). */
  url: string;
  host: string;
  port: number;
  app: ServerApp;
  /** Cancels running scans, closes open connections and stops listening. Safe to call twice. */
  close(): Promise<void>;
  /** Settles once the server has stopped, by `close()` or by SIGTERM/SIGINT. */
  closed: Promise<void>;
}

/** The shortest API key accepted on an address other machines can reach. */
export const MIN_REMOTE_KEY_LENGTH = 16;

/**
 * Refuses a non-loopback address without an API key of at least 16 characters: anyone on the network could
 * otherwise scan, read the library and edit the ignore list (or guess a short key).
 */
export function assertSafeBinding(host: string, apiKey: string | undefined): void {
  if (isLoopbackHost(host)) return;
  const hint =
    'Set COMPLEXIONIST_API_KEY in <home>/.env (or the environment) to a random string of 16 or more ' +
    'characters, e.g. the output of `openssl rand -hex 16`, or listen on 127.0.0.1.';
  if (!apiKey) {
    throw new ConfigError(
      `Refusing to listen on ${host} without server.api_key: anyone who can reach this address could run scans and read your library.`,
      { hint },
    );
  }
  if (apiKey.length < MIN_REMOTE_KEY_LENGTH) {
    throw new ConfigError(
      `Refusing to listen on ${host} with a server.api_key of ${apiKey.length} characters: on the network it needs at least ${MIN_REMOTE_KEY_LENGTH}, so it cannot be guessed.`,
      { hint },
    );
  }
}

/** Turns a failure to listen into a ConfigError saying what to change (exit code 2), not a raw `EADDRINUSE`. */
export function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const pick = 'pick another with --port / server.port';
  if (code === 'EADDRINUSE') {
    return new ConfigError(`Port ${port} is in use on ${host}; stop the other program or ${pick}.`, {
      cause: error,
    });
  }
  if (code === 'EACCES') {
    return new ConfigError(
      `Not allowed to listen on port ${port}: ports below 1024 need extra rights; ${pick} (e.g. 8787).`,
      { cause: error },
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new ConfigError(`${host} is not an address of this machine.`, {
      hint: 'Set --host / server.host to 127.0.0.1, 0.0.0.0 (every address) or one of its own addresses.',
      cause: error,
    });
  }
  return error;
}

/**
 * Starts the app on Node's HTTP server. Resolves once it listens. On SIGTERM/SIGINT (or `close()`) it cancels
 * running scans, ends open event streams and stops listening.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const wantedPort = options.port ?? 8787;
  assertSafeBinding(host, options.deps.apiKey);
  const app = createApp({ ...options.deps, listenHost: host });
  const server = await new Promise<ReturnType<typeof honoServe>>((resolve, reject) => {
    const s = honoServe({ fetch: app.fetch, hostname: host, port: wantedPort }, () => resolve(s));
    s.once('error', (error) => reject(listenError(error, host, wantedPort)));
  });
  const { port } = server.address() as AddressInfo;
  app.scheduler?.start();
  const shown = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  // While closing, a keep-alive connection whose last response (e.g. an event stream) just ended is dropped.
  server.on('request', (_req, res) => {
    res.once('finish', () => {
      if (closing && 'closeIdleConnections' in server) setImmediate(() => server.closeIdleConnections());
    });
  });
  let stopped: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    stopped = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    options.deps.logger?.info(`${signal}: stopping running scans and shutting down`);
    close().catch((error: unknown) => {
      options.deps.logger?.error(`Could not shut down cleanly: ${(error as Error)?.message ?? error}`);
      process.exitCode = 1;
    });
  };
  function close(): Promise<void> {
    if (closing) return closing;
    closing = (async () => {
      process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
      app.scheduler?.stop();
      const timeout = new Promise<void>((resolve) =>
        setTimeout(resolve, options.shutdownTimeoutMs ?? 5000).unref(),
      );
      // History writes and notifications of a scan that just ended finish before the cache file closes.
      await Promise.race([app.jobs.shutdown().then(() => app.jobs.settled()), timeout]);
      // Event streams end by themselves once their scan has stopped; cut whatever is still open after a grace.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) {
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
        }
      });
      await options.onClose?.();
    })();
    closing.then(stopped, stopped);
    return closing;
  }
  if (options.handleSignals ?? true) process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  return { url: `http://${shown}:${port}`, host, port, app, close, closed };
}
