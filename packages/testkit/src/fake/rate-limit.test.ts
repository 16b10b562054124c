import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('sliding one-second window', () => {
  it('admits N requests in any 1,000 ms and refuses the next until the oldest is a second old', () => {
    let now = 0;
    const limiter = createRateLimiter(3, () => now);
    const at = (t: number) => {
      now = t;
      return limiter.admit();
    };
    expect([at(0), at(400), at(800), at(900), at(999)]).toEqual([true, true, true, false, false]);
    expect([at(1000), at(1100), at(1400), at(1401)]).toEqual([true, false, true, false]);
  });

  it('a refused request does not use up the window', () => {
    let now = 0;
    const limiter = createRateLimiter(1, () => now);
    limiter.admit();
    now = 500;
    expect(limiter.admit()).toBe(false);
    now = 1000;
    expect(limiter.admit()).toBe(true);
  });
});
