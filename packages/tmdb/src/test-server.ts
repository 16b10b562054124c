import type { setupServer } from 'msw/node';
import { createTmdbClient } from './client.js';
import { FAKE_TMDB, type FakeTmdbWorld, fakeTmdb, GOOD_KEY } from './test-fake-tmdb.js';

export { useMswServer } from '@complexionist/testkit/msw';

/** Installs a fake TMDB serving `world` and returns a client for it plus the request log. */
export function serveTmdb(server: ReturnType<typeof setupServer>, world: FakeTmdbWorld, apiKey = GOOD_KEY) {
  const fake = fakeTmdb(world);
  server.use(...fake.handlers);
  const client = createTmdbClient({ apiKey, baseURL: FAKE_TMDB, rate: { perSecond: 0 }, retries: 0 });
  return { client, log: fake.log };
}
