import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.js';

describe('createLimiter', () => {
  it('runs at most n tasks at once and all of them in the end', async () => {
    const limit = createLimiter(2);
    let active = 0;
    let peak = 0;
    const task = async (n: number) => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 1));
      active -= 1;
      return n;
    };
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => limit(() => task(n))))).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('a task that throws synchronously rejects and frees its slot', async () => {
    const limit = createLimiter(1);
    await expect(
      limit(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await limit(async () => 'next')).toBe('next');
  });
});
