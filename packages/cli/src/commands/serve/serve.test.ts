import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('serve', () => {
  it('serves the demo API until Ctrl-C, then stops cleanly with exit code 0', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-serve-'));
    const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: dir } });
    const running = main(['serve', '--demo', '--port', '0'], f.io);
    const url = await vi.waitFor(
      () => {
        const match = /listening on (http:\/\/\S+)/.exec(f.stderr());
        if (!match?.[1]) throw new Error('not listening yet');
        return match[1];
      },
      { timeout: 10_000 },
    );
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    f.interrupt();
    expect(await running).toBe(0);
    expect(f.stderr()).toContain('Stopped.');
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('a non-loopback host without server.api_key is refused with exit code 2', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-serve-'));
    const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: dir } });
    expect(await main(['serve', '--demo', '--host', '0.0.0.0', '--port', '0'], f.io)).toBe(2);
    expect(f.stderr()).toContain('server.api_key');
  });
});
