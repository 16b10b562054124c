import { defaultConfig } from '@complexionist/config';
import { ConfigError } from '@complexionist/core';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveScanner } from './live-scanner.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

/** A TVDB-only setup: Plex and TVDB configured, no TMDB key (every address a local fake). */
function tvdbOnly() {
  const config = defaultConfig();
  config.plex.url = fakes.plexUrl;
  config.plex.token = fakes.plexToken;
  config.tvdb.apiKey = fakes.tvdbKey;
  config.tvdb.url = fakes.tvdbUrl;
  // No key, but the fake's address: a TMDB request made anyway is counted here, never sent to the real TMDB.
  config.tmdb.url = fakes.tmdbUrl;
  return liveScanner(config, undefined, { now: () => fakes.now });
}
const run = { signal: new AbortController().signal, onProgress: () => {} };

describe('the live scanner without a TMDB key', () => {
  it("a scan's movie half that names only show libraries needs no TMDB: an empty report", async () => {
    const report = await tvdbOnly().scanMovies(
      { libraries: ['TV Shows'] },
      { ...run, whenNoLibraryOfType: 'empty' },
    );
    expect(report.libraries).toEqual([]);
    expect(fakes.counts().tmdb.total).toBe(0);
  });

  it('a movie library still needs the key: the scan stops naming tmdb.api_key', async () => {
    await expect(
      tvdbOnly().scanMovies({ libraries: ['Movies'] }, { ...run, whenNoLibraryOfType: 'empty' }),
    ).rejects.toMatchObject({
      kind: 'config',
      message: 'tmdb.api_key is not set: finding collection gaps needs TMDB.',
    });
    await expect(tvdbOnly().scanMovies({}, run)).rejects.toBeInstanceOf(ConfigError);
  });
});
