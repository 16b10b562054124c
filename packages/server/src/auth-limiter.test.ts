import { describe, expect, it } from 'vitest';
import { createAuthLimiter } from './auth-limiter.js';

describe('the wrong-key limiter', () => {
  it('caps the lockout and forgets the oldest address beyond its size', () => {
    const now = 0;
    const limiter = createAuthLimiter({
      now: () => now,
      maxFailures: 1,
      lockMs: 1000,
      maxLockMs: 4000,
      maxAddresses: 2,
    });
    expect([1, 2, 3, 4, 5].map(() => limiter.failed('a'))).toEqual([1, 2, 4, 4, 4]);
    limiter.failed('b');
    limiter.failed('c');
    expect(limiter.retryAfter('a')).toBe(0);
    expect(limiter.retryAfter('b')).toBe(1);
    expect(limiter.retryAfter('c')).toBe(1);
  });
});
