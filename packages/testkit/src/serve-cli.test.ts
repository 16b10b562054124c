import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVE_USAGE, startFromArgs } from './serve-cli.js';
import { smallWorldExpected } from './small/small-world-expected.js';

describe('serve.js arguments', () => {
  it('serves the small world and prints URLs, keys and the minimum request counts as one JSON line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'testkit-'));
    const { services, line } = await startFromArgs([
      '--world',
      'small',
      '--latency',
      'tmdb=1,tvdb=2',
      '--expected',
      join(dir, 'expected.json'),
    ]);
    try {
      const info = JSON.parse(line);
      expect(line).not.toContain('\n');
      expect(info).toMatchObject({
        plexUrl: services.plexUrl,
        tmdbUrl: services.tmdbUrl,
        tvdbUrl: services.tvdbUrl,
        plexTvUrl: services.plexTvUrl,
        plexToken: services.plexToken,
        tmdbKey: services.tmdbKey,
        tvdbKey: services.tvdbKey,
        world: 'small',
      });
      expect(info.expectedRequests.tmdb.total).toBe(11); // 5 films (the rest settled by their collections), 2 finds, 3 collections, 1 show
      expect(JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8'))).toEqual(smallWorldExpected);
      expect((await fetch(`${info.plexUrl}/identity`)).status).toBe(200);
    } finally {
      await services.close();
      await rm(dir, { recursive: true });
    }
  });

  it('rejects an unknown world, scale or latency entry with the usage text', async () => {
    await expect(startFromArgs(['--world', 'huge'])).rejects.toThrow(SERVE_USAGE);
    await expect(startFromArgs(['--scale', 'tiny'])).rejects.toThrow(SERVE_USAGE);
    await expect(startFromArgs(['--latency', 'plex=fast'])).rejects.toThrow('bad --latency entry');
  });
});
