/**
 * Reads a `Retry-After` header: delay-seconds (`"1"`, `"2.5"`) or an HTTP date. Returns the wait in
 * milliseconds (never negative), or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Exponential back-off with full jitter: a random wait between 0 and `min(maxMs, baseMs · 2^(attempt-1))`.
 * Full jitter spreads out callers that failed together, so they do not come back in one burst.
 * @param attempt 1 for the first retry.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
