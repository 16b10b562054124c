import { request } from 'node:http';
import { createServer } from 'node:net';
import { ConfigError } from '@complexionist/core';
import { afterEach, describe, expect, it } from 'vitest';
import { assertSafeBinding, isLoopbackHost, type RunningServer, startServer } from './start-server.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import { fakeScanner } from './test-helpers.js';

const deps = (scanner = fakeScanner().scanner) => ({
  scanner,
  store: memoryReportStore(),
  ignores: memoryIgnoreStore(),
});

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('startServer', () => {
  it('refuses a non-loopback address without an API key, naming the setting', async () => {
    await expect(
      startServer({ host: '0.0.0.0', port: 0, deps: deps(), handleSignals: false }),
    ).rejects.toThrow(/^Refusing to listen on 0\.0\.0\.0 without server\.api_key/);
    expect(() => assertSafeBinding('192.168.1.5', undefined)).toThrow(ConfigError);
    expect(() => assertSafeBinding('0.0.0.0', 'sixteen-chars-ok')).not.toThrow();
  });

  it('on the network the key must be at least 16 characters; the error says how to set one', () => {
    const short = (() => {
      try {
        assertSafeBinding('0.0.0.0', 'fifteen-chars-x');
      } catch (error) {
        return error;
      }
    })();
    expect(short).toBeInstanceOf(ConfigError);
    expect((short as ConfigError).message).toBe(
      'Refusing to listen on 0.0.0.0 with a server.api_key of 15 characters: on the network it needs at least 16, so it cannot be guessed.',
    );
    expect((short as ConfigError).hint).toContain('COMPLEXIONIST_API_KEY');
    expect((short as ConfigError).hint).toContain('openssl rand -hex 16');
    expect(() => assertSafeBinding('127.0.0.1', 'short')).not.toThrow();
  });

  it('a busy port is a ConfigError naming the port and what to do, not a raw EADDRINUSE', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    try {
      const failure = await startServer({ port, deps: deps(), handleSignals: false }).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(ConfigError);
      expect((failure as Error).message).toBe(
        `Port ${port} is in use on 127.0.0.1; stop the other program or pick another with --port / server.port.`,
      );
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'plex.lan']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('listens on 127.0.0.1 with a free port and answers over HTTP', async () => {
    running = await startServer({ host: '127.0.0.1', port: 0, deps: deps(), handleSignals: false });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    const res = await fetch(`${running.url}/api/health`);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a foreign Host header on a real socket (DNS rebinding) and answers its own address', async () => {
    running = await startServer({ port: 0, deps: deps(), handleSignals: false });
    const get = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        const req = request({
          port: running?.port,
          host: '127.0.0.1',
          path: '/api/health',
          headers: { Host: host },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await get('evil.example:8787')).toBe(403);
    // Node's adapter already answers 400 to a Host that is no host; either way it is refused.
    expect([400, 403]).toContain(await get('evil.example@127.0.0.1'));
    expect(await get(`127.0.0.1:${running.port}`)).toBe(200);
  });

  it('close() cancels the running scan, ends its event stream and stops listening', async () => {
    const fake = fakeScanner({ hold: true });
    running = await startServer({ port: 0, deps: deps(fake.scanner), handleSignals: false });
    const started = await fetch(`${running.url}/api/scans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'movies' }),
    });
    const { id } = await started.json();
    const scan = await fake.next();
    const events = await fetch(`${running.url}/api/scans/${id}/events`);
    const text = events.text();
    await running.close();
    expect(scan.run.signal.aborted).toBe(true);
    expect(await text).toContain('event: failed');
    await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
  });

  // SIGTERM and SIGINT are tested on a real child process in bin-signals.test.ts.
});
