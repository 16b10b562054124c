import { afterEach, describe, expect, it } from 'vitest';
import { type FakeServices, startFakeServices } from '../fake/start.js';
import { call } from '../fake/test-http.js';
import { legacyWorld } from './legacy-world.js';
import { legacyWorldExpected } from './legacy-world-expected.js';

let fakes: FakeServices | undefined;
afterEach(async () => {
  await fakes?.close();
  fakes = undefined;
});

const plex = (f: FakeServices) => (path: string) =>
  call(`${f.plexUrl}${path}`, { headers: { Accept: 'application/json', 'X-Plex-Token': f.plexToken } });
const tvdb = async (f: FakeServices) => {
  const login = await call(`${f.tvdbUrl}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: f.tvdbKey }),
  });
  const token = login.body.data.token as string;
  return (path: string) => call(`${f.tvdbUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
};

describe('legacyWorld served by the fakes (issue 14)', () => {
  it('its legacy-agent sections name their agent and have no showOrdering setting', async () => {
    fakes = await startFakeServices(legacyWorld());
    const get = plex(fakes);
    const sections = (await get('/library/sections')).body.MediaContainer.Directory;
    expect(sections.map((d: { agent: string }) => d.agent)).toEqual([
      'com.plexapp.agents.thetvdb',
      'com.plexapp.agents.hama',
      'tv.plex.agents.music',
    ]);
    for (const key of ['1', '2']) {
      const settings = (await get(`/library/sections/${key}/prefs`)).body.MediaContainer.Setting;
      expect(settings.map((s: { id: string }) => s.id)).toEqual([
        'episodeSort',
        'flattenSeasons',
        'includeInGlobal',
        'enableBIFGeneration',
      ]);
    }
    const shows = (await get('/library/sections/2/all?type=2')).body.MediaContainer.Metadata;
    expect(shows.map((s: { guid: string }) => s.guid)).toEqual([
      'com.plexapp.agents.hama://tvdb-424536?lang=en',
      'com.plexapp.agents.hama://tvdb3-700005?lang=en',
      'com.plexapp.agents.hama://anidb-17617?lang=en',
      'com.plexapp.agents.hama://tvdb4-700007?lang=en',
    ]);
    expect(shows.every((s: Record<string, unknown>) => !('Guid' in s))).toBe(true);
  });

  it('TVDB names Frieren in Japanese, in English on /eng, and keeps Japanese on /jpn', async () => {
    fakes = await startFakeServices(legacyWorld());
    const get = await tvdb(fakes);
    const names = async (path: string) =>
      (await get(path)).body.data.episodes.map((e: { name: string | null }) => e.name);
    const original = await get('/series/424536/episodes/default?page=0');
    expect(original.body.data.series.originalLanguage).toBe('jpn');
    expect((await names('/series/424536/episodes/default?page=0'))[4]).toBe('死者の幻影');
    expect((await names('/series/424536/episodes/default/eng?page=0'))[4]).toBe('Phantoms of the Dead');
    expect((await names('/series/424536/episodes/default/jpn?page=0'))[4]).toBe('死者の幻影');
    expect((await names('/series/424536/episodes/default/deu?page=0'))[4]).toBeNull();
  });

  it('the expected gaps are the TVDB-numbered ones and name every unmatched show', () => {
    const world = legacyWorld();
    const missing = legacyWorldExpected.shows.flatMap((s) =>
      s.seasons.flatMap((x) => x.missing.map((m) => `${s.title} S${m.season}E${m.episode}`)),
    );
    expect(missing).toHaveLength(10);
    const frieren = world.tvdb.series.find((s) => s.id === 424536)!;
    const titles = legacyWorldExpected.shows.find((s) => s.tvdbId === 424536)!.seasons[0]!.missing;
    expect(titles.map((m) => m.title)).toEqual(frieren.episodes.official.slice(4).map((e) => e.nameEng));
  });
});
