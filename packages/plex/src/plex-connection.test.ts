// Real sockets on 127.0.0.1 (no msw): refused connections, silent servers and self-signed TLS.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlexClient } from './plex-client.js';

const TOKEN = 'sEcReT-plex-token-42';
const tls = {
  key: readFileSync(new URL('./test/fixtures/self-signed-key.pem', import.meta.url)),
  cert: readFileSync(new URL('./test/fixtures/self-signed-cert.pem', import.meta.url)),
};

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

let httpsServer: Server;
let silentServer: Server;
let httpsUrl = '';
let silentUrl = '';
let closedUrl = '';

beforeAll(async () => {
  httpsServer = createHttpsServer(tls, (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"MediaContainer":{"size":0,"machineIdentifier":"tls-box","version":"1.41"}}');
  });
  httpsUrl = `https://127.0.0.1:${await listen(httpsServer)}`;
  silentServer = createHttpServer(() => {}); // accepts, never answers
  silentUrl = `http://127.0.0.1:${await listen(silentServer)}`;
  const closed = createHttpServer();
  closedUrl = `http://127.0.0.1:${await listen(closed)}`;
  await close(closed);
});
afterAll(async () => {
  silentServer.closeAllConnections();
  await Promise.all([close(httpsServer), close(silentServer)]);
});

describe('Plex connection failures', () => {
  it('a refused connection names the URL and suggests checking plex.url', async () => {
    const plex = createPlexClient({ url: closedUrl, token: TOKEN, retries: 0 });
    const error = await plex.listSections().catch((e: Error) => e);
    expect(error).toMatchObject({ kind: 'connection', service: 'plex' });
    expect((error as Error).message).toContain(`Could not reach Plex at ${closedUrl} (connection refused)`);
    expect((error as Error).message).toContain('Check plex.url');
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('a server that never answers times out with a connection error', async () => {
    const plex = createPlexClient({ url: silentUrl, token: TOKEN, retries: 0, timeoutMs: 50 });
    await expect(plex.identity()).rejects.toMatchObject({
      kind: 'connection',
      message: expect.stringContaining(`Could not reach Plex at ${silentUrl} (timed out)`),
    });
  });

  it('a self-signed certificate is refused by default, with a hint about insecureTls', async () => {
    const plex = createPlexClient({ url: httpsUrl, token: TOKEN, retries: 0 });
    const error = await plex.identity().catch((e: Error) => e);
    expect(error).toMatchObject({ kind: 'connection' });
    expect((error as Error).message).toContain('(TLS certificate problem)');
    expect((error as Error).message).toContain('insecureTls');
  });

  it('insecureTls trusts the self-signed certificate', async () => {
    const plex = createPlexClient({ url: httpsUrl, token: TOKEN, retries: 0, insecureTls: true });
    expect(await plex.identity()).toEqual({ machineIdentifier: 'tls-box', version: '1.41' });
  });
});
