import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * Starts one msw server for the calling test file: it listens before the first test, forgets the
 * handlers a test installed after each test, and closes after the last. An unhandled request fails the
 * test, so nothing ever reaches the network.
 */
export function useMswServer(): ReturnType<typeof setupServer> {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
