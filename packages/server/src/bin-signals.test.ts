import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { killChildren, SERVER_BIN, startChild } from './test-child.js';
import { startSilentServer } from './test-silent-server.js';

// Real processes and signals: every wait is bounded, so a broken stop fails in seconds, and no child outlives
// its test.
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await killChildren();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'complexionist-signals-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('complexionist-server as a process', () => {
  it('SIGTERM cancels the running scan, closes the cache and the server, and exits 0', async () => {
    const plex = await startSilentServer();
    cleanups.push(() => plex.close());
    const dir = home();
    const child = startChild(SERVER_BIN, ['--port', '0'], {
      COMPLEXIONIST_HOME: dir,
      HOME: dir,
      PLEX_URL: plex.url,
      PLEX_TOKEN: 'plex-token-for-the-test',
      TMDB_API_KEY: 'tmdb-key-for-the-test',
      TMDB_URL: plex.url,
    });
    const url = (await child.waitFor(/listening on (http:\/\/\S+)/))[1] as string;
    const started = await fetch(`${url}/api/scans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'movies' }),
    });
    const { id } = await started.json();
    // The scan is waiting on a Plex that never answers.
    await vi.waitFor(() => expect(plex.connections()).toBeGreaterThan(0), { timeout: 10_000 });
    expect((await (await fetch(`${url}/api/scans/${id}`)).json()).status).toBe('running');

    child.process.kill('SIGTERM');
    expect(await child.exited()).toEqual({ code: 0, signal: null });
    const log = child.output();
    expect(log).toContain('SIGTERM: stopping running scans and shutting down');
    expect(log).toContain(`Scan ${id} failed: The scan was cancelled.`);
    expect(log).toContain('Stopped (cache closed).');
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  }, 30_000);

  it('SIGINT stops it the same way with exit code 0', async () => {
    const dir = home();
    const child = startChild(SERVER_BIN, ['--demo', '--port', '0'], { COMPLEXIONIST_HOME: dir, HOME: dir });
    const url = (await child.waitFor(/listening on (http:\/\/\S+)/))[1] as string;
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    child.process.kill('SIGINT');
    expect(await child.exited()).toEqual({ code: 0, signal: null });
    expect(child.output()).toContain('Stopped.');
  }, 30_000);

  it('a busy port exits 2 with a hint, without a raw EADDRINUSE', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => other.close(() => resolve())));
    const { port } = other.address() as { port: number };
    const dir = home();
    const child = startChild(SERVER_BIN, ['--demo', '--port', String(port)], {
      COMPLEXIONIST_HOME: dir,
      HOME: dir,
    });
    expect(await child.exited()).toEqual({ code: 2, signal: null });
    expect(child.output()).toBe(
      `error: Port ${port} is in use on 127.0.0.1; stop the other program or pick another with --port / server.port.\n`,
    );
  }, 30_000);
});
