import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
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

/** The key a request carries: `X-Api-Key` header first, else the `apikey` query parameter (as Sonarr/Radarr send it). */
export function requestApiKey(header: string | undefined, query: string | undefined): string | undefined {
  return header ?? query;
}

/**
 * Requires the API key on every route it guards. Without a configured key it lets everything through (the
 * server then only listens on loopback, see `startServer`).
 */
export function apiKeyAuth(apiKey: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!apiKey) return next();
    const given = requestApiKey(c.req.header('x-api-key'), c.req.query('apikey'));
    if (given === undefined) {
      return errorJson(c, 401, {
        code: 'unauthorized',
        message:
          'This server needs its API key: send it as the X-Api-Key header or the apikey query parameter.',
      });
    }
    if (!safeEqual(given, apiKey)) {
      return errorJson(c, 401, {
        code: 'unauthorized',
        message: 'Wrong API key: use the value of server.api_key from the server configuration.',
      });
    }
    return next();
  };
}
