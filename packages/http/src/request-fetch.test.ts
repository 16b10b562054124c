import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './client.js';
import { requestFetch } from './request-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base = '';
const seen: Seen[] = [];
const routes: Record<string, (res: ServerResponse) => void> = {
  '/json': (res) => {
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-total', '3');
    res.end('{"title":"Amélie","ids":[1,2,3]}');
  },
  '/gzip': (res) => {
    res.setHeader('content-type', 'application/json');
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync('{"packed":true}'));
  },
  '/empty': (res) => {
    res.statusCode = 204;
    res.end();
  },
  '/moved': (res) => {
    res.statusCode = 302;
    res.setHeader('location', '/json');
    res.end();
  },
  '/missing': (res) => {
    res.statusCode = 404;
    res.end('{"status_message":"not found"}');
  },
  '/slow': () => {},
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(res);
      else res.end('{"echo":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('requestFetch', () => {
  it('answers like fetch: status, headers and a UTF-8 body; it sends the headers and asks for compression', async () => {
    const response = await requestFetch(`${base}/json?page=2`, { headers: { 'X-Plex-Token': 't0k' } });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-total')).toBe('3');
    expect(await response.json()).toEqual({ title: 'Amélie', ids: [1, 2, 3] });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'GET', url: '/json?page=2' });
    expect(request?.headers['x-plex-token']).toBe('t0k');
    expect(request?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('gives the same body as bytes, as a stream and from a clone', async () => {
    const response = await requestFetch(`${base}/json`);
    const expected = '{"title":"Amélie","ids":[1,2,3]}';
    expect(new TextDecoder().decode(await response.clone().arrayBuffer())).toBe(expected);
    expect(await new Response(response.body).text()).toBe(expected);
    expect(await response.text()).toBe(expected);
  });

  it('sends a method and a string body', async () => {
    const response = await requestFetch(new URL(`${base}/login`), {
      method: 'post',
      headers: { 'content-type': 'application/json' },
      body: '{"apikey":"k"}',
    });
    expect(await response.json()).toEqual({ echo: true });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"apikey":"k"}' });
  });

  it('decodes a gzip body and drops the encoding headers', async () => {
    const response = await requestFetch(`${base}/gzip`);
    expect(await response.text()).toBe('{"packed":true}');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('gives a 204 an empty body and a 404 its body', async () => {
    const empty = await requestFetch(`${base}/empty`);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    const missing = await requestFetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status_message: 'not found' });
  });

  it('follows a redirect', async () => {
    const response = await requestFetch(`${base}/moved`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ title: 'Amélie' });
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const reason = new DOMException('Ctrl-C', 'AbortError');
    const pending = requestFetch(`${base}/slow`, { signal: controller.signal });
    // Abort while the server holds the request, so the request itself (not its start) is cancelled.
    await vi.waitFor(() => expect(seen.map((s) => s.url)).toContain('/slow'));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('carries the HTTP client: retries, errors and timeouts behave as with the platform fetch', async () => {
    const client = createHttpClient({ service: 'tmdb', baseURL: base, fetch: requestFetch, retries: 0 });
    await expect(client.request('/json', { query: { a: '1' } })).resolves.toMatchObject({
      status: 200,
      data: { title: 'Amélie' },
    });
    const impatient = createHttpClient({
      service: 'tmdb',
      baseURL: base,
      fetch: requestFetch,
      retries: 0,
      timeoutMs: 50,
    });
    await expect(impatient.request('/slow')).rejects.toThrow(/no answer within 0.05 s/);
    const refused = createHttpClient({
      service: 'tmdb',
      baseURL: 'http://127.0.0.1:9',
      fetch: requestFetch,
      retries: 0,
    });
    await expect(refused.request('/movie/1')).rejects.toThrow(/ECONNREFUSED/);
  });
});
