import type { TokenStore } from '@complexionist/core';
import type { HttpClient } from '@complexionist/http';
import { validateBody } from '@complexionist/http';
import { loginError } from './errors.js';
import { loginSchema } from './schemas.js';

/** Core's port: where a TVDB token may be kept between runs (e.g. the cache database). */
export type { TokenStore };

/** Tokens without a readable `exp` are trusted this long (TVDB issues them for a month). */
const FALLBACK_LIFETIME_MS = 25 * 24 * 3600 * 1000;
/** Renew this long before `exp`, so a token never expires in the middle of a scan's request. */
const RENEW_MARGIN_MS = 3600 * 1000;

/** Hands out a TVDB bearer token: logs in lazily, once for all concurrent callers, and renews on demand. */
export interface TokenManager {
  /** A valid token; logs in when there is none or it is about to expire. */
  get(signal?: AbortSignal): Promise<string>;
  /**
   * Forgets `token` after TVDB answered 401 with it, so the next `get` logs in again: once, however many
   * requests were in flight with it (they all wait for that one login and retry with its token).
   */
  reject(token: string): void;
  /** Logs in now (validates the key). */
  login(signal?: AbortSignal): Promise<string>;
}

/** Creates the token manager for one client. */
export function createTokenManager(options: {
  http: HttpClient;
  apiKey: string;
  pin?: string | undefined;
  store?: TokenStore | undefined;
  now?: () => number;
}): TokenManager {
  const now = options.now ?? Date.now;
  let current: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  // Tokens TVDB answered 401 to. Never handed out again: the store still holds the last one it was given,
  // and reading it back after a 401 would retry the in-flight requests with the dead token.
  const rejected = new Set<string>();
  // Read once, and shared: every call made while the store is being read waits for it rather than
  // logging in beside it (a scan starts many pages at once).
  let fromStore: Promise<void> | undefined;
  const readStore = (store: TokenStore): Promise<void> =>
    store.get().then(
      (stored) => {
        if (stored && !current && !rejected.has(stored))
          current = { token: stored, expiresAt: tokenExpiry(stored) ?? now() + FALLBACK_LIFETIME_MS };
      },
      // A store that cannot be read only costs a login.
      () => undefined,
    );

  // One login serves every concurrent caller, so it runs without any one caller's signal; each caller
  // still stops waiting as soon as its own signal aborts.
  const login = (signal?: AbortSignal): Promise<string> => {
    pending ??= (async () => {
      const body = { apikey: options.apiKey, ...(options.pin ? { pin: options.pin } : {}) };
      const response = await options.http.request('/login', { method: 'POST', body });
      if (response.status !== 200) throw loginError(response.status, response.data);
      const { token } = validateBody(loginSchema, response.data, { service: 'tvdb', path: '/login' }).data;
      const expiresAt = tokenExpiry(token) ?? now() + FALLBACK_LIFETIME_MS;
      current = { token, expiresAt };
      await options.store?.set(token, new Date(expiresAt));
      return token;
    })().finally(() => {
      pending = undefined;
    });
    return untilAborted(pending, signal);
  };

  const usable = () => current !== undefined && current.expiresAt - RENEW_MARGIN_MS > now();

  return {
    async get(signal) {
      if (!usable() && options.store) {
        fromStore ??= readStore(options.store);
        await fromStore;
      }
      if (usable()) return current!.token;
      return login(signal);
    },
    reject(token) {
      rejected.add(token);
      if (current?.token === token) current = undefined;
    },
    login,
  };
}

/** The `exp` of a JWT in epoch milliseconds, or `undefined` when the token is not a readable JWT. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
