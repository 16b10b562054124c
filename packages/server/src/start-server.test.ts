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
    expect(() => assertSafeBinding('0.0.0.0', 'a-key')).not.toThrow();
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

  it('SIGTERM shuts the server down', async () => {
    running = await startServer({ port: 0, deps: deps() });
    const url = running.url;
    process.emit('SIGTERM');
    await running.close();
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});
