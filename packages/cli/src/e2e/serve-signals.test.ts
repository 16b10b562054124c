import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

// Real processes and real signals, through the CLI's sandbox (its setup kills any run a test leaves going).
// Plex takes ten minutes to answer, so a live scan is still running when the signal arrives.
const live = useFakes({ latencyMs: { plex: 10 * 60_000 } });

/** The URL `complexionist serve` printed once it listens (bounded: fails with what it printed). */
function listening(stderr: () => string): Promise<string> {
  return vi.waitFor(
    () => {
      const url = /listening on (http:\/\/\S+)/.exec(stderr())?.[1];
      if (!url) throw new Error(`the server did not start; stderr:\n${stderr()}`);
      return url;
    },
    { timeout: 15_000 },
  );
}

describe('complexionist serve as a process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s stops the demo cleanly with exit code 0', async (signal) => {
    let url = '';
    const run = await live.box.run(['serve', '--demo', '--port', '0'], {
      interruptWith: signal,
      interruptAfter: async (stderr) => {
        url = await listening(stderr);
        expect((await fetch(`${url}/api/health`)).status).toBe(200);
      },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${signal}: stopping running scans and shutting down`);
    expect(run.stderr).toContain('Stopped.');
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('SIGTERM cancels the running scan, closes the cache and the server, and exits 0', async () => {
    let id = '';
    const run = await live.box.run(['serve', '--port', '0'], {
      env: liveEnv(live.fakes),
      interruptWith: 'SIGTERM',
      interruptAfter: async (stderr) => {
        const url = await listening(stderr);
        const started = await fetch(`${url}/api/scans`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'movies' }),
        });
        id = ((await started.json()) as { id: string }).id;
        // The scan is waiting on a Plex that does not answer in time.
        await vi.waitFor(() => expect(live.fakes.counts().plex.total).toBeGreaterThan(0), {
          timeout: 10_000,
        });
        expect(((await (await fetch(`${url}/api/scans/${id}`)).json()) as { status: string }).status).toBe(
          'running',
        );
      },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('SIGTERM: stopping running scans and shutting down');
    expect(run.stderr).toContain(`Scan ${id} failed: The scan was cancelled.`);
    expect(run.stderr).toContain('Stopped (cache closed).');
    expect(run.stderr).not.toContain(live.fakes.plexToken);
  });

  it('a busy port exits 2 with a hint, without a raw EADDRINUSE', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    try {
      const run = await live.box.run(['serve', '--demo', '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `error: Port ${port} is in use on 127.0.0.1; stop the other program or pick another with --port / server.port.`,
      );
      expect(run.stderr).not.toContain('EADDRINUSE');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
