import { type RunningArr, startFakeRadarr, startFakeSonarr } from '@complexionist/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createRadarrClient } from './radarr-client.js';
import { createSonarrClient } from './sonarr-client.js';

let fake: RunningArr<unknown> | undefined;
afterEach(() => fake?.close());

describe('Radarr and Sonarr clients', () => {
  it('send the key as X-Api-Key under /api/v3 and read the status', async () => {
    const radarr = await startFakeRadarr({ version: '5.14.0.9383' });
    fake = radarr;
    const status = await createRadarrClient({ url: `${radarr.url}/`, apiKey: radarr.apiKey }).status();
    expect(status.version).toBe('5.14.0.9383');
    expect(radarr.requests).toEqual([{ method: 'GET', url: '/api/v3/system/status' }]);
  });

  it('name the key setting on a 401, without the key', async () => {
    const sonarr = await startFakeSonarr();
    fake = sonarr;
    const error = await createSonarrClient({ url: sonarr.url, apiKey: 'wrong-key-123456' })
      .status()
      .then(noError, asError);
    expect(error.kind).toBe('auth');
    expect(error.hint).toContain('`sonarr.api_key`');
    expect(error.message).not.toContain('wrong-key-123456');
  });

  it('name the URL setting when the service cannot be reached', async () => {
    const radarr = await startFakeRadarr();
    const url = radarr.url;
    await radarr.close();
    const error = await createRadarrClient({ url, apiKey: 'k-0123456789', retries: 0 })
      .status()
      .then(noError, asError);
    expect(error.kind).toBe('connection');
    expect(error.message).toContain(`Could not reach Radarr at ${url}/api/v3/system/status`);
    expect(error.hint).toBe('check that Radarr is running and that `radarr.url` is right');
  });

  it('reject an answer of the wrong shape with the field named', async () => {
    const radarr = await startFakeRadarr({ qualityProfiles: [{ id: 1 } as never] });
    fake = radarr;
    const error = await createRadarrClient({ url: radarr.url, apiKey: radarr.apiKey })
      .qualityProfiles()
      .then(noError, asError);
    expect(error.message).toMatch(
      /Radarr sent an unexpected response for \/qualityprofile .*field `0\.name`/,
    );
  });

  it('find a series by TVDB id and list its episodes; a missing one is null', async () => {
    const sonarr = await startFakeSonarr({
      series: [{ id: 3, tvdbId: 81189, title: 'Breaking Bad', monitored: true }],
    });
    fake = sonarr;
    const client = createSonarrClient({ url: sonarr.url, apiKey: sonarr.apiKey });
    expect((await client.seriesByTvdbId(81189))?.id).toBe(3);
    expect(await client.seriesByTvdbId(1)).toBeNull();
    expect(await client.lookupSeries(1)).toBeNull();
    expect(sonarr.requests.map((r) => r.url)).toEqual([
      '/api/v3/series?tvdbId=81189',
      '/api/v3/series?tvdbId=1',
      '/api/v3/series/lookup?term=tvdb%3A1',
    ]);
  });
});

type Failure = Error & { kind: string; hint: string };
function noError(): never {
  throw new Error('expected the call to fail');
}
function asError(error: unknown): Failure {
  return error as Failure;
}
