import type { ServiceName } from '@complexionist/core';

/** Client-side pacing of one client: a token bucket plus a cap on requests in flight. */
export interface RateOptions {
  /** Requests started per second (token bucket refill rate); `0` means unlimited. */
  perSecond?: number;
  /** Requests on the wire at once; `0` means unlimited. */
  maxInFlight?: number;
}

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Which service this client talks to; names it in errors and picks the default pacing. */
  service: ServiceName;
  /** Base URL every request path is appended to, e.g. `https://api.themoviedb.org/3`. */
  baseURL: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Query parameters sent with every request (e.g. TMDB's `api_key`). */
  query?: Record<string, string>;
  /** Values that must never appear in an error message or URL (tokens, keys). */
  secrets?: string[];
  /**
   * Time allowed for one attempt (headers and body), in milliseconds.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Retries after a 5xx, a reset or a timeout. A 429 gets twice as many, since waiting is the right answer.
   * @default 3
   */
  retries?: number;
  /** Pacing; missing fields fall back to {@link DEFAULT_RATES} for the service. */
  rate?: RateOptions;
  /** The fetch implementation (tests, proxies). Defaults to the global `fetch`, looked up per call. */
  fetch?: typeof fetch;
  /**
   * Trust self-signed TLS certificates (a Plex server on its own certificate).
   * @default false
   */
  insecureTls?: boolean;
  /** Back-off tuning (tests and benchmarks). */
  backoff?: BackoffOptions;
  /** Source of randomness for back-off jitter, in `[0, 1)`. @default Math.random */
  random?: () => number;
}

/** Back-off tuning of {@link HttpClientOptions}. */
export interface BackoffOptions {
  /** First back-off ceiling after a 5xx, reset or timeout. @default 500 */
  baseMs?: number;
  /** First back-off ceiling after a 429 without `Retry-After`. @default 1000 */
  rateLimitBaseMs?: number;
  /** Largest single back-off. @default 30000 */
  maxMs?: number;
  /** A `Retry-After` longer than this is not waited for: the request fails with a `RateLimitError`. @default 120000 */
  maxRetryAfterMs?: number;
}

/** One request. */
export interface RequestOptions {
  /** @default 'GET' */
  method?: string;
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** A JSON-serialisable body (sent as `application/json`) or a string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Aborts the request and any wait before or between attempts; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * `json` parses the body (an empty body gives `null`); `text` returns it as a string.
   * @default 'json'
   */
  responseType?: 'json' | 'text';
}

/** A final response (any status below 500 except 429). */
export interface HttpResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

/** Counters of one client, for reports and benchmarks. */
export interface HttpStats {
  service: ServiceName;
  /** Attempts put on the wire (retries included, coalesced callers not). */
  requests: number;
  /** Attempts that were retries (after a 5xx, reset, timeout or 429). */
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Response body bytes received. */
  bytes: number;
  /** Calls that finally failed with a connection, rate-limit or response error. */
  errors: number;
  /** Callers served by an identical GET already in flight. */
  coalesced: number;
}

/** The HTTP policy shared by every adapter. */
export interface HttpClient {
  /**
   * Sends a request relative to `baseURL`. Resolves for every final status below 500 except 429 (the adapter
   * decides what 401 or 404 mean); throws `ConnectionError`, `RateLimitError` or `ResponseError`
   * (a 2xx body that is not JSON), or the abort reason.
   */
  request<T = unknown>(path: string, init?: RequestOptions): Promise<HttpResponse<T>>;
  /** A snapshot of the counters. */
  stats(): HttpStats;
}
