import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTmdbClient } from './client.js';
import { FAKE_TMDB, type FakeTmdbWorld, fakeTmdb, GOOD_KEY } from './test-fake-tmdb.js';

/** One msw server per test file; handlers reset after each test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Installs a fake TMDB serving `world` and returns a client for it plus the request log. */
export function serveTmdb(server: ReturnType<typeof setupServer>, world: FakeTmdbWorld, apiKey = GOOD_KEY) {
  const fake = fakeTmdb(world);
  server.use(...fake.handlers);
  const client = createTmdbClient({ apiKey, baseURL: FAKE_TMDB, rate: { perSecond: 0 }, retries: 0 });
  return { client, log: fake.log };
}
