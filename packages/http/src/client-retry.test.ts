import { ConnectionError, RateLimitError } from '@complexionist/core';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './client.js';
import { BASE, useMswServer } from './test-server.js';

const server = useMswServer();
const unpaced = { perSecond: 0, maxInFlight: 0 };

/** Serves the given answers in turn and records the fake time of each request. */
function sequence(answers: Array<() => Response>) {
  const times: number[] = [];
  server.use(
    http.get(`${BASE}/movie/1`, () => {
      times.push(Date.now());
      const answer = answers[Math.min(times.length - 1, answers.length - 1)]!;
      return answer();
    }),
  );
  return times;
}

const tooMany = (retryAfter?: string) => () =>
  HttpResponse.json(
    { status_code: 25, status_message: 'Your request count (41) is over the allowed limit of 40.' },
    { status: 429, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } },
  );
const ok = () => HttpResponse.json({ id: 1, title: 'Star Wars' });
const unavailable = () => HttpResponse.json({ status_code: 9 }, { status: 503 });

describe('retries', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('waits the seconds Retry-After names before retrying a 429', async () => {
    const times = sequence([tooMany('3'), ok]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced });
    const result = client.request('/movie/1');
    await vi.advanceTimersByTimeAsync(2_990);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    await expect(result).resolves.toMatchObject({ status: 200, data: { id: 1 } });
    expect(times[1]! - times[0]!).toBe(3_000);
    expect(client.stats()).toMatchObject({ requests: 2, retries: 1, rateLimited: 1, errors: 0 });
  });

  it('waits until the HTTP date Retry-After names', async () => {
    const times = sequence([tooMany('Wed, 01 Jan 2025 00:00:05 GMT'), ok]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced });
    const result = client.request('/movie/1');
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toMatchObject({ status: 200 });
    expect(times[1]! - times[0]!).toBe(5_000);
  });

  it('backs off when a 429 has no Retry-After', async () => {
    const times = sequence([tooMany(), ok]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced, random: () => 0.5 });
    const result = client.request('/movie/1');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toMatchObject({ status: 200 });
    expect(times[1]! - times[0]!).toBe(500);
  });

  it('gives up with a RateLimitError when 429s outlast the retries', async () => {
    const times = sequence([tooMany('1')]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced, retries: 1 });
    const result = client.request('/movie/1');
    const settled = expect(result).rejects.toBeInstanceOf(RateLimitError);
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
    expect(times).toHaveLength(3);
    expect(client.stats()).toMatchObject({ rateLimited: 3, errors: 1 });
  });

  it('does not wait for a Retry-After longer than two minutes', async () => {
    const times = sequence([tooMany('3600')]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced });
    await expect(client.request('/movie/1')).rejects.toThrow(/asked to wait 3600 s/);
    expect(times).toHaveLength(1);
  });

  it('retries a 5xx and returns the answer that follows', async () => {
    sequence([unavailable, unavailable, ok]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced });
    const result = client.request('/movie/1');
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(result).resolves.toMatchObject({ status: 200, data: { title: 'Star Wars' } });
    expect(client.stats()).toMatchObject({ requests: 3, retries: 2, errors: 0 });
  });

  it('keeps every back-off under the cap and gives up with a ConnectionError naming the status', async () => {
    const times = sequence([unavailable]);
    const client = createHttpClient({
      service: 'tmdb',
      baseURL: BASE,
      rate: unpaced,
      retries: 8,
      random: () => 0.999999,
      backoff: { baseMs: 500, maxMs: 4_000 },
    });
    const result = client.request('/movie/1');
    const settled = expect(result).rejects.toMatchObject({
      kind: 'connection',
      status: 503,
      service: 'tmdb',
    });
    // Ceilings 0.5, 1, 2, 4, then 4 s (capped) four more times.
    await vi.advanceTimersByTimeAsync(23_500);
    await settled;
    expect(times).toHaveLength(9);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThan(4_000);
  });

  it('retries a connection reset, then reports the URL it could not reach', async () => {
    const times = sequence([() => HttpResponse.error()]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced, retries: 2 });
    const result = client.request('/movie/1');
    const settled = expect(result).rejects.toThrow(ConnectionError);
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
    await expect(result).rejects.toThrow(
      /Could not reach TMDB at http:\/\/api\.test\/3\/movie\/1 .*3 attempts/,
    );
    expect(times).toHaveLength(3);
  });

  it('retries a request that times out', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/movie/1`, async () => {
        calls++;
        if (calls === 1) await new Promise(() => {});
        return ok();
      }),
    );
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced, timeoutMs: 1_000 });
    const result = client.request('/movie/1');
    await vi.advanceTimersByTimeAsync(1_600);
    await expect(result).resolves.toMatchObject({ status: 200 });
    expect(calls).toBe(2);
  });

  it('reports a timeout in the message once retries are spent', async () => {
    server.use(http.get(`${BASE}/movie/1`, () => new Promise<Response>(() => {})));
    const client = createHttpClient({
      service: 'tmdb',
      baseURL: BASE,
      rate: unpaced,
      timeoutMs: 1_000,
      retries: 0,
    });
    const result = client.request('/movie/1');
    const settled = expect(result).rejects.toThrow(/no answer within 1 s/);
    await vi.advanceTimersByTimeAsync(1_000);
    await settled;
  });

  it('resolves a 404 or 401 for the adapter to judge, without retrying', async () => {
    const times = sequence([() => HttpResponse.json({ status_code: 34 }, { status: 404 })]);
    const client = createHttpClient({ service: 'tmdb', baseURL: BASE, rate: unpaced });
    await expect(client.request('/movie/1')).resolves.toMatchObject({
      status: 404,
      data: { status_code: 34 },
    });
    expect(times).toHaveLength(1);
  });
});
