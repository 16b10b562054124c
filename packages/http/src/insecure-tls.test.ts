import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from './client.js';
import { requestFetch } from './request-fetch.js';

// A throwaway self-signed certificate for 127.0.0.1, made for this test only.
const tls = {
  key: readFileSync(new URL('./fixtures/self-signed-test-key.pem', import.meta.url)),
  cert: readFileSync(new URL('./fixtures/self-signed-test-cert.pem', import.meta.url)),
};

let server: Server;
let baseURL = '';

beforeAll(async () => {
  server = createServer(tls, (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"MediaContainer":{"machineIdentifier":"abc"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each([
  ['the platform fetch', undefined],
  ['requestFetch', requestFetch],
])('insecureTls with %s', (_name, fetch) => {
  it('refuses a self-signed certificate by default, at once (another attempt cannot fix it)', async () => {
    const client = createHttpClient({ service: 'plex', baseURL, ...(fetch ? { fetch } : {}) });
    const error = await client.request('/identity').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'connection' });
    expect((error as Error).message).toMatch(
      /Could not reach Plex at https:\/\/127\.0\.0\.1:\d+\/identity \(\w*SELF_SIGNED\w*, 1 attempt\)/,
    );
    expect(client.stats()).toMatchObject({ requests: 1, retries: 0 });
  });

  it('trusts a self-signed certificate when asked to', async () => {
    const client = createHttpClient({
      service: 'plex',
      baseURL,
      retries: 0,
      insecureTls: true,
      ...(fetch ? { fetch } : {}),
    });
    await expect(client.request('/identity')).resolves.toMatchObject({
      status: 200,
      data: { MediaContainer: { machineIdentifier: 'abc' } },
    });
  });
});
