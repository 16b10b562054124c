import { describe, expect, it } from 'vitest';
import { createHttpClient } from './client.js';

const KEY = 'a1b2c3d4e5f6secret';

/** Everything a user could see of an error: message, JSON form and nested causes. */
function visible(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.message, String(current.stack), JSON.stringify(current));
    current = current.cause;
  }
  return parts.join('\n');
}

describe('secrets', () => {
  it('never shows an API key from the query in a connection error, even when fetch puts the URL in its message', async () => {
    const client = createHttpClient({
      service: 'tmdb',
      baseURL: 'http://api.test/3',
      query: { api_key: KEY },
      secrets: [KEY],
      retries: 0,
      fetch: async (input) => {
        throw new TypeError(`getaddrinfo ENOTFOUND for ${String(input)}`);
      },
    });
    const error = await client.request('/movie/1').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'connection' });
    expect(visible(error)).not.toContain(KEY);
  });

  it('never shows a declared secret that a server echoes into a path', async () => {
    const client = createHttpClient({
      service: 'plex',
      baseURL: `http://127.0.0.1:1/${KEY}`,
      secrets: [KEY],
      retries: 0,
      fetch: async () => {
        throw new Error(`connect ECONNREFUSED`);
      },
    });
    const error = await client
      .request('/library/sections', { query: { 'X-Plex-Token': KEY } })
      .catch((e: unknown) => e);
    expect(visible(error)).not.toContain(KEY);
    expect((error as Error).message).toContain('Could not reach Plex');
  });
});
