import { describe, expect, it } from 'vitest';
import { jitteredSeconds, keyFraction } from './freshness.js';

describe('jitteredSeconds', () => {
  it('never exceeds the TTL and never drops below (1 − jitter) of it', () => {
    for (let i = 0; i < 500; i++) {
      const s = jitteredSeconds(168, `tmdb:${i}`, 0.5);
      expect(s).toBeLessThanOrEqual(168 * 3600);
      expect(s).toBeGreaterThanOrEqual(84 * 3600);
    }
  });

  it('spreads the expiry of many keys over the whole window, the same way each time', () => {
    const days = Array.from({ length: 1000 }, (_, i) =>
      Math.floor(jitteredSeconds(168, `k${i}`, 0.5) / 86_400),
    );
    const perDay = [3, 4, 5, 6].map((d) => days.filter((x) => x === d).length);
    // 3.5 days of window: no day holds more than about a third of the entries.
    for (const n of perDay) expect(n).toBeLessThan(400);
    expect(jitteredSeconds(168, 'k7', 0.5)).toBe(jitteredSeconds(168, 'k7', 0.5));
  });

  it('keeps the plain TTL without jitter, and 0 stays 0', () => {
    expect(jitteredSeconds(24, 'x', 0)).toBe(86_400);
    expect(jitteredSeconds(0, 'x', 0.5)).toBe(0);
    expect(keyFraction('a')).not.toBe(keyFraction('b'));
  });
});
