/**
 * The fastest any client could finish a cold scan against the benchmark's services, from the minimum
 * request counts alone (see docs/performance.md):
 *
 *   bound(service) = max( requests / rate limit , requests × latency / allowed concurrency )
 *   lower bound    = max over services of bound(service)
 *
 * It assumes the services are used in parallel and that nothing else (start-up, parsing, the order in
 * which answers become known) takes time, so a real tool can only come close to it from above.
 */

/** Per-request latency of each fake service (issue 7). */
export const LATENCY_MS = Object.freeze({ plex: 5, tmdb: 25, tvdb: 40 });

/** Requests per sliding second the fake TMDB admits; beyond it answers 429 with `Retry-After: 1`. */
export const TMDB_RATE_LIMIT = 40;

/**
 * What each service allows: TMDB about 40 requests/s and 20 connections per address (api-notes §3.3);
 * TVDB publishes no rate limit, so only the polite cap of 8 requests in flight (issue 4) bounds it; a Plex
 * server is bounded by the Plex client's cap on requests in flight (`DEFAULT_RATES.plex.maxInFlight` of
 * `@complexionist/http`, passed in so the bound follows the client).
 */
export function serviceLimits(plexConcurrency) {
  return {
    plex: { perSecond: null, concurrency: plexConcurrency },
    tmdb: { perSecond: TMDB_RATE_LIMIT, concurrency: 20 },
    tvdb: { perSecond: null, concurrency: 8 },
  };
}

/**
 * Computes the bound for request counts `{ plex, tmdb, tvdb }` (numbers). Returns the bound in seconds,
 * the service that sets it and each service's two terms.
 */
export function lowerBound(requests, limits, latencyMs = LATENCY_MS) {
  const services = {};
  let seconds = 0;
  let bottleneck = null;
  for (const [name, limit] of Object.entries(limits)) {
    const n = requests[name] ?? 0;
    const byRate = limit.perSecond ? n / limit.perSecond : 0;
    const byConcurrency = (n * (latencyMs[name] ?? 0)) / 1000 / limit.concurrency;
    const bound = Math.max(byRate, byConcurrency);
    services[name] = { requests: n, byRate, byConcurrency, bound };
    if (bound > seconds) {
      seconds = bound;
      bottleneck = name;
    }
  }
  return { seconds, bottleneck, services };
}
