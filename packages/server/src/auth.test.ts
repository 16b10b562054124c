import { describe, expect, it } from 'vitest';
import { safeEqual } from './auth.js';
import { collection, json, movieReport, testApp } from './test-helpers.js';

const KEY = 'k3y-for-the-server-0123456789';

describe('API key', () => {
  it('health needs no key', async () => {
    const { app } = testApp({ apiKey: KEY });
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', version: expect.any(String) });
  });

  it('every other /api route needs the key', async () => {
    const { app } = testApp({ apiKey: KEY });
    for (const [method, path] of [
      ['GET', '/api/libraries'],
      ['POST', '/api/scans'],
      ['GET', '/api/scans'],
      ['GET', '/api/scans/x'],
      ['GET', '/api/scans/x/events'],
      ['GET', '/api/reports/latest?type=movies'],
      ['GET', '/api/ignores'],
      ['DELETE', '/api/ignores'],
      ['GET', '/api/lists/radarr'],
      ['GET', '/api/lists/sonarr'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect((await res.json()).error.message).toContain('X-Api-Key');
    }
  });

  it('accepts the key as the X-Api-Key header or the apikey query (as Sonarr and Radarr send it)', async () => {
    const { app } = testApp({ apiKey: KEY });
    expect((await app.request('/api/lists/sonarr', { headers: { 'X-Api-Key': KEY } })).status).toBe(200);
    expect((await app.request(`/api/lists/sonarr?apikey=${KEY}`)).status).toBe(200);
  });

  it('a wrong key is refused and the right key is never echoed', async () => {
    const { app } = testApp({ apiKey: KEY });
    for (const wrong of ['nope', `${KEY}x`, KEY.slice(0, -1)]) {
      const res = await app.request('/api/ignores', { headers: { 'X-Api-Key': wrong } });
      expect(res.status).toBe(401);
      const text = await res.text();
      expect(text).toContain('Wrong API key');
      expect(text).not.toContain(KEY);
    }
  });

  it('without a configured key the API is open', async () => {
    const { app } = testApp();
    expect((await app.request('/api/ignores')).status).toBe(200);
  });

  it('the page asks for the key instead of showing libraries when the key is set and not sent', async () => {
    const { app } = testApp({ apiKey: KEY });
    const html = await (await app.request('/')).text();
    expect(html).toContain('data-auth="key"');
    expect(html).not.toContain('TV Shows');
    const withKey = await (await app.request(`/?apikey=${KEY}`)).text();
    expect(withKey).toContain('data-auth="ok"');
    expect(withKey).toContain('TV Shows');
  });

  it('no response of any route contains the API key or another secret', async () => {
    const secret = 'plex-token-abcdef123456';
    const { app, store } = testApp({ apiKey: KEY, secrets: [secret] });
    await store.set(movieReport([collection(1, 'C', [[2, 'M']])]));
    const headers = { 'X-Api-Key': KEY };
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }, headers))).json();
    const paths = [
      '/',
      '/assets/app.js',
      '/api/health',
      '/api/libraries',
      '/api/scans',
      `/api/scans/${id}`,
      `/api/scans/${id}/events`,
      '/api/reports/latest?type=movies',
      '/api/reports/latest?type=movies&format=csv',
      '/api/ignores',
      '/api/lists/radarr',
      '/api/lists/radarr?format=stevenlu',
      '/api/lists/sonarr',
      '/api/nothing',
    ];
    for (const path of paths) {
      const res = await app.request(path, { headers });
      const text = `${[...res.headers].join('\n')}\n${await res.text()}`;
      expect(text, path).not.toContain(KEY);
      expect(text, path).not.toContain(secret);
    }
  });
});

describe('safeEqual', () => {
  it('is true only for equal strings, whatever their lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
  });
});
