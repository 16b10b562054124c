import { ConnectionError } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test-helpers.js';
import { pageScript } from './page-script.js';

describe('the page at /', () => {
  it('lists the libraries to pick, with the scan form', async () => {
    const { app } = testApp();
    const res = await app.request('/');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('value="Movies" data-type="movie"');
    expect(html).toContain('value="TV Shows" data-type="show"');
    expect(html).not.toContain('value="Music"');
    expect(html).toContain('id="scan-form"');
  });

  it('escapes library titles from the media server', async () => {
    const evil = '<script>alert("x")</script>';
    const { app } = testApp({}, { libraries: [{ key: '1', title: evil, type: 'movie' }] });
    const html = await (await app.request('/')).text();
    expect(html).not.toContain(evil);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('names the services the send buttons may use, so the others stay hidden', async () => {
    const none = await (await testApp().app.request('/')).text();
    expect(none).toContain('data-send=""');
    const send = { radarr: async () => ({ service: 'radarr' as const, dryRun: true, items: [] }) };
    const page = await (await testApp({ send }).app.request('/')).text();
    expect(page).toContain('data-send="radarr"');
  });

  it('shows the demo banner only in demo mode', async () => {
    expect(await (await testApp({ demo: true }).app.request('/')).text()).toContain('id="demo-banner"');
    expect(await (await testApp().app.request('/')).text()).not.toContain('id="demo-banner"');
  });

  it('still serves the page when the media server cannot be reached, saying why', async () => {
    const { app, fake } = testApp();
    fake.scanner.listLibraries = async () => {
      throw new ConnectionError('Could not reach Plex at http://plex:32400.');
    };
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(
      'Could not read the libraries: Could not reach Plex at http://plex:32400.',
    );
  });

  it('forbids inline scripts and framing with a content security policy', async () => {
    const res = await testApp().app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await res.text()).not.toMatch(/<script>[^<]/);
  });

  it('serves the client script and stylesheet', async () => {
    const { app } = testApp();
    const js = await app.request('/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toBe(await pageScript());
    const css = await app.request('/assets/app.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('prefers-color-scheme: dark');
  });
});

describe('the client script', () => {
  it('is one bundled script with no module reference left in it', async () => {
    const script = await pageScript();
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toMatch(/__vite_ssr|\bimport\(|\bimport\s*\{|\brequire\(/);
    // The renderers and the escaping are in it, bundled from client/*.ts.
    expect(script).toContain('&#${');
  });
});

describe('the option boxes', () => {
  const box = (html: string, id: string) => html.match(new RegExp(`<input[^>]*id="${id}"[^>]*>`))?.[0] ?? '';

  it('start checked as the configuration sets them', async () => {
    const { app } = testApp({}, { defaults: { includeFuture: true, includeSpecials: false } });
    const html = await (await app.request('/')).text();
    expect(box(html, 'opt-future')).toMatch(/\bchecked\b/);
    expect(box(html, 'opt-specials')).not.toMatch(/\bchecked\b/);
  });

  it('start unchecked for a scanner without defaults (the scans default to off)', async () => {
    const html = await (await testApp().app.request('/')).text();
    expect(box(html, 'opt-future')).not.toMatch(/\bchecked\b/);
  });
});
