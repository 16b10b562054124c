import { ConnectionError } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { safeEqual } from './auth.js';
import { pageScript } from './page/page-script.js';
import { collection, finished, json, movieReport, testApp } from './test-helpers.js';

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

  it('accepts the key as the X-Api-Key header or Authorization: Bearer on every route', async () => {
    const { app } = testApp({ apiKey: KEY });
    for (const path of ['/api/ignores', '/api/reports', '/api/lists/sonarr']) {
      expect((await app.request(path, { headers: { 'X-Api-Key': KEY } })).status, path).toBe(200);
      expect((await app.request(path, { headers: { Authorization: `Bearer ${KEY}` } })).status, path).toBe(
        200,
      );
    }
  });

  it('takes ?apikey= only on the Radarr and Sonarr list URLs (those apps cannot send a header)', async () => {
    const { app } = testApp({ apiKey: KEY });
    expect((await app.request(`/api/lists/sonarr?apikey=${KEY}`)).status).toBe(200);
    expect((await app.request(`/api/lists/radarr?format=stevenlu&apikey=${KEY}`)).status).toBe(200);
    for (const path of [
      '/api/ignores',
      '/api/reports',
      '/api/reports/latest?type=movies&format=csv',
      '/api/scans',
    ]) {
      const res = await app.request(`${path}${path.includes('?') ? '&' : '?'}apikey=${KEY}`);
      expect(res.status, path).toBe(401);
      expect((await res.json()).error.message).toContain(
        '?apikey= is accepted only on the Radarr and Sonarr list URLs',
      );
    }
  });

  it('the page script never puts the key in a URL', async () => {
    const CLIENT_SCRIPT = await pageScript();
    expect(CLIENT_SCRIPT).not.toMatch(/new EventSource/i);
    // The one `apikey=` is the list URL shown for Radarr and Sonarr to paste (integrations-panel.ts), never fetched.
    expect(CLIENT_SCRIPT.match(/apikey=/gi)).toHaveLength(1);
    expect(CLIENT_SCRIPT).toContain('X-Api-Key');
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

  it('with a key set the page holds no library and asks for the key, whatever the URL carries', async () => {
    const { app } = testApp({ apiKey: KEY });
    for (const path of ['/', `/?apikey=${KEY}`]) {
      const html = await (await app.request(path, { headers: { 'X-Api-Key': KEY } })).text();
      expect(html, path).toContain('data-auth="key"');
      expect(html, path).not.toContain('TV Shows');
    }
  });

  it('no response of any route contains the API key or another secret, even when a service error holds it', async () => {
    const secret = 'plex-token-abcdef123456';
    const { app, store, fake } = testApp({ apiKey: KEY, secrets: [secret] });
    await store.set(movieReport([collection(1, 'C', [[2, 'M']])]));
    // A careless client error that quotes the token: the server must redact it wherever it shows the error.
    const leaky = () =>
      new ConnectionError(`Could not reach http://plex:32400/library?X-Plex-Token=${secret}`);
    fake.scanner.listLibraries = async () => {
      throw leaky();
    };
    fake.scanner.scanMovies = async () => {
      throw leaky();
    };
    const headers = { 'X-Api-Key': KEY };
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }, headers))).json();
    await finished(app, id);
    expect((await (await app.request(`/api/scans/${id}`, { headers })).json()).error.message).toContain(
      'X-Plex-Token=***',
    );
    const open = testApp({ secrets: [secret] });
    open.fake.scanner.listLibraries = fake.scanner.listLibraries;
    const page = await (await open.app.request('/')).text();
    expect(page).toContain('X-Plex-Token=***');
    expect(page).not.toContain(secret);
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

describe('wrong keys', () => {
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const ask = (app: ReturnType<typeof testApp>['app'], key: string, address = '192.168.1.66') =>
    app.request('/api/ignores', { headers: { 'X-Api-Key': key } }, from(address));

  it('lock an address out after 5 in a row: 429 with Retry-After, even for the right key, until the time is up', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { app } = testApp({ apiKey: KEY, clock: () => new Date(now) });
    for (let i = 0; i < 4; i++) expect((await ask(app, `guess-${i}`)).status).toBe(401);
    const locked = await ask(app, 'guess-4');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    expect((await locked.json()).error).toMatchObject({
      code: 'too-many-attempts',
      message: expect.stringContaining('Too many wrong API keys from this address: try again in 60 s'),
    });
    expect((await ask(app, KEY)).status).toBe(429);
    expect((await ask(app, KEY, '192.168.1.10')).status).toBe(200);
    now += 59_000;
    expect((await ask(app, KEY)).headers.get('retry-after')).toBe('1');
    now += 1_000;
    expect((await ask(app, KEY)).status).toBe(200);
  });

  it('each wrong key after a lockout doubles the next one; the right key clears the count', async () => {
    let now = 0;
    const { app } = testApp({ apiKey: KEY, clock: () => new Date(now) });
    for (let i = 0; i < 5; i++) await ask(app, 'nope');
    now += 60_000;
    const again = await ask(app, 'nope');
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('120');
    now += 120_000;
    expect((await ask(app, KEY)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await ask(app, 'nope')).status).toBe(401);
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
