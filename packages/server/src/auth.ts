import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AuthLimiter } from './auth-limiter.js';
import { errorJson } from './http-errors.js';

/**
 * Compares two strings in constant time. Both are hashed first so the comparison never depends on (or
 * reveals) the length of the expected key.
 */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The routes Radarr and Sonarr read: they can only put the key in the URL. */
const QUERY_KEY_PATHS = /^\/api\/lists\//;

/**
 * The key a request carries: the `X-Api-Key` header, else `Authorization: Bearer …`, else, on the Radarr and
 * Sonarr list routes only, the `apikey` query parameter (a key in a URL ends up in logs and browser history).
 */
export function requestApiKey(c: Context): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
  const query = QUERY_KEY_PATHS.test(c.req.path) ? c.req.query('apikey') : undefined;
  return c.req.header('x-api-key') ?? bearer ?? query;
}

/** The address a request came from (Node's socket), or `unknown` (e.g. `app.request()` without an env). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Requires the API key on every route it guards. Without a configured key it lets everything through (the
 * server then only listens on loopback, see `startServer`). Wrong keys are counted per client address by
 * `limiter`: a locked-out address gets 429 with `Retry-After`, whatever key it sends.
 */
export function apiKeyAuth(apiKey: string | undefined, limiter: AuthLimiter): MiddlewareHandler {
  return async (c, next) => {
    if (!apiKey) return next();
    const address = clientAddress(c);
    const wait = limiter.retryAfter(address);
    if (wait > 0) return tooManyAttempts(c, wait);
    const given = requestApiKey(c);
    if (given === undefined) {
      const inQuery = c.req.query('apikey') !== undefined;
      return errorJson(c, 401, {
        code: 'unauthorized',
        message: inQuery
          ? 'This route takes the API key only as the X-Api-Key header (or Authorization: Bearer); ' +
            '?apikey= is accepted only on the Radarr and Sonarr list URLs.'
          : 'This server needs its API key: send it as the X-Api-Key header (or Authorization: Bearer).',
      });
    }
    if (!safeEqual(given, apiKey)) {
      const locked = limiter.failed(address);
      if (locked > 0) return tooManyAttempts(c, locked);
      return errorJson(c, 401, {
        code: 'unauthorized',
        message: 'Wrong API key: use the value of server.api_key from the server configuration.',
      });
    }
    limiter.succeeded(address);
    return next();
  };
}

function tooManyAttempts(c: Context, seconds: number): Response {
  c.header('Retry-After', String(seconds));
  return errorJson(c, 429, {
    code: 'too-many-attempts',
    message: `Too many wrong API keys from this address: try again in ${seconds} s with the value of server.api_key.`,
  });
}
