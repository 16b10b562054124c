import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './client.js';
import { BASE, useMswServer } from './test-server.js';

const server = useMswServer();
const stop = () => new DOMException('The scan was stopped', 'AbortError');

describe('abort', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rejects at once with the reason while waiting out a Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/movie/1`, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } });
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const controller = new AbortController();
    const result = client.request('/movie/1', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    const reason = stop();
    controller.abort(reason);
    await expect(result).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
  });

  it('rejects while queued behind the pacer without sending anything', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/movie/:id`, () => {
        calls++;
        return HttpResponse.json({});
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: { perSecond: 1 } });
    await client.request('/movie/1');
    const controller = new AbortController();
    const queued = client.request('/movie/2', { signal: controller.signal });
    const reason = stop();
    controller.abort(reason);
    await expect(queued).rejects.toBe(reason);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(1);
  });

  it('cancels a request in flight', async () => {
    server.use(http.get(`${BASE}/movie/1`, () => new Promise<Response>(() => {})));
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const controller = new AbortController();
    const result = client.request('/movie/1', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(50);
    const reason = stop();
    controller.abort(reason);
    await expect(result).rejects.toBe(reason);
    expect(client.stats().errors).toBe(0);
  });

  it('rejects a call made with an already aborted signal', async () => {
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const reason = stop();
    await expect(client.request('/movie/1', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(client.stats().requests).toBe(0);
  });
});
