import { describe, expect, it } from 'vitest';
import { forEachBounded, throwIfAborted } from './abort.js';

describe('forEachBounded', () => {
  it('visits every item once', async () => {
    const seen: number[] = [];
    await forEachBounded([1, 2, 3, 4], 2, undefined, async (n) => {
      seen.push(n);
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
  });

  it('stops taking items after one fails', async () => {
    const seen: number[] = [];
    const run = forEachBounded([1, 2, 3, 4, 5], 1, undefined, async (n) => {
      seen.push(n);
      if (n === 2) throw new Error('auth');
    });
    await expect(run).rejects.toThrow('auth');
    expect(seen).toEqual([1, 2]);
  });

  it('checks the signal before each item', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = forEachBounded([1, 2, 3], 1, controller.signal, async (n) => {
      seen.push(n);
      controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1]);
    expect(() => throwIfAborted(undefined)).not.toThrow();
  });
});
