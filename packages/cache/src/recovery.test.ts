import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock, tempDir } from './test-helpers.js';

const ASIDE = 'cache.db.corrupt-2024-01-02T03-04-05-678Z';

describe('a damaged cache file', () => {
  it('a file of junk is set aside with a warning and a new cache is built', async () => {
    const dir = tempDir();
    const path = join(dir, 'cache.db');
    writeFileSync(path, Buffer.alloc(10_000, 0x5a));
    const clock = fakeClock();
    const cache = openCache({ path, now: clock.now });
    expect(cache.warnings).toEqual([
      `The cache file ${path} was damaged or unreadable; it was set aside as ${join(dir, ASIDE)} and a new one was built.`,
    ]);
    expect(existsSync(join(dir, ASIDE))).toBe(true);
    expect(cache.persistent).toBe(true);
    await cache.store.set('ns', 'k', 'works', 60);
    cache.close();
    expect(await openCache({ path, now: clock.now }).store.get('ns', 'k')).toMatchObject({ value: 'works' });
  });

  it('damaged data pages behind an intact header are set aside and the run goes on with a new file', async () => {
    const dir = tempDir();
    const path = join(dir, 'cache.db');
    const healthy = openCache({ path });
    for (let i = 0; i < 300; i++) await healthy.store.set('ns', `k${i}`, 'x'.repeat(500), 3600);
    healthy.close();
    // Overwrite every page after the first (the header and schema stay readable, the data does not).
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(200_000, 0xff), 0, 200_000, 4096);
    closeSync(fd);

    const clock = fakeClock();
    const cache = openCache({ path, now: clock.now });
    expect(await cache.store.get('ns', 'k1')).toBeUndefined();
    expect(cache.warnings).toEqual([expect.stringContaining(`it was set aside as ${join(dir, ASIDE)}`)]);
    await cache.store.set('ns', 'k1', 'fresh', 60);
    expect(await openCache({ path, now: clock.now }).store.get('ns', 'k1')).toMatchObject({ value: 'fresh' });
  });
});

describe('an unwritable cache folder', () => {
  it('gives a working memory-only cache and says nothing is kept for the next run', async () => {
    const dir = tempDir();
    // root ignores permission bits, so there a regular file in the way (ENOTDIR) stands in for them.
    const home = join(dir, 'home');
    if (process.getuid?.() === 0) {
      writeFileSync(home, 'not a folder');
    } else {
      mkdirSync(home, { mode: 0o555 });
      chmodSync(home, 0o555);
    }
    try {
      const cache = openCache({ path: join(home, 'cache', 'cache.db') });
      expect(cache.persistent).toBe(false);
      expect(cache.warnings).toEqual([
        `The cache folder ${join(home, 'cache')} is not writable; the cache lives in memory only, so nothing is kept for the next run.`,
      ]);
      await cache.store.set('ns', 'k', 1, 60);
      expect(await cache.store.get('ns', 'k')).toMatchObject({ value: 1 });
      expect(cache.stats().path).toBeNull();
    } finally {
      if (process.getuid?.() !== 0) chmodSync(home, 0o755);
    }
    expect(readdirSync(dir)).toEqual(['home']);
  });
});
