import {
  AuthError,
  ConfigError,
  ConnectionError,
  ERROR_CLASS,
  ERROR_KINDS,
  RateLimitError,
  ResponseError,
  UsageError,
} from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { STATUS_BY_KIND } from './http-errors.js';
import { finished, json, testApp } from './test-helpers.js';

function failingLibraries(error: Error) {
  const t = testApp();
  t.fake.scanner.listLibraries = async () => {
    throw error;
  };
  return t;
}

describe('error mapping', () => {
  it.each([
    [new AuthError('Plex rejected the token (HTTP 401).', { service: 'plex' }), 502, 'auth'],
    [
      new ConnectionError('Could not reach Plex at http://plex:32400.', { service: 'plex' }),
      502,
      'connection',
    ],
    [new RateLimitError('TMDB kept answering 429.', { service: 'tmdb' }), 503, 'rate-limit'],
    [new ResponseError('TMDB sent a body that is not JSON.', { service: 'tmdb' }), 502, 'response'],
    [new UsageError('Unknown library "X".'), 400, 'usage'],
    [
      new ConfigError('plex.url is not set.', { hint: 'run `complexionist auth plex --login`' }),
      500,
      'config',
    ],
  ])('%s → HTTP %i with its message', async (error, status, code) => {
    const { app } = failingLibraries(error);
    const res = await app.request('/api/libraries');
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toMatchObject({ code, message: error.message });
  });

  it("every error kind answers a status of its class, as the CLI's exit code does", () => {
    const inClass = {
      caller: (status: number) => status >= 400 && status < 500,
      setup: (status: number) => status === 500,
      service: (status: number) => status === 502 || status === 503,
    };
    for (const kind of ERROR_KINDS) expect(inClass[ERROR_CLASS[kind]](STATUS_BY_KIND[kind])).toBe(true);
  });

  it('an unexpected error is a bare 500: no message, no stack, no secret; the log gets the detail redacted', async () => {
    const secret = 'tok-0123456789';
    const { app, logger } = testApp({ secrets: [secret] });
    app.get('/api/boom', () => {
      throw new Error(`exploded near ${secret}`);
    });
    const res = await app.request('/api/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Internal server error (see the server log).' },
    });
    expect(text).not.toMatch(/exploded|at .*\.ts/);
    expect(logger.lines.join('\n')).toContain('exploded near ***');
  });

  it('an unknown API route is a JSON 404', async () => {
    const { app } = testApp();
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not-found');
  });
});

describe('error hints', () => {
  const hint = 'Check plex.url: it must point at Plex Media Server itself.';
  const repeating = new ConnectionError(`Could not reach Plex at http://plex:32400 (refused). ${hint}`, {
    service: 'plex',
    hint,
  });

  it('a hint the message already ends with is not sent again', async () => {
    const { app } = failingLibraries(repeating);
    const { error } = await (await app.request('/api/libraries')).json();
    expect(error).toEqual({ code: 'connection', message: repeating.message, service: 'plex' });
  });

  it('a hint the message does not hold is sent as hint', async () => {
    const { app } = failingLibraries(new AuthError('Plex rejected the token (HTTP 401).', { hint }));
    expect((await (await app.request('/api/libraries')).json()).error.hint).toBe(hint);
  });

  it('a failed scan shows a repeated hint once too', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json();
    (await fake.next()).fail(repeating);
    await finished(app, id);
    const { error } = await (await app.request(`/api/scans/${id}`)).json();
    expect(error.message).toBe(repeating.message);
    expect(error).not.toHaveProperty('hint');
  });
});
