import { afterEach, describe, expect, it } from 'vitest';
import { type RunningArr, startFakeRadarr, startFakeSonarr } from './arr-start.js';

let fake: RunningArr<unknown> | undefined;
afterEach(() => fake?.close());

async function call(url: string, key: string | undefined, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Api-Key': key } : {}) },
  });
  return { status: response.status, text: await response.text() };
}

describe('fake Radarr and Sonarr', () => {
  it('answer 401 with an empty body without the key, and record every request', async () => {
    const radarr = await startFakeRadarr();
    fake = radarr;
    expect(await call(`${radarr.url}/api/v3/system/status`, undefined)).toEqual({ status: 401, text: '' });
    expect((await call(`${radarr.url}/api/v3/system/status?apikey=${radarr.apiKey}`, undefined)).status).toBe(
      200,
    );
    expect(radarr.requests.map((r) => r.url)).toEqual([
      '/api/v3/system/status',
      `/api/v3/system/status?apikey=${radarr.apiKey}`,
    ]);
  });

  it('refuse a second add of the same film as Radarr does', async () => {
    const radarr = await startFakeRadarr();
    fake = radarr;
    const body = JSON.stringify({
      tmdbId: 603,
      title: 'The Matrix',
      qualityProfileId: 1,
      rootFolderPath: '/data/media',
    });
    expect((await call(`${radarr.url}/api/v3/movie`, radarr.apiKey, { method: 'POST', body })).status).toBe(
      201,
    );
    const again = await call(`${radarr.url}/api/v3/movie`, radarr.apiKey, { method: 'POST', body });
    expect(again.status).toBe(400);
    expect(JSON.parse(again.text)[0]).toMatchObject({
      propertyName: 'TmdbId',
      errorMessage: 'This movie has already been added',
      errorCode: 'MovieExistsValidator',
    });
  });

  it('Sonarr v4 answers the language profile stub; v3 its profiles and requires one on add', async () => {
    const v4 = await startFakeSonarr();
    fake = v4;
    expect(JSON.parse((await call(`${v4.url}/api/v3/languageprofile`, v4.apiKey)).text)).toEqual([
      { id: 1, name: 'Deprecated' },
    ]);
    await v4.close();
    const v3 = await startFakeSonarr({
      version: '3.0.10.1567',
      catalog: [{ tvdbId: 1, title: 'Show', episodes: [{ season: 1, episode: 1, title: 'Pilot' }] }],
    });
    fake = v3;
    const add = { tvdbId: 1, title: 'Show', qualityProfileId: 1, rootFolderPath: '/data/media' };
    const refused = await call(`${v3.url}/api/v3/series`, v3.apiKey, {
      method: 'POST',
      body: JSON.stringify(add),
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Language profile does not exist');
    const added = await call(`${v3.url}/api/v3/series`, v3.apiKey, {
      method: 'POST',
      body: JSON.stringify({ ...add, languageProfileId: 1, addOptions: { monitor: 'none' } }),
    });
    expect(added.status).toBe(201);
    expect(v3.state.episodes).toMatchObject([{ seasonNumber: 1, episodeNumber: 1, monitored: false }]);
  });
});
