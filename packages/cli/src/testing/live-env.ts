import {
  type FakeServices,
  type FakeServicesOptions,
  smallWorld,
  startFakeServices,
} from '@complexionist/testkit';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type Sandbox, sandbox } from './run-cli.js';

/** Environment that points a CLI run at the fake services with valid credentials. */
export function liveEnv(fakes: FakeServices): Record<string, string> {
  return {
    PLEX_URL: fakes.plexUrl,
    PLEX_TOKEN: fakes.plexToken,
    PLEX_TV_URL: fakes.plexTvUrl,
    TMDB_URL: fakes.tmdbUrl,
    TMDB_API_KEY: fakes.tmdbKey,
    TVDB_URL: fakes.tvdbUrl,
    TVDB_API_KEY: fakes.tvdbKey,
    // The scan's clock is the fakes' day, so a file running across UTC midnight still sees one "today".
    COMPLEXIONIST_NOW: fakes.now.toISOString(),
  };
}

/** What {@link useFakes} gives a test file: the fakes serving `smallWorld()` and a sandbox home. */
export interface LiveFixture {
  fakes: FakeServices;
  box: Sandbox;
}

/**
 * Starts the fake services once for the test file and gives each test (`perTest`) or the whole file a
 * fresh sandbox home; everything is closed and removed afterwards.
 */
export function useFakes(
  options: FakeServicesOptions = {},
  scope: 'perTest' | 'perFile' = 'perTest',
): LiveFixture {
  const fixture = {} as LiveFixture;
  const [before, after] = scope === 'perTest' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  beforeAll(async () => {
    fixture.fakes = await startFakeServices(smallWorld(), options);
  });
  afterAll(async () => {
    await fixture.fakes?.close();
  });
  before(async () => {
    fixture.box = await sandbox();
  });
  after(async () => {
    await fixture.box?.remove();
  });
  return fixture;
}
