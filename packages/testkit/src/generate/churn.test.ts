import { afterEach, describe, expect, it } from 'vitest';
import { type FakeServices, startFakeServices } from '../fake/start.js';
import { call } from '../fake/test-http.js';
import { TVDB_UPDATES_PER_DAY } from '../fake/tvdb-updates.js';
import { createChurn } from './churn.js';
import { generateWorld } from './generate-world.js';

const NOW = new Date('2026-11-25T06:00:00Z');
let fakes: FakeServices | undefined;
afterEach(async () => {
  await fakes?.close();
  fakes = undefined;
});

describe('createChurn with the fakes reloaded each day', () => {
  it('moves the day on, and the fakes serve each change: a new collection part, new and renumbered episodes, the feed', async () => {
    const { world } = generateWorld({ seed: 7, movies: 200, shows: 40, episodes: 1500, now: NOW });
    fakes = await startFakeServices(world);
    const token = (
      await call(`${fakes.tvdbUrl}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ apikey: fakes.tvdbKey }),
      })
    ).body.data.token as string;
    const tvdb = (path: string) =>
      call(`${fakes!.tvdbUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const tmdb = (path: string) =>
      call(`${fakes!.tmdbUrl}${path}${path.includes('?') ? '&' : '?'}api_key=${fakes!.tmdbKey}`);
    const since = Math.floor(NOW.getTime() / 1000);

    const churn = createChurn(world, 7);
    const events = churn.advance();
    fakes.reload();
    expect(churn.day).toBe(1);
    expect(world.now).toBe('2026-11-26T06:00:00.000Z');
    const part = events.find((e) => e.kind === 'collection-part');
    if (part?.kind !== 'collection-part') throw new Error('no collection part added');
    const collection = await tmdb(`/collection/${part.collectionId}`);
    expect(collection.body.parts.map((p: { id: number }) => p.id)).toContain(part.tmdbId);
    const listed = events.find((e) => e.kind === 'episode-listed');
    if (listed?.kind !== 'episode-listed') throw new Error('no episode listed');
    const page = await tvdb(`/series/${listed.tvdbId}/episodes/default?page=0`);
    expect(
      page.body.data.episodes.some(
        (e: { seasonNumber: number; number: number }) =>
          e.seasonNumber === listed.season && e.number === listed.episode,
      ),
    ).toBe(true);

    // The feed: one day of TVDB's whole volume, our changed series among it, 500 records a page, the token kept.
    const first = await tvdb(`/updates?since=${since}&type=series&page=0`);
    expect(first.status).toBe(200);
    expect(first.body.links.total_items).toBeGreaterThanOrEqual(TVDB_UPDATES_PER_DAY);
    expect(first.body.links.next).toContain('page=1');
    const ids = first.body.data.map((r: { recordId: number }) => r.recordId);
    for (const e of events) if (e.kind !== 'collection-part') expect(ids).toContain(e.tvdbId);
    expect((await tvdb(`/updates?since=${since - 200 * 86_400}&type=series`)).status).toBe(400);
  });

  it('the same seed gives the same changes', () => {
    const a = generateWorld({ seed: 3, movies: 100, shows: 20, episodes: 600, now: NOW }).world;
    const b = generateWorld({ seed: 3, movies: 100, shows: 20, episodes: 600, now: NOW }).world;
    const ca = createChurn(a, 3);
    const cb = createChurn(b, 3);
    expect([ca.advance(), ca.advance()]).toEqual([cb.advance(), cb.advance()]);
  });
});
