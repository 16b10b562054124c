import { ConnectionError, createRedactor, RateLimitError, ResponseError } from '@complexionist/core';
import { backoffDelay, parseRetryAfter } from './backoff.js';
import { createCoalescer } from './coalesce.js';
import { createPacer } from './pacer.js';
import { DEFAULT_RATES } from './rates.js';
import { REACH_HINTS, SERVICE_LABELS } from './service-names.js';
import { sleep } from './sleep.js';
import { type AttemptInit, createTransport } from './transport.js';
import type { HttpClient, HttpClientOptions, HttpResponse, HttpStats, RequestOptions } from './types.js';

/**
 * Creates the HTTP client every adapter uses. Each attempt waits for the pacer (a slot among `maxInFlight`,
 * then a start time under `perSecond`); 5xx answers, resets and timeouts are retried with exponential
 * back-off and full jitter; a 429 waits as `Retry-After` says (seconds or an HTTP date), else backs off;
 * identical concurrent GETs share one request. Nothing a caller passes as a secret reaches a message.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  if (!options.baseURL)
    throw new TypeError(`createHttpClient: baseURL is required (service ${options.service})`);
  const { service } = options;
  const label = SERVICE_LABELS[service];
  const baseURL = options.baseURL.replace(/\/+$/, '');
  // Any length: a short secret in a URL is still a secret, and request URLs carry credential parameters.
  const { redact } = createRedactor(options.secrets, { minLength: 1, queryCredentials: true });
  const defaults = DEFAULT_RATES[service];
  const pacer = createPacer({
    perSecond: options.rate?.perSecond ?? defaults.perSecond,
    maxInFlight: options.rate?.maxInFlight ?? defaults.maxInFlight,
  });
  const transport = createTransport({ fetch: options.fetch, insecureTls: options.insecureTls });
  const coalesce = createCoalescer();
  const retries = Math.max(0, options.retries ?? 3);
  const rateLimitRetries = retries * 2;
  const baseMs = options.backoff?.baseMs ?? 500;
  const rateLimitBaseMs = options.backoff?.rateLimitBaseMs ?? 1000;
  const maxMs = options.backoff?.maxMs ?? 30_000;
  const maxRetryAfterMs = options.backoff?.maxRetryAfterMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const random = options.random ?? Math.random;
  const counters: HttpStats = {
    service,
    requests: 0,
    retries: 0,
    rateLimited: 0,
    bytes: 0,
    errors: 0,
    coalesced: 0,
  };

  const fail = <E extends Error>(error: E): never => {
    counters.errors++;
    throw error;
  };

  async function send(path: string, init: AttemptInit, json: boolean): Promise<HttpResponse<unknown>> {
    const where = redact(`${baseURL}${path}`);
    let failures = 0;
    let limited = 0;
    for (;;) {
      const release = await pacer.acquire(init.signal);
      counters.requests++;
      const result = await transport(path, init).finally(release);
      if (result.kind === 'failure' || result.status >= 500) {
        if (result.kind === 'response') counters.bytes += Buffer.byteLength(result.text);
        if (failures < retries && (result.kind === 'response' || result.retryable)) {
          failures++;
          counters.retries++;
          await sleep(backoffDelay(failures, baseMs, maxMs, random), init.signal);
          continue;
        }
        const attempts = `${failures + 1} attempt${failures === 0 ? '' : 's'}`;
        if (result.kind === 'response') {
          return fail(
            new ConnectionError(
              `${label} answered HTTP ${result.status} for ${path} (${attempts}); the service may be down or overloaded, try again later.`,
              { service, status: result.status, path },
            ),
          );
        }
        const reason = result.timedOut ? `no answer within ${timeoutMs / 1000} s` : redact(result.reason);
        return fail(
          new ConnectionError(
            `Could not reach ${label} at ${where} (${reason}, ${attempts}); ${REACH_HINTS[service]}.`,
            {
              service,
              path,
              hint: REACH_HINTS[service],
              cause: new Error(redact(result.reason)),
            },
          ),
        );
      }
      // Counted from the text without encoding it again (a warm scan reads ~60 MB of Plex JSON).
      counters.bytes += Buffer.byteLength(result.text);
      if (result.status === 429) {
        counters.rateLimited++;
        const asked = parseRetryAfter(result.headers.get('retry-after'), Date.now());
        if (asked !== undefined && asked > maxRetryAfterMs) {
          return fail(
            new RateLimitError(
              `${label} asked to wait ${Math.ceil(asked / 1000)} s before the next request (HTTP 429 for ${path}); try again later.`,
              { service, status: 429, path },
            ),
          );
        }
        if (limited < rateLimitRetries) {
          limited++;
          counters.retries++;
          await sleep(asked ?? backoffDelay(limited, rateLimitBaseMs, maxMs, random), init.signal);
          continue;
        }
        return fail(
          new RateLimitError(
            `${label} kept answering "too many requests" (HTTP 429) for ${path} after ${limited + 1} attempts; wait a minute and try again.`,
            { service, status: 429, path },
          ),
        );
      }
      return {
        status: result.status,
        headers: result.headers,
        data: json ? parseBody(path, result) : result.text,
      };
    }
  }

  function parseBody(path: string, result: { status: number; text: string }): unknown {
    if (result.text.trim() === '') return null;
    try {
      return JSON.parse(result.text);
    } catch {
      if (result.status >= 300) return result.text;
      return fail(
        new ResponseError(`${label} sent a body that is not JSON for ${path} (HTTP ${result.status}).`, {
          service,
          status: result.status,
          path,
        }),
      );
    }
  }

  return {
    request<T>(path: string, init: RequestOptions = {}): Promise<HttpResponse<T>> {
      const method = (init.method ?? 'GET').toUpperCase();
      const query: Record<string, string> = { ...options.query };
      for (const [key, value] of Object.entries(init.query ?? {}))
        if (value !== undefined) query[key] = String(value);
      const headers = { ...options.headers, ...init.headers };
      const normalised = path.startsWith('/') ? path : `/${path}`;
      const json = (init.responseType ?? 'json') === 'json';
      const attempt = (signal?: AbortSignal): AttemptInit => ({
        baseURL,
        method,
        query,
        headers,
        body: init.body,
        timeoutMs,
        ...(signal ? { signal } : {}),
      });
      if (method !== 'GET') return send(normalised, attempt(init.signal), json) as Promise<HttpResponse<T>>;
      const key = JSON.stringify([
        normalised,
        json,
        Object.entries(query).sort(),
        Object.entries(headers).sort(),
      ]);
      return coalesce(
        key,
        (signal) => send(normalised, attempt(signal), json),
        init.signal,
        () => counters.coalesced++,
      ) as Promise<HttpResponse<T>>;
    },
    stats: () => ({ ...counters }),
  };
}
