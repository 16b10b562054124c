import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, WINDOW_MS } from './pacer.js';

describe('createPacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets a waiter for an in-flight slot leave on abort and admits the next one on release', async () => {
    const pacer = createPacer({ perSecond: 0, maxInFlight: 1 });
    const release = await pacer.acquire();
    const controller = new AbortController();
    const leaving = pacer.acquire(controller.signal);
    const staying = pacer.acquire();
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    await expect(leaving).rejects.toBe(reason);
    release();
    release(); // a second release must not free a second slot
    const next = await staying;
    let third = false;
    void pacer.acquire().then(() => {
      third = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(third).toBe(false);
    next();
    await vi.advanceTimersByTimeAsync(0);
    expect(third).toBe(true);
  });

  it('never starts more than perSecond in a sliding window, nor closer than 80 % of the interval', async () => {
    const pacer = createPacer({ perSecond: 10, maxInFlight: 0, now: () => Date.now() });
    const starts: number[] = [];
    const all = Array.from({ length: 30 }, () => pacer.acquire().then(() => starts.push(Date.now())));
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(all);
    for (const t of starts)
      expect(starts.filter((u) => u > t - WINDOW_MS && u <= t).length).toBeLessThanOrEqual(10);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80);
    // Ten starts 80 ms apart, then one window per further ten.
    expect(starts.at(-1)! - starts[0]!).toBe(2 * WINDOW_MS + 9 * 80);
  });
});
