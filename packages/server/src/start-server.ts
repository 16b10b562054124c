import type { AddressInfo } from 'node:net';
import { ConfigError } from '@complexionist/core';
import { serve as honoServe } from '@hono/node-server';
import { createApp, type ServerApp } from './app.js';
import type { ServerDeps } from './types.js';

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
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

/** Refuses a non-loopback address without an API key: anyone on the network could scan and read the library. */
export function assertSafeBinding(host: string, apiKey: string | undefined): void {
  if (isLoopbackHost(host) || apiKey) return;
  throw new ConfigError(
    `Refusing to listen on ${host} without server.api_key: anyone who can reach this address could run scans and read your library.`,
    { hint: 'Set server.api_key in config.yaml (any long random string), or listen on 127.0.0.1.' },
  );
}

/**
 * Starts the app on Node's HTTP server. Resolves once it listens. On SIGTERM/SIGINT (or `close()`) it cancels
 * running scans, ends open event streams and stops listening.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  assertSafeBinding(host, options.deps.apiKey);
  const app = createApp(options.deps);
  const server = await new Promise<ReturnType<typeof honoServe>>((resolve, reject) => {
    const s = honoServe({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }, () => resolve(s));
    s.once('error', reject);
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
  const onSignal = (signal: NodeJS.Signals) => {
    options.deps.logger?.info(`${signal}: stopping running scans and shutting down`);
    void close();
  };
  function close(): Promise<void> {
    closing ??= (async () => {
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
    return closing;
  }
  if (options.handleSignals ?? true) process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  return { url: `http://${shown}:${port}`, host, port, app, close };
}
