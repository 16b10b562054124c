import { createPlexClient } from '@complexionist/plex';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, json, testApp } from '../test-helpers.js';
import { readPlexLinks } from './plex-links.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

describe('links to shows in Plex', () => {
  it('reads the machine identifier and the ratingKey of each show of the named libraries', async () => {
    const world = smallWorld();
    const client = createPlexClient({ url: fakes.plexUrl, token: fakes.plexToken });
    const sections = await client.listSections();
    const tv = sections.filter((s) => s.type === 'show').map((s) => s.title);
    const links = await readPlexLinks(client, tv);
    expect(links.machineIdentifier).toBe(world.plex.machineIdentifier);
    const shows = (
      await Promise.all(sections.filter((s) => s.type === 'show').map((s) => client.listShows(s.key)))
    ).flat();
    const withTvdb = shows.find((s) => s.ids.tvdb !== undefined);
    expect(withTvdb && links.shows[String(withTvdb.ids.tvdb)]).toBe(withTvdb?.ratingKey);
    // A library the report did not scan is not read.
    expect(await readPlexLinks(client, [])).toEqual({
      machineIdentifier: world.plex.machineIdentifier,
      shows: {},
    });
  });

  it('are served for the latest episode report, read once per report, and empty without Plex', async () => {
    let reads = 0;
    const source = async (libraries: readonly string[]) => {
      reads++;
      return { machineIdentifier: 'machine-1', shows: { '81189': `rk-${libraries.join(',')}` } };
    };
    const { app } = testApp({ plexLinks: () => source });
    expect(await (await app.request('/api/plex/links')).json()).toEqual({
      machineIdentifier: null,
      shows: {},
    });
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'episodes' }))).json();
    await finished(app, id);
    const first = await (await app.request('/api/plex/links')).json();
    expect(first).toEqual({ machineIdentifier: 'machine-1', shows: { '81189': 'rk-TV Shows' } });
    await app.request('/api/plex/links');
    expect(reads).toBe(1);
    expect(await (await testApp().app.request('/api/plex/links')).json()).toEqual({
      machineIdentifier: null,
      shows: {},
    });
  });
});
