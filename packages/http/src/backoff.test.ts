import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 2.5 ', now)).toBe(2500);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles the ceiling with each attempt', () => {
    const max = () => 0.999999;
    expect(backoffDelay(1, 500, 30_000, max)).toBe(499);
    expect(backoffDelay(2, 500, 30_000, max)).toBe(999);
    expect(backoffDelay(4, 500, 30_000, max)).toBe(3999);
  });

  it('never waits longer than the cap, however many attempts', () => {
    expect(backoffDelay(40, 500, 30_000, () => 0.999999)).toBeLessThan(30_000);
  });

  it('can wait almost nothing (full jitter)', () => {
    expect(backoffDelay(3, 500, 30_000, () => 0)).toBe(0);
  });
});
