import type { setupServer } from 'msw/node';
import { createPlexClient, type PlexClientOptions } from '../plex-client.js';
import { type FakePmsOptions, fakePms } from './fake-pms.js';

export { useMswServer as useMsw } from '@complexionist/testkit/msw';

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
