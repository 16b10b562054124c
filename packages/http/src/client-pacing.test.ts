import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './client.js';
import { BASE, useMswServer } from './test-server.js';

const server = useMswServer();

describe('pacing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('spreads 100 TMDB requests over about 2.5 s at the default 40 per second', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE}/movie/:id`, ({ params }) => {
        times.push(Date.now());
        return HttpResponse.json({ id: Number(params.id) });
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const all = Promise.all(Array.from({ length: 100 }, (_, i) => client.request(`/movie/${i}`)));
    await vi.advanceTimersByTimeAsync(3_000);
    await all;
    const elapsed = times.at(-1)! - times[0]!;
    expect(elapsed).toBeGreaterThanOrEqual(2_400);
    expect(elapsed).toBeLessThanOrEqual(2_550);
    const perWindow = times.map((t) => times.filter((u) => u > t - 1_000 && u <= t).length);
    expect(Math.max(...perWindow)).toBeLessThanOrEqual(40);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20);
  });

  it('keeps no more than maxInFlight requests on the wire', async () => {
    let active = 0;
    let peak = 0;
    server.use(
      http.get(`${BASE}/slow/:id`, async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 100));
        active--;
        return HttpResponse.json({});
      }),
    );
    const client = createHttpClient({
      service: 'tvdb',
      baseURL: BASE,
      rate: { perSecond: 0, maxInFlight: 3 },
    });
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => client.request(`/slow/${i}`)));
    await vi.advanceTimersByTimeAsync(1_000);
    await all;
    expect(peak).toBe(3);
  });
});

describe('coalescing', () => {
  it('sends two identical concurrent GETs once and gives both callers the answer', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/collection/10`, () => {
        calls++;
        return HttpResponse.json({ id: 10, name: 'Star Wars Collection' });
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const [a, b] = await Promise.all([client.request('/collection/10'), client.request('/collection/10')]);
    expect(a.data).toEqual({ id: 10, name: 'Star Wars Collection' });
    expect(b.data).toEqual(a.data);
    expect(calls).toBe(1);
    expect(client.stats()).toMatchObject({ requests: 1, coalesced: 1 });
  });

  it('sends GETs that differ in their query separately', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/search`, ({ request }) => {
        seen.push(new URL(request.url).searchParams.get('page') ?? '');
        return HttpResponse.json({});
      }),
    );
    const client = createHttpClient({ service: 'tvdb', baseURL: BASE });
    await Promise.all([
      client.request('/search', { query: { page: 0 } }),
      client.request('/search', { query: { page: 1 } }),
    ]);
    expect(seen.sort()).toEqual(['0', '1']);
  });

  it('lets one caller abort without cancelling the request another caller still waits for', async () => {
    let release: () => void = () => {};
    server.use(
      http.get(`${BASE}/movie/7`, async () => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return HttpResponse.json({ id: 7 });
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE });
    const controller = new AbortController();
    const first = client.request('/movie/7', { signal: controller.signal });
    const second = client.request('/movie/7');
    await vi.waitFor(() => expect(client.stats().requests).toBe(1));
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    release();
    await expect(second).resolves.toMatchObject({ data: { id: 7 } });
  });

  it('never shares a POST', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/login`, () => {
        calls++;
        return HttpResponse.json({ data: { token: 't' } });
      }),
    );
    const client = createHttpClient({ service: 'tvdb', baseURL: BASE });
    await Promise.all([
      client.request('/login', { method: 'POST', body: { apikey: 'k' } }),
      client.request('/login', { method: 'POST', body: { apikey: 'k' } }),
    ]);
    expect(calls).toBe(2);
  });
});
