/**
 * One HTTP policy for every ComPlexionist adapter: timeouts, retries with back-off, 429 handling, pacing
 * (token bucket plus in-flight cap), request coalescing, abort and per-client counters.
 */
export { parseRetryAfter } from './backoff.js';
export { createHttpClient } from './client.js';
export { DEFAULT_RATES } from './rates.js';
export { requestFetch } from './request-fetch.js';
export { SERVICE_LABELS } from './service-names.js';
export { sleep } from './sleep.js';
export type {
  BackoffOptions,
  HttpClient,
  HttpClientOptions,
  HttpResponse,
  HttpStats,
  RateOptions,
  RequestOptions,
} from './types.js';
export { type BodyLocation, bodyError, validateBody } from './validate.js';
