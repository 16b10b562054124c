import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../small/small-world.js';
import { PLEX_401_BODY } from './plex-server.js';
import { type FakeServices, startFakeServices } from './start.js';
import { call, JSON_ACCEPT } from './test-http.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

const auth = () => ({ ...JSON_ACCEPT, 'X-Plex-Token': fakes.plexToken });
const list = (path: string, headers: Record<string, string> = {}) =>
  call(`${fakes.plexUrl}${path}`, { headers: { ...auth(), ...headers } });

describe('fake Plex: authentication', () => {
  it('answers /identity without a token', async () => {
    const res = await call(`${fakes.plexUrl}/identity`, { headers: JSON_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.body.MediaContainer).toMatchObject({
      size: 0,
      claimed: true,
      machineIdentifier: expect.any(String),
    });
  });

  it('rejects a missing or wrong token with the 91-byte HTML 401, even to JSON clients', async () => {
    for (const headers of [JSON_ACCEPT, { ...JSON_ACCEPT, 'X-Plex-Token': 'wrong' }]) {
      const res = await call(`${fakes.plexUrl}/library/sections`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('text/html');
      expect(res.text).toBe(PLEX_401_BODY);
      expect(Buffer.byteLength(res.text)).toBe(91);
    }
  });

  it('accepts the token as a header or as a query parameter', async () => {
    const byQuery = await call(`${fakes.plexUrl}/library/sections?X-Plex-Token=${fakes.plexToken}`, {
      headers: JSON_ACCEPT,
    });
    expect(byQuery.status).toBe(200);
    expect((await list('/')).body.MediaContainer).toMatchObject({
      friendlyName: 'Testkit Plex',
      myPlexUsername: 'testkit-user',
    });
  });
});

describe('fake Plex: sections and preferences', () => {
  it('lists sections under Directory with string keys and agents', async () => {
    const { body } = await list('/library/sections');
    const dirs = body.MediaContainer.Directory;
    expect(dirs.map((d: { key: string; type: string }) => `${d.key}:${d.type}`)).toEqual([
      '1:movie',
      '2:show',
      '3:movie',
      '4:show',
      '5:artist',
    ]);
    expect(dirs[0]).toMatchObject({
      title: 'Movies',
      agent: 'tv.plex.agents.movie',
      scanner: 'Plex Movie',
      hidden: 0,
    });
  });

  it('serves the library default ordering as the showOrdering setting', async () => {
    const { body } = await list('/library/sections/4/prefs');
    expect(body.MediaContainer.Setting).toContainEqual(
      expect.objectContaining({ id: 'showOrdering', value: 'tmdbAiring' }),
    );
  });

  it('answers 404 for an unknown section', async () => {
    expect((await list('/library/sections/99/all')).status).toBe(404);
  });

  it('speaks XML without Accept: application/json', async () => {
    const res = await call(
      `${fakes.plexUrl}/library/sections/1/all?type=1&X-Plex-Container-Start=0&X-Plex-Container-Size=1`,
      { headers: { 'X-Plex-Token': fakes.plexToken } },
    );
    expect(res.text).toMatch(
      /^<\?xml[^>]*>\n<MediaContainer size="1" totalSize="12" offset="0"[^>]*><Video ratingKey="101"/,
    );
  });
});

describe('fake Plex: listings', () => {
  it('pages by headers with totalSize and offset', async () => {
    const { body, headers } = await list('/library/sections/1/all?type=1', {
      'X-Plex-Container-Start': '10',
      'X-Plex-Container-Size': '5',
    });
    expect(body.MediaContainer).toMatchObject({ size: 2, totalSize: 12, offset: 10, librarySectionID: 1 });
    expect(body.MediaContainer.Metadata.map((m: { ratingKey: string }) => m.ratingKey)).toEqual([
      '111',
      '112',
    ]);
    expect(headers.get('x-plex-container-total-size')).toBe('12');
  });

  it('pages by query parameters the same way', async () => {
    const { body } = await list(
      '/library/sections/1/all?type=1&X-Plex-Container-Start=0&X-Plex-Container-Size=3',
    );
    expect(body.MediaContainer).toMatchObject({ size: 3, totalSize: 12, offset: 0 });
  });

  it('gives size 0 and no Metadata past the end, and only the count for size 0', async () => {
    const past = await list(
      '/library/sections/1/all?type=1&X-Plex-Container-Start=9999&X-Plex-Container-Size=1',
    );
    expect(past.body.MediaContainer).toMatchObject({ size: 0, totalSize: 12 });
    expect(past.body.MediaContainer.Metadata).toBeUndefined();
    const count = await list(
      '/library/sections/1/all?type=1&X-Plex-Container-Start=0&X-Plex-Container-Size=0',
    );
    expect(count.body.MediaContainer).toMatchObject({ size: 0, totalSize: 12 });
  });

  it('sends an unpaged listing with size only', async () => {
    const { body } = await list('/library/sections/1/all');
    expect(body.MediaContainer.size).toBe(12);
    expect(body.MediaContainer.totalSize).toBeUndefined();
  });

  it('adds Guid only with includeGuids=1, and never on legacy-agent items', async () => {
    const plain = (await list('/library/sections/1/all?type=1')).body.MediaContainer.Metadata;
    expect(plain.some((m: { Guid?: unknown }) => m.Guid)).toBe(false);
    const withGuids = (await list('/library/sections/1/all?type=1&includeGuids=1')).body.MediaContainer
      .Metadata;
    const byKey = new Map(withGuids.map((m: { ratingKey: string }) => [m.ratingKey, m]));
    expect(byKey.get('101')).toMatchObject({
      guid: expect.stringMatching(/^plex:\/\/movie\//),
      Guid: [{ id: 'imdb://tt0133093' }, { id: 'tmdb://603' }],
    });
    expect(byKey.get('102')).toMatchObject({ guid: 'com.plexapp.agents.imdb://tt0242653?lang=en' });
    expect(byKey.get('102')).not.toHaveProperty('Guid');
  });

  it('lists shows with showOrdering only where the show overrides the default', async () => {
    const shows = (await list('/library/sections/2/all?type=2&includeGuids=1')).body.MediaContainer.Metadata;
    expect(shows.map((s: { title: string; showOrdering?: string }) => [s.title, s.showOrdering])).toEqual([
      ['Breaking Bad', undefined],
      ['Firefly', 'tvdbDvd'],
      ['Home Movies (Family)', undefined],
    ]);
    expect(shows[0].key).toBe('/library/metadata/2000/children');
  });

  it('lists every episode of a section with type=4: specials, shared files, hidden seasons', async () => {
    const eps = (await list('/library/sections/2/all?type=4&includeGuids=1')).body.MediaContainer.Metadata;
    const byKey = new Map(eps.map((e: { ratingKey: string }) => [e.ratingKey, e]));
    expect(byKey.get('2010')).toMatchObject({
      parentIndex: 0,
      index: 1,
      grandparentRatingKey: '2000',
      parentTitle: 'Specials',
    });
    const file = (rk: string) =>
      (byKey.get(rk) as { Media: { Part: { file: string }[] }[] }).Media[0]!.Part[0]!.file;
    expect(file('2008')).toBe(file('2009'));
    const hidden = byKey.get('2101') as Record<string, unknown>;
    expect(hidden).toMatchObject({
      parentIndex: 1,
      index: 1,
      skipParent: true,
      guid: 'com.plexapp.agents.thetvdb://78874/1/1?lang=en',
    });
    expect(hidden).not.toHaveProperty('parentKey');
    expect(hidden).not.toHaveProperty('parentRatingKey');
    expect(byKey.get('2007')).not.toHaveProperty('index');
  });
});
