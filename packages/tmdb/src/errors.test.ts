import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTmdbClient } from './client.js';
import { FAKE_TMDB } from './test-fake-tmdb.js';
import { serveTmdb, useMswServer } from './test-server.js';

const server = useMswServer();
const BAD_KEY = 'ffffffffffffffffffffffffbadbad00';

describe('errors', () => {
  it('turns a 401 with code 7 into an auth error naming the key setting and the auth command', async () => {
    const { client } = serveTmdb(server, { movies: { 11: { id: 11, title: 'Star Wars' } } }, BAD_KEY);
    const error = await client.getMovie(11).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', service: 'tmdb', status: 401 });
    expect((error as Error).message).toContain('TMDB rejected the API key (HTTP 401, code 7');
    expect((error as Error).message).toContain('tmdb.api_key');
    expect((error as Error).message).toContain('complexionist auth tmdb --key');
    expect((error as Error).message).not.toContain(BAD_KEY);
  });

  it('validateKey accepts a good key and refuses a bad one', async () => {
    const good = serveTmdb(server, {});
    await expect(good.client.validateKey()).resolves.toBeUndefined();
    const bad = serveTmdb(server, {}, BAD_KEY);
    await expect(bad.client.validateKey()).rejects.toMatchObject({ kind: 'auth' });
  });

  it('reports a malformed movie as a response error naming the path and field', async () => {
    const { client } = serveTmdb(server, {
      movies: {
        11: { id: 11, title: 'Star Wars', belongs_to_collection: { id: '10', name: 'Star Wars Collection' } },
      },
    });
    await expect(client.getMovie(11)).rejects.toMatchObject({
      kind: 'response',
      path: '/movie/11',
      message: expect.stringContaining('`belongs_to_collection.id`'),
    });
  });

  it('reports a collection part without a title', async () => {
    const { client } = serveTmdb(server, {
      collections: { 1: { id: 1, name: 'C', parts: [{ id: 2, release_date: '' }] } },
    });
    await expect(client.getCollection(1)).rejects.toThrow(
      /\/collection\/1 \(HTTP 200\): field `parts\.0\.title`/,
    );
  });

  it('passes TMDB’s own message through for other refusals', async () => {
    server.use(
      http.get(`${FAKE_TMDB}/movie/1`, () =>
        HttpResponse.json({ status_code: 22, status_message: 'Invalid page.' }, { status: 400 }),
      ),
    );
    const client = createTmdbClient({ apiKey: 'k', baseURL: FAKE_TMDB });
    await expect(client.getMovie(1)).rejects.toThrow(
      'TMDB refused /movie/1 (HTTP 400, code 22: Invalid page.).',
    );
  });

  it('needs an API key', () => {
    expect(() => createTmdbClient({ apiKey: ' ' })).toThrow(/tmdb\.api_key/);
  });

  it('scopes cache keys by base URL and language', () => {
    expect(createTmdbClient({ apiKey: 'k' }).cacheScope).toBe('tmdb:https://api.themoviedb.org/3');
    expect(createTmdbClient({ apiKey: 'k', baseURL: 'http://x/3/', language: 'de-DE' }).cacheScope).toBe(
      'tmdb:http://x/3:de-DE',
    );
  });
});
