import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTvdbClient, type TvdbClientOptions } from './client.js';
import { FAKE_TVDB, type FakeTvdbWorld, fakeTvdb, GOOD_KEY } from './test-fake-tvdb.js';

/** One msw server per test file; handlers reset after each test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

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
