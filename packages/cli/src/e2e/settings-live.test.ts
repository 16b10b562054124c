import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MovieGapReport } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { liveEnv, useFakes } from '../testing/live-env.js';

const live = useFakes();

describe('config', () => {
  it('--set edits <home>/config.yaml and keeps the comments already there', async () => {
    await writeFile(join(live.box.dir, 'config.yaml'), '# my Plex\nplex:\n  url: http://old:32400 # LAN\n');
    const run = await live.box.run(['config', '--set', 'plex.url', 'http://new:32400']);
    expect(run.code).toBe(0);
    const yaml = await readFile(join(live.box.dir, 'config.yaml'), 'utf8');
    expect(yaml).toContain('# my Plex');
    expect(yaml).toContain('http://new:32400');
    expect(yaml).not.toContain('http://old:32400');
  });

  it('--set refuses a bad value with exit 2 naming the key', async () => {
    const run = await live.box.run(['config', '--set', 'options.min_owned', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('options.min_owned');
  });

  it('--set of a secret goes to <home>/.env, not to the YAML file', async () => {
    const run = await live.box.run(['config', '--set', 'tmdb.api_key', 'abcdef0123456789']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('abcdef0123456789');
    expect(await readFile(join(live.box.dir, '.env'), 'utf8')).toContain('TMDB_API_KEY=abcdef0123456789');
  });

  it('--show masks every secret and says where each value came from', async () => {
    const run = await live.box.run(['config', '--show'], { env: liveEnv(live.fakes) });
    expect(run.code).toBe(0);
    for (const secret of [live.fakes.plexToken, live.fakes.tmdbKey, live.fakes.tvdbKey])
      expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toMatch(/plex\.url\s+http:\/\/127\.0\.0\.1:\d+\s+.*PLEX_URL/);
    expect(run.stdout).toMatch(/options\.min_owned\s+1\s+.*default/);
  });

  it('an unknown key in config.yaml exits 2 naming the key and the file', async () => {
    await writeFile(join(live.box.dir, 'config.yaml'), 'plex:\n  adress: http://x\n');
    const run = await live.box.run(['movies'], { env: liveEnv(live.fakes) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plex.adress');
    expect(run.stderr).toContain('config.yaml');
  });

  it('--path prints the home folder and the cache file', async () => {
    const run = await live.box.run(['config', '--path']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(live.box.dir);
    expect(run.stdout).toContain(join(live.box.dir, 'cache', 'cache.db'));
  });
});

describe('ignore', () => {
  it('an ignored collection is no longer reported, and can be brought back', async () => {
    const env = liveEnv(live.fakes);
    expect((await live.box.run(['ignore', 'add', 'collection', '8091'])).code).toBe(0);
    expect((await live.box.run(['ignore', 'list'])).stdout).toContain('collections: 8091');
    const ignored = JSON.parse(
      (await live.box.run(['movies', '--format', 'json'], { env })).stdout,
    ) as MovieGapReport;
    expect(ignored.collections.map((c) => c.tmdbId)).toEqual([2344]);
    expect((await live.box.run(['ignore', 'remove', 'collection', '8091'])).code).toBe(0);
    const back = JSON.parse(
      (await live.box.run(['movies', '--format', 'json'], { env })).stdout,
    ) as MovieGapReport;
    expect(back.collections.map((c) => c.tmdbId).sort()).toEqual([2344, 8091]);
  });

  it('a bad value is refused with exit 2', async () => {
    const run = await live.box.run(['ignore', 'add', 'episode', 'not-an-episode']);
    expect(run.code).toBe(2);
  });
});

describe('cache', () => {
  it('a scan fills the cache, the next one reuses it, --stats shows it and --clear empties it', async () => {
    const env = liveEnv(live.fakes);
    expect((await live.box.run(['movies', '--format', 'json'], { env })).code).toBe(0);
    live.fakes.resetCounts();
    expect((await live.box.run(['movies', '--format', 'json'], { env })).code).toBe(0);
    expect(live.fakes.counts().tmdb.total).toBe(0);
    const stats = await live.box.run(['cache', '--stats']);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/tmdb_movie\s+\d+/);
    const cleared = await live.box.run(['cache', '--clear']);
    expect(cleared.stderr).toMatch(/Cleared \d+ cached answers/);
    live.fakes.resetCounts();
    await live.box.run(['movies', '--format', 'json'], { env });
    expect(live.fakes.counts().tmdb.total).toBeGreaterThan(0);
  });

  it('--no-cache asks the services again', async () => {
    const env = liveEnv(live.fakes);
    await live.box.run(['movies', '--format', 'json'], { env });
    live.fakes.resetCounts();
    expect((await live.box.run(['movies', '--format', 'json', '--no-cache'], { env })).code).toBe(0);
    expect(live.fakes.counts().tmdb.total).toBeGreaterThan(0);
  });
});
