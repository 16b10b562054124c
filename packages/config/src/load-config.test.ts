import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './build-config.js';
import { workspace } from './test-helpers.js';

describe('loadConfig precedence (docs/spec.md §6)', () => {
  it('without any file or variable every setting has its default', async () => {
    const ws = workspace();
    const { config, sources } = await ws.load();
    expect(config).toEqual(defaultConfig());
    expect(config.options).toEqual({
      excludeFuture: true,
      excludeSpecials: true,
      recentThresholdHours: 24,
      episodeSource: 'auto',
      language: 'en',
      minCollectionSize: 2,
      minOwned: 1,
    });
    expect(config.cache.ttlHours).toEqual({
      tmdbMovie: 1440,
      tmdbCollection: 168,
      tvdbEpisodes: 24,
      tmdbEpisodes: 24,
    });
    expect(config.server).toEqual({ host: '127.0.0.1', port: 8787, allowedHosts: [], historySize: 30 });
    expect(config.notifications).toEqual([]);
    expect(config.tmdb.url).toBe('https://api.themoviedb.org/3');
    expect(config.plex.url).toBeUndefined();
    expect(sources['options.min_owned']).toEqual({ kind: 'default', label: 'default' });
    expect(sources['plex.url']).toEqual({ kind: 'unset', label: 'not set' });
  });

  // Each level is written with its own value; removing the top one at a time shows the next one wins.
  const levels = [
    { name: 'flags', value: 'http://flag:1' },
    { name: 'environment', value: 'http://env:1' },
    { name: './.env', value: 'http://cwd-dotenv:1' },
    { name: '<home>/.env', value: 'http://home-dotenv:1' },
    { name: './config.yaml', value: 'http://cwd-yaml:1' },
    { name: '<home>/config.yaml', value: 'http://home-yaml:1' },
  ] as const;

  async function winner(from: number): Promise<{ url: string | undefined; label: string }> {
    const ws = workspace();
    const on = (i: number) => i >= from;
    if (on(2)) ws.write('project/.env', `PLEX_URL=${levels[2].value}\n`);
    if (on(3)) ws.write('home/.env', `PLEX_URL=${levels[3].value}\n`);
    if (on(4)) ws.write('project/config.yaml', `plex:\n  url: ${levels[4].value}\n`);
    if (on(5)) ws.write('home/config.yaml', `plex:\n  url: ${levels[5].value}\n`);
    const { config, sources } = await ws.load({
      env: on(1) ? { PLEX_URL: levels[1].value } : {},
      overrides: on(0) ? { 'plex.url': levels[0].value } : {},
    });
    return { url: config.plex.url, label: sources['plex.url'].label.replace(ws.root, '') };
  }

  it.each(levels.map((level, i) => [level.name, i] as const))(
    '%s beats every level below it',
    async (_, i) => {
      expect((await winner(i)).url).toBe(levels[i]?.value);
    },
  );

  it('sources say where each winning value came from', async () => {
    expect((await winner(0)).label).toBe('command line');
    expect((await winner(1)).label).toBe('environment (PLEX_URL)');
    expect((await winner(2)).label).toBe('/project/.env (PLEX_URL)');
    expect((await winner(3)).label).toBe('/home/.env (PLEX_URL)');
    expect((await winner(4)).label).toBe('/project/config.yaml:2');
    expect((await winner(5)).label).toBe('/home/config.yaml:2');
  });

  it('settings combine across files: each key takes its highest source', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'options:\n  min_owned: 3\n  min_collection_size: 4\n');
    ws.write('project/config.yaml', 'options:\n  min_owned: 0\n');
    const { config } = await ws.load();
    expect(config.options.minOwned).toBe(0);
    expect(config.options.minCollectionSize).toBe(4);
  });

  it('--config FILE is read instead of both config.yaml files', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'options:\n  min_owned: 3\n');
    ws.write('project/config.yaml', 'options:\n  min_collection_size: 9\n');
    ws.write('other/custom.yaml', 'options:\n  min_owned: 5\n');
    const { config, files } = await ws.load({ configFile: '../other/custom.yaml' });
    expect(config.options).toMatchObject({ minOwned: 5, minCollectionSize: 2 });
    expect(files.filter((f) => f.kind === 'yaml')).toEqual([
      { path: join(ws.root, 'other', 'custom.yaml'), kind: 'yaml', exists: true },
    ]);
  });

  it('a --config FILE that does not exist is a configuration error naming it', async () => {
    const ws = workspace();
    await expect(ws.load({ configFile: 'nope.yaml' })).rejects.toMatchObject({
      kind: 'config',
      message: `The configuration file ${join(ws.cwd, 'nope.yaml')} does not exist.`,
    });
  });

  it('files lists every file looked at, highest precedence first within each kind', async () => {
    const ws = workspace();
    ws.write('home/.env', 'TMDB_API_KEY=k\n');
    const { files } = await ws.load();
    expect(files).toEqual([
      { path: join(ws.cwd, '.env'), kind: 'dotenv', exists: false },
      { path: join(ws.home, '.env'), kind: 'dotenv', exists: true },
      { path: join(ws.cwd, 'config.yaml'), kind: 'yaml', exists: false },
      { path: join(ws.home, 'config.yaml'), kind: 'yaml', exists: false },
    ]);
  });

  it('an empty environment variable counts as not set', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'tmdb:\n  url: http://yaml\n');
    const { config } = await ws.load({ env: { TMDB_URL: '' } });
    expect(config.tmdb.url).toBe('http://yaml');
  });

  it('flags take typed values or text, and lists replace lower lists', async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'exclusions:\n  shows: [A, B]\n');
    const { config } = await ws.load({
      overrides: { 'options.exclude_future': false, 'options.min_owned': '2', 'exclusions.shows': ['C'] },
    });
    expect(config.options.excludeFuture).toBe(false);
    expect(config.options.minOwned).toBe(2);
    expect(config.exclusions.shows).toEqual(['C']);
  });

  it('an unknown flag key is a configuration error', async () => {
    await expect(workspace().load({ overrides: { 'options.min_own': 1 } })).rejects.toThrow(
      'command line: unknown setting options.min_own (did you mean options.min_owned?).',
    );
  });
});
