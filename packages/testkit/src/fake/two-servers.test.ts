import { describe, expect, it } from 'vitest';
import { TWO_SERVER_SPLIT, twoServerWorld } from '../small/two-servers.js';
import { DEFAULT_CREDENTIALS, startFakeServices } from './start.js';
import { call, JSON_ACCEPT } from './test-http.js';

const token = DEFAULT_CREDENTIALS.plexToken;
const account = DEFAULT_CREDENTIALS.plexAccountToken;

describe('several fake Plex servers from one world', () => {
  it('serves each server its share of the sections, under its own name, listed by plex.tv at its own address', async () => {
    const fakes = await startFakeServices(twoServerWorld(), { plexSplit: TWO_SERVER_SPLIT });
    try {
      expect(fakes.plexServers.map((s) => s.name)).toEqual(['Testkit Plex', 'Testkit Plex 2']);
      expect(fakes.plexServers[0]?.url).toBe(fakes.plexUrl);
      const titles = async (url: string) =>
        (
          await call(`${url}/library/sections?X-Plex-Token=${token}`, { headers: JSON_ACCEPT })
        ).body.MediaContainer.Directory.map((d: { key: string; title: string }) => `${d.key}:${d.title}`);
      expect(await titles(fakes.plexServers[0]?.url ?? '')).toEqual([
        '1:Movies',
        '2:TV Shows',
        '3:4K Movies',
        '5:Music',
      ]);
      expect(await titles(fakes.plexServers[1]?.url ?? '')).toEqual(['4:More TV', '6:Movies', '7:TV Shows']);
      const resources = await call(`${fakes.plexTvUrl}/api/v2/resources`, {
        headers: { ...JSON_ACCEPT, 'X-Plex-Client-Identifier': 'test', 'X-Plex-Token': account },
      });
      const servers = resources.body.filter((r: { provides: string }) => r.provides === 'server');
      expect(servers.map((r: { name: string }) => r.name)).toEqual(['Testkit Plex', 'Testkit Plex 2']);
      const ports = servers.map((r: { connections: Array<{ port: number }> }) =>
        String(r.connections[1]?.port),
      );
      expect(ports).toEqual(fakes.plexServers.map((s) => new URL(s.url).port));
      expect(fakes.counts().plexServers.map((c) => c.total)).toEqual([1, 1]);
    } finally {
      await fakes.close();
    }
  });

  it('refuses a split naming a section the world lacks', async () => {
    await expect(startFakeServices(twoServerWorld(), { plexSplit: [['1'], ['99']] })).rejects.toThrow('"99"');
  });
});

describe('fake plex.tv Discover (the watchlist)', () => {
  it('pages the watchlist with Guid children on includeGuids=1, and answers details', async () => {
    const fakes = await startFakeServices(twoServerWorld());
    try {
      const list = (query: string) =>
        call(`${fakes.discoverUrl}/library/sections/watchlist/all?${query}`, {
          headers: { ...JSON_ACCEPT, 'X-Plex-Token': account },
        });
      const first = (await list('includeGuids=1&X-Plex-Container-Start=0&X-Plex-Container-Size=4')).body
        .MediaContainer;
      expect(first).toMatchObject({ librarySectionID: 'watchlist', totalSize: 9, size: 4, offset: 0 });
      expect(first.Metadata[0]).toMatchObject({
        type: 'movie',
        title: 'The Matrix Reloaded',
        Guid: [{ id: 'imdb://tt0234215' }, { id: 'tmdb://604' }],
      });
      const rest = (await list('includeGuids=1&X-Plex-Container-Start=4&X-Plex-Container-Size=100')).body
        .MediaContainer;
      const dune = rest.Metadata.find((m: { title: string }) => m.title === 'Dune: Part Two');
      expect(dune.Guid).toBeUndefined();
      const details = await call(`${fakes.discoverUrl}/library/metadata/${dune.ratingKey}`, {
        headers: { ...JSON_ACCEPT, 'X-Plex-Token': account },
      });
      expect(details.body.MediaContainer.Metadata[0].Guid).toEqual([
        { id: 'imdb://tt15239678' },
        { id: 'tmdb://693134' },
      ]);
      expect((await list('type=2&X-Plex-Container-Size=100')).body.MediaContainer.totalSize).toBe(3);
      expect((await list('X-Plex-Container-Size=101')).status).toBe(400);
      const serverToken = await call(`${fakes.discoverUrl}/library/sections/watchlist/all`, {
        headers: { ...JSON_ACCEPT, 'X-Plex-Token': token },
      });
      expect(serverToken.status).toBe(401);
      expect(fakes.counts().discover.byRoute).toMatchObject({ watchlist: 4, metadata: 1, unauthorized: 1 });
    } finally {
      await fakes.close();
    }
  });
});
