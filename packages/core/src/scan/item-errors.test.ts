import { describe, expect, it } from 'vitest';
import { AuthError, ConfigError, ConnectionError, ResponseError } from '../errors.js';
import { createWarnings, itemFailure } from './item-errors.js';
import { createReach } from './reach.js';

const ctx = { item: '"Alien" (1979)', service: 'tmdb', action: 'Looking up' };

describe('per-item failures', () => {
  it('a connection failure becomes a warning naming the item, the service and the cause', () => {
    expect(itemFailure(new ConnectionError('TMDB timed out after 15 s'), ctx)).toEqual({
      code: 'connection-error',
      message: 'Looking up "Alien" (1979) failed (tmdb): TMDB timed out after 15 s',
      service: 'tmdb',
      item: '"Alien" (1979)',
    });
  });

  it('a malformed response and an unexpected error get their own codes', () => {
    expect(itemFailure(new ResponseError('no parts'), ctx).code).toBe('malformed-response');
    expect(itemFailure(new TypeError('x is undefined'), ctx).code).toBe('lookup-failed');
  });

  it('an AuthError is rethrown: it would fail every later call too', () => {
    expect(() => itemFailure(new AuthError('bad key'), ctx)).toThrow(AuthError);
  });

  it('a ConfigError (a setting a lookup needs is missing) is rethrown too', () => {
    expect(() => itemFailure(new ConfigError('tmdb.api_key is not set'), ctx)).toThrow(ConfigError);
  });

  it("an abort is rethrown as the signal's reason", () => {
    const controller = new AbortController();
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    expect(() => itemFailure(new Error('socket closed'), { ...ctx, signal: controller.signal })).toThrow(
      reason,
    );
  });

  it('repeated warnings are kept once', () => {
    const warnings = createWarnings();
    warnings.add({ code: 'a', message: 'm' });
    warnings.add({ code: 'a', message: 'm' });
    warnings.add({ code: 'a', message: 'n' });
    expect(warnings.list).toHaveLength(2);
  });
});

describe('a service that was never reached', () => {
  const refused = new ConnectionError('Could not reach TMDB (ECONNREFUSED)', { service: 'tmdb' });

  it('stops the scan while the service has not answered once', () => {
    const reach = createReach();
    reach.watch({}, 'tmdb');
    expect(() => itemFailure(refused, { ...ctx, reach })).toThrow(refused);
  });

  it('is one warning per item once the service has answered', async () => {
    const reach = createReach();
    const port = reach.watch({ getMovie: async () => ({ title: 'Alien' }) }, 'tmdb');
    await port.getMovie();
    expect(itemFailure(refused, { ...ctx, reach }).code).toBe('connection-error');
  });

  it('an HTTP answer (5xx) means the service was reached: a warning', () => {
    const reach = createReach();
    reach.watch({}, 'tmdb');
    const busy = new ConnectionError('TMDB answered HTTP 503', { service: 'tmdb', status: 503 });
    expect(itemFailure(busy, { ...ctx, reach }).code).toBe('connection-error');
  });

  it('a service the scan does not watch (Plex, read before) only warns', () => {
    const reach = createReach();
    const plex = new ConnectionError('Could not reach Plex', { service: 'plex' });
    expect(itemFailure(plex, { ...ctx, reach }).code).toBe('connection-error');
  });
});
