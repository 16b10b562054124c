import type { setupServer } from 'msw/node';
import { createTvdbClient, type TvdbClientOptions } from './client.js';
import { FAKE_TVDB, type FakeTvdbWorld, fakeTvdb, GOOD_KEY } from './test-fake-tvdb.js';

export { useMswServer } from '@complexionist/testkit/msw';

/** Installs a fake TVDB serving `world` and returns a client for it plus the fake's state. */
export function serveTvdb(
  server: ReturnType<typeof setupServer>,
  world: FakeTvdbWorld,
  options: Partial<TvdbClientOptions> = {},
) {
  const fake = fakeTvdb(world);
  server.use(...fake.handlers);
  const client = createTvdbClient({
    apiKey: GOOD_KEY,
    baseURL: FAKE_TVDB,
    rate: { perSecond: 0 },
    retries: 0,
    ...options,
  });
  return { client, state: fake.state };
}
