/**
 * A sliding one-second window: at most `perSecond` requests are admitted in any 1,000 ms.
 * A ring of the last `perSecond` admission times makes each check O(1).
 */
export function createRateLimiter(perSecond: number, now: () => number = () => performance.now()) {
  const times = new Float64Array(Math.max(1, perSecond)).fill(Number.NEGATIVE_INFINITY);
  let head = 0;
  return {
    /** True when the request may pass (and records it); false means answer 429. */
    admit(): boolean {
      const t = now();
      const oldest = times[head] ?? Number.NEGATIVE_INFINITY;
      if (t - oldest < 1000) return false;
      times[head] = t;
      head = (head + 1) % times.length;
      return true;
    },
  };
}
