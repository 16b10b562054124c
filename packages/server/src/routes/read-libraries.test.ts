import { defaultConfig } from '@complexionist/config';
import { liveScanner } from '@complexionist/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../test-helpers.js';
import { startSilentServer } from '../test-silent-server.js';

let plex: Awaited<ReturnType<typeof startSilentServer>> | undefined;
afterEach(async () => {
  await plex?.close();
  plex = undefined;
});

/** An app whose live scanner talks to a Plex that accepts connections and never answers. */
async function appWithHungPlex() {
  plex = await startSilentServer();
  const config = defaultConfig();
  config.plex.url = plex.url;
  config.plex.token = 'plex-token-for-the-test';
  // A short wait keeps the test quick; what is checked is the answer, never how long it took.
  return testApp({ scanner: liveScanner(config), librariesTimeoutMs: 50 });
}

describe('a Plex that never answers', () => {
  it('the page still answers, says Plex did not answer and still offers the scan form', async () => {
    const { app } = await appWithHungPlex();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Could not read the libraries: Plex did not answer within 0.05 s.');
    expect(html).toContain('id="scan-form"');
  });

  it('GET /api/libraries answers 502 with the cause and what to check', async () => {
    const { app } = await appWithHungPlex();
    const res = await app.request('/api/libraries');
    expect(res.status).toBe(502);
    expect((await res.json()).error).toMatchObject({
      code: 'connection',
      service: 'plex',
      message: 'Plex did not answer within 0.05 s.',
      hint: expect.stringContaining('Check that Plex is running and plex.url points at it'),
    });
  });

  it('the routes that need no Plex answer as usual', async () => {
    const { app } = await appWithHungPlex();
    for (const path of ['/api/health', '/api/reports', '/api/ignores', '/api/scans', '/api/lists/radarr']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });
});
