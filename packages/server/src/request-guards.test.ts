import { describe, expect, it } from 'vitest';
import { json, testApp } from './test-helpers.js';

const ignore = (origin?: string) =>
  json('POST', { kind: 'movies', value: 8077 }, origin ? { Origin: origin } : {});

describe('the Host guard (DNS rebinding)', () => {
  it('refuses a foreign Host on every route, saying which setting lets it through', async () => {
    const { app, ignores, fake } = testApp();
    for (const path of ['/api/reports', '/api/scans', '/api/health', '/api/libraries']) {
      const res = await app.request(`http://evil.example:8787${path}`);
      expect(res.status, path).toBe(403);
      const { error } = await res.json();
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('"evil.example:8787"');
      expect(error.message).toContain('server.allowed_hosts');
    }
    const page = await app.request('http://evil.example:8787/');
    expect(page.status).toBe(403);
    expect(page.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await page.text()).toMatch(/^This server does not answer to the name "evil\.example:8787"/);
    // The rebinding attack of the issue: foreign Host and Origin start a scan and add an ignore.
    const scan = await app.request('http://evil.example:8787/api/scans', {
      ...json('POST', { type: 'movies' }),
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example:8787' },
    });
    expect(scan.status).toBe(403);
    expect(
      (await app.request('http://evil.example:8787/api/ignores', ignore('http://evil.example:8787'))).status,
    ).toBe(403);
    expect(fake.calls).toEqual([]);
    expect((await ignores.list()).movies).toEqual([]);
  });

  it('answers loopback names on any port', async () => {
    const { app } = testApp();
    for (const host of [
      'localhost',
      'localhost:8787',
      '127.0.0.1:8787',
      '127.0.0.2',
      '[::1]:8787',
      'LOCALHOST.',
    ]) {
      expect((await app.request(`http://${host}/api/health`)).status, host).toBe(200);
    }
    for (const host of ['localhost.evil.example', '127.0.0.1.evil.example', 'evil-localhost']) {
      expect((await app.request(`http://${host}/api/health`)).status, host).toBe(403);
    }
  });

  it('answers the address it listens on and the configured allowed hosts', async () => {
    const { app } = testApp({ listenHost: '192.168.1.5', allowedHosts: ['media.example.com'] });
    expect((await app.request('http://192.168.1.5:8787/api/health')).status).toBe(200);
    expect((await app.request('http://Media.Example.com/api/health')).status).toBe(200);
    expect((await app.request('http://192.168.1.6:8787/api/health')).status).toBe(403);
    expect((await app.request('http://sub.media.example.com/api/health')).status).toBe(403);
  });

  it("on every address (0.0.0.0) answers this machine's own addresses and name, nothing else", async () => {
    const { app } = testApp({ listenHost: '0.0.0.0', localNames: () => ['10.0.0.2', 'fe80::1', 'nas'] });
    for (const host of ['10.0.0.2:8787', '[fe80::1]:8787', 'nas:8787', 'localhost:8787']) {
      expect((await app.request(`http://${host}/api/health`)).status, host).toBe(200);
    }
    expect((await app.request('http://10.0.0.3:8787/api/health')).status).toBe(403);
    expect((await app.request('http://attacker.example:8787/api/health')).status).toBe(403);
  });
});

describe('the Origin rule for changes', () => {
  it('refuses a change sent by a page of another site, and changes nothing', async () => {
    const { app, ignores } = testApp();
    for (const origin of ['http://evil.example', 'http://localhost:9999', 'null', 'not a url']) {
      const res = await app.request('http://localhost:8787/api/ignores', ignore(origin));
      expect(res.status, origin).toBe(403);
      expect((await res.json()).error.message).toContain(
        "changes are accepted only from this server's own page",
      );
    }
    const cancel = await app.request('http://localhost:8787/api/scans/x', {
      method: 'DELETE',
      headers: { Origin: 'http://evil.example' },
    });
    expect(cancel.status).toBe(403);
    expect((await ignores.list()).movies).toEqual([]);
  });

  it("accepts the server's own origin, no Origin (curl, cron), and an allowed host behind a proxy", async () => {
    const { app, ignores } = testApp({ allowedHosts: ['media.example.com'] });
    expect(
      (await app.request('http://localhost:8787/api/ignores', ignore('http://localhost:8787'))).status,
    ).toBe(201);
    expect((await app.request('http://localhost:8787/api/ignores', ignore())).status).toBe(201);
    // A TLS proxy that forwards to 127.0.0.1 and rewrites Host.
    expect(
      (await app.request('http://127.0.0.1:8787/api/ignores', ignore('https://media.example.com'))).status,
    ).toBe(201);
    expect((await ignores.list()).movies).toEqual([8077]);
  });

  it('lets reads through whatever their Origin (the browser keeps their answers from other sites)', async () => {
    const { app } = testApp();
    const res = await app.request('http://localhost/api/reports', {
      headers: { Origin: 'http://evil.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('API response headers', () => {
  it('every API answer, errors included, carries nosniff and no-store', async () => {
    const { app } = testApp({ apiKey: 'k3y-for-the-server-0123456789' });
    const key = { 'X-Api-Key': 'k3y-for-the-server-0123456789' };
    const answers = [
      await app.request('/api/health'),
      await app.request('/api/reports', { headers: key }),
      await app.request('/api/reports/latest?type=movies', { headers: key }),
      await app.request('/api/lists/radarr', { headers: key }),
      await app.request('/api/ignores'),
      await app.request('/api/nothing', { headers: key }),
      await app.request('/api/scans', json('POST', { type: 'nope' }, key)),
      await app.request('http://evil.example/api/health'),
    ];
    for (const [i, res] of answers.entries()) {
      expect(res.headers.get('x-content-type-options'), `answer ${i}`).toBe('nosniff');
      expect(res.headers.get('cache-control'), `answer ${i}`).toBe('no-store');
    }
  });
});
