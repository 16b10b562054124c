import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '@complexionist/cache';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import { fakeIo } from '../../testing/fake-io.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cache', () => {
  it('an unwritable home warns that nothing is kept for the next run (no talk of a scan)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-cache-'));
    // A file where the home folder should be: unwritable even for root, who ignores permission bits.
    const home = join(dir, 'home');
    await writeFile(home, 'not a folder');
    const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: home } });
    expect(await main(['cache', '--stats'], f.io)).toBe(0);
    expect(f.stderr()).toContain('the cache lives in memory only, so nothing is kept for the next run.');
    expect(f.stderr()).not.toContain('this scan');
    expect(f.stdout()).toContain('Cache: memory only');
  });

  it('--stats --format json gives the numbers as JSON', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-cache-'));
    const home = join(dir, 'home');
    const cache = openCache({ path: join(home, 'cache', 'cache.db') });
    await cache.store.set('tmdb_movie', '603', { title: 'The Matrix' }, 3600);
    await cache.store.set('tmdb_movie', '604', { title: 'The Matrix Reloaded' }, 3600);
    cache.close();
    const f = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: home } });
    expect(await main(['cache', '--stats', '--format', 'json'], f.io)).toBe(0);
    const stats = JSON.parse(f.stdout());
    expect(stats).toMatchObject({ path: join(home, 'cache', 'cache.db'), entries: 2, expired: 0 });
    expect(stats.namespaces).toEqual([expect.objectContaining({ namespace: 'tmdb_movie', entries: 2 })]);
    const clear = fakeIo({ cwd: dir, env: { COMPLEXIONIST_HOME: home } });
    expect(await main(['cache', '--clear', '--format', 'json'], clear.io)).toBe(2);
  });
});
