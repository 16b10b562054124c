import { ComplexionistError } from '@complexionist/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createPlexClient } from './plex-client.js';
import { enrichPlexError } from './plex-errors.js';
import { HTML_401 } from './test/fake-pms.js';
import { useMsw, withFakePms } from './test/msw.js';

const server = useMsw();
const TOKEN = 'sEcReT-plex-token-42';

async function failure(promise: Promise<unknown>): Promise<ComplexionistError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ComplexionistError);
  return error as ComplexionistError;
}

describe('Plex errors', () => {
  it('the HTML 401 is an auth error that says how to get a new token and never shows it', async () => {
    const { fake } = withFakePms(server, { sections: [] });
    const plex = createPlexClient({ url: fake.url, token: TOKEN });
    const error = await failure(plex.listSections());
    expect(Buffer.byteLength(HTML_401)).toBe(91);
    expect(error).toMatchObject({ kind: 'auth', service: 'plex', status: 401 });
    expect(error.message).toBe(
      'Plex rejected the token (HTTP 401) for http://plex.test:32400. Get a new one with ' +
        '`complexionist auth plex --login`, or set plex.token / PLEX_TOKEN.',
    );
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(TOKEN);
  });

  it('a 401 in the middle of a paged listing stops it with the same auth error', async () => {
    const { fake } = withFakePms(server, { sections: [] });
    const plex = createPlexClient({ url: fake.url, token: TOKEN });
    await expect(plex.listEpisodes('2')).rejects.toMatchObject({ kind: 'auth', status: 401 });
    await expect(plex.checkToken()).rejects.toMatchObject({ kind: 'auth' });
  });

  it("a router's HTML page is not a Plex Media Server", async () => {
    server.use(
      http.get('http://router.test/*', () =>
        HttpResponse.html(
          '<!doctype html><html><head><title>Router login</title></head><body>Login</body></html>',
        ),
      ),
    );
    const plex = createPlexClient({ url: 'http://router.test', token: TOKEN });
    const error = await failure(plex.listSections());
    expect(error).toMatchObject({ kind: 'response', service: 'plex', status: 200 });
    expect(error.message).toContain('http://router.test answered /library/sections');
    expect(error.message).toContain('does not look like a Plex Media Server');
    expect(error.message).toContain('plex.url');
  });

  it('JSON without a MediaContainer is not a Plex Media Server either', async () => {
    server.use(http.get('http://other.test/identity', () => HttpResponse.json({ status: 'ok' })));
    const plex = createPlexClient({ url: 'http://other.test', token: TOKEN });
    await expect(plex.identity()).rejects.toMatchObject({
      kind: 'response',
      message: expect.stringContaining('does not look like a Plex Media Server'),
    });
  });

  it('a 5xx that persists becomes a connection error naming the URL', async () => {
    server.use(
      http.get('http://down.test/library/sections', () => new HttpResponse('busy', { status: 503 })),
    );
    const plex = createPlexClient({ url: 'http://down.test/', token: TOKEN, retries: 0 });
    const error = await failure(plex.listSections());
    expect(error).toMatchObject({ kind: 'connection', service: 'plex', status: 503 });
    expect(error.message).toContain('Could not reach Plex at http://down.test (HTTP 503');
  });

  it('a token in plex.url never reaches a message', async () => {
    server.use(http.get('http://router.test/*', () => HttpResponse.html('<html></html>')));
    const plex = createPlexClient({ url: `http://router.test/?X-Plex-Token=${TOKEN}`, token: TOKEN });
    const error = await failure(plex.listSections());
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('createPlexClient options', () => {
  it('a missing token is a configuration error saying how to get one', () => {
    expect(() => createPlexClient({ url: 'http://plex.test:32400', token: ' ' })).toThrow(
      /No Plex token is set\. .*complexionist auth plex --login/,
    );
  });

  it('a URL without http(s) is a configuration error naming plex.url', () => {
    expect(() => createPlexClient({ url: '192.168.1.10:32400', token: TOKEN })).toThrow(/plex\.url must be/);
  });

  it('a page size below 1 is refused', () => {
    expect(() => createPlexClient({ url: 'http://plex.test', token: TOKEN, pageSize: 0 })).toThrow(
      /pageSize/,
    );
  });
});

describe('enrichPlexError', () => {
  const wrapped = (cause: Error) =>
    enrichPlexError(
      new ComplexionistError('connection', 'x', { cause }),
      'http://nas:32400',
      '/identity',
    ) as Error;

  it.each([
    ['ENOTFOUND', 'host name not found'],
    ['ECONNREFUSED', 'connection refused'],
    ['ECONNRESET', 'connection reset'],
    ['ETIMEDOUT', 'timed out'],
  ])('%s reads as %s and points at plex.url', (code, reason) => {
    const message = wrapped(Object.assign(new Error('fetch failed'), { code })).message;
    expect(message).toContain(`Could not reach Plex at http://nas:32400 (${reason})`);
    expect(message).toContain('plex.url');
  });

  it('an abort passes through untouched', () => {
    const abort = new DOMException('stop', 'AbortError');
    expect(enrichPlexError(abort, 'http://nas:32400', '/')).toBe(abort);
  });
});
