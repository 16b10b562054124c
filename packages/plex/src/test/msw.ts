import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createPlexClient, type PlexClientOptions } from '../plex-client.js';
import { type FakePmsOptions, fakePms } from './fake-pms.js';

/** Starts an msw server for the calling test file (unhandled requests fail the test). */
export function useMsw() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Installs a fake PMS on `server` and returns it with a client pointed at it. */
export function withFakePms(
  server: ReturnType<typeof setupServer>,
  options: FakePmsOptions,
  client: Partial<PlexClientOptions> = {},
) {
  const fake = fakePms(options);
  server.use(...fake.handlers);
  const plex = createPlexClient({
    url: fake.url,
    token: fake.token,
    clientIdentifier: 'test-client',
    ...client,
  });
  return { fake, plex };
}
