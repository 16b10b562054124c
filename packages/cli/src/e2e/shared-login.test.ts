import { join } from 'node:path';
import { openCache } from '@complexionist/cache';
import { type RunningServer, serve } from '@complexionist/server';
import { afterEach, describe, expect, it } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

const live = useFakes({}, 'perTest');
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('one home, the CLI and the server', () => {
  it('the server reuses the TVDB login a CLI scan made instead of logging in again', async () => {
    const cli = await live.box.run(['episodes', '--format', 'json'], { env: liveEnv(live.fakes) });
    expect(cli.code).toBe(0);
    expect(live.fakes.counts().tvdb.byRoute.login).toBe(1);
    // Forget the episode lists but keep the login, so the server has to ask TVDB again.
    const cache = openCache({ path: join(live.box.dir, 'cache', 'cache.db') });
    cache.clear('tvdb_episodes');
    cache.close();
    live.fakes.resetCounts();

    const env = { COMPLEXIONIST_HOME: live.box.dir, ...liveEnv(live.fakes) };
    server = await serve({ cwd: live.box.dir, env, port: 0, handleSignals: false, log: () => {} });
    const created = await fetch(`${server.url}/api/scans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'episodes' }),
    });
    const { id } = (await created.json()) as { id: string };
    expect(await (await fetch(`${server.url}/api/scans/${id}/events`)).text()).toContain('event: done');

    const tvdb = live.fakes.counts().tvdb;
    expect(tvdb.total).toBeGreaterThan(0);
    expect(tvdb.byRoute.login).toBeUndefined();
  });
});
