import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHttpClient } from './client.js';
import { BASE, useMswServer } from './test-server.js';

const server = useMswServer();

describe('request and response', () => {
  it('sends the client query and headers with every request and leaves out undefined values', async () => {
    let seen: URL | undefined;
    let auth: string | null = null;
    server.use(
      http.get(`${BASE}/find/tt1`, ({ request }) => {
        seen = new URL(request.url);
        auth = request.headers.get('authorization');
        return HttpResponse.json({ movie_results: [] });
      }),
    );
    const client = createHttpClient({
      service: 'tmdb',
      baseURL: `${BASE}/`,
      query: { api_key: 'k' },
      headers: { Authorization: 'Bearer x' },
    });
    await client.request('find/tt1', { query: { external_source: 'imdb_id', page: undefined } });
    expect(Object.fromEntries(seen!.searchParams)).toEqual({ api_key: 'k', external_source: 'imdb_id' });
    expect(auth).toBe('Bearer x');
  });

  it('sends an object body as JSON', async () => {
    let body: unknown;
    server.use(
      http.post(`${BASE}/login`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ status: 'success' });
      }),
    );
    const client = createHttpClient({ service: 'tvdb', baseURL: BASE });
    await client.request('/login', { method: 'POST', body: { apikey: 'k' } });
    expect(body).toEqual({ apikey: 'k' });
  });

  it('returns text when asked and counts the bytes received', async () => {
    server.use(http.get(`${BASE}/identity`, () => HttpResponse.text('<MediaContainer size="0"/>')));
    const client = createHttpClient({ service: 'plex', baseURL: BASE });
    const result = await client.request<string>('/identity', { responseType: 'text' });
    expect(result.data).toBe('<MediaContainer size="0"/>');
    expect(client.stats().bytes).toBe(26);
  });

  it('gives null for an empty body', async () => {
    server.use(http.get(`${BASE}/empty`, () => new HttpResponse(null, { status: 204 })));
    const client = createHttpClient({ service: 'plex', baseURL: BASE });
    await expect(client.request('/empty')).resolves.toMatchObject({ status: 204, data: null });
  });

  it('reports a success body that is not JSON as a response error naming the service and path', async () => {
    server.use(http.get(`${BASE}/movie/1`, () => HttpResponse.text('<html>oops</html>')));
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    await expect(client.request('/movie/1')).rejects.toMatchObject({
      kind: 'response',
      service: 'tmdb',
      path: '/movie/1',
      message: expect.stringContaining('TMDB sent a body that is not JSON for /movie/1'),
    });
  });

  it('passes an error page that is not JSON through as text', async () => {
    server.use(http.get(`${BASE}/movie/1`, () => HttpResponse.text('Not Found', { status: 404 })));
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    await expect(client.request('/movie/1')).resolves.toMatchObject({ status: 404, data: 'Not Found' });
  });
});
