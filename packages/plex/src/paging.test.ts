import { describe, expect, it } from 'vitest';
import { type Page, readAllPages } from './paging.js';

interface Behaviour {
  /** Items the server holds. */
  total: number;
  /** Largest page the server sends. */
  cap?: number;
  /** Announce totalSize. @default true */
  announce?: boolean;
  /** Ignore `start` and always send the first items. */
  ignoreStart?: boolean;
  /** Send this many fewer items on the page starting at this offset. */
  shortAt?: { start: number; missing: number };
  /** Claim more items than exist. */
  claimTotal?: number;
}

/** A fake paged server over items "0".."total-1"; records every request and the peak concurrency. */
function server(b: Behaviour) {
  const calls: Array<{ start: number; size: number }> = [];
  let inFlight = 0;
  let peak = 0;
  const fetchPage = async (start: number, size: number): Promise<Page<string>> => {
    calls.push({ start, size });
    inFlight++;
    peak = Math.max(peak, inFlight);
    await Promise.resolve();
    inFlight--;
    const from = b.ignoreStart ? 0 : start;
    let count = Math.min(size, b.cap ?? size);
    if (b.shortAt?.start === start) count -= b.shortAt.missing;
    const items = Array.from({ length: Math.max(0, Math.min(count, b.total - from)) }, (_, i) =>
      String(from + i),
    );
    return { items, totalSize: b.announce === false ? undefined : (b.claimTotal ?? b.total) };
  };
  return { fetchPage, calls, peak: () => peak };
}

const keyOf = (item: string) => item;
const expectAll = (items: string[], total: number) =>
  expect(items).toEqual(Array.from({ length: total }, (_, i) => String(i)));

describe('readAllPages', () => {
  it('reads N items in exactly ⌈N / pageSize⌉ requests when totalSize is known', async () => {
    const s = server({ total: 1001 });
    const items = await readAllPages(s.fetchPage, { pageSize: 100, keyOf });
    expectAll(items, 1001);
    expect(s.calls).toHaveLength(11);
  });

  it('keeps at most `concurrency` pages in flight', async () => {
    const s = server({ total: 2000 });
    await readAllPages(s.fetchPage, { pageSize: 100, keyOf, concurrency: 3 });
    expect(s.peak()).toBe(3);
  });

  it('follows a server that sends fewer items per page than asked', async () => {
    const s = server({ total: 950, cap: 100 });
    const items = await readAllPages(s.fetchPage, { pageSize: 200, keyOf });
    expectAll(items, 950);
    expect(s.calls).toHaveLength(10);
  });

  it('completes a page that came back short instead of skipping items', async () => {
    const s = server({ total: 500, shortAt: { start: 200, missing: 30 } });
    const items = await readAllPages(s.fetchPage, { pageSize: 100, keyOf });
    expectAll(items, 500);
    expect(s.calls).toContainEqual({ start: 270, size: 30 });
  });

  it('stops at an empty page when totalSize claims more than exists', async () => {
    const s = server({ total: 250, claimTotal: 400 });
    const items = await readAllPages(s.fetchPage, { pageSize: 100, keyOf });
    expectAll(items, 250);
    expect(s.calls.length).toBeLessThanOrEqual(5);
  });

  it('without totalSize, reads page after page until one is shorter than asked', async () => {
    const s = server({ total: 250, announce: false });
    const items = await readAllPages(s.fetchPage, { pageSize: 100, keyOf });
    expectAll(items, 250);
    expect(s.calls.map((c) => c.start)).toEqual([0, 100, 200]);
  });

  it('without totalSize, an exact multiple ends at the empty page after it', async () => {
    const s = server({ total: 200, announce: false });
    expectAll(await readAllPages(s.fetchPage, { pageSize: 100, keyOf }), 200);
    expect(s.calls).toHaveLength(3);
  });

  it('never loops forever on a server that ignores the start offset', async () => {
    const s = server({ total: 1000, announce: false, ignoreStart: true });
    const items = await readAllPages(s.fetchPage, { pageSize: 100, keyOf });
    expect(items).toHaveLength(100);
    expect(s.calls).toHaveLength(2);
  });

  it('an empty listing costs one request', async () => {
    const s = server({ total: 0 });
    expect(await readAllPages(s.fetchPage, { pageSize: 100, keyOf })).toEqual([]);
    expect(s.calls).toHaveLength(1);
  });

  it('reports progress after each page, ending at the total', async () => {
    const s = server({ total: 250 });
    const progress: Array<[number, number]> = [];
    await readAllPages(s.fetchPage, {
      pageSize: 100,
      keyOf,
      onPage: (read, total) => progress.push([read, total]),
    });
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it('drops repeated items when pages shift under us', async () => {
    const fetchPage = async (start: number): Promise<Page<string>> => ({
      items: start === 0 ? ['a', 'b'] : ['b', 'c'],
      totalSize: 4,
    });
    expect(await readAllPages(fetchPage, { pageSize: 2, keyOf })).toEqual(['a', 'b', 'c']);
  });

  it('a failing page rejects the read and aborts the pages still in flight', async () => {
    const aborted: boolean[] = [];
    const fetchPage = async (start: number, _size: number, signal: AbortSignal): Promise<Page<string>> => {
      if (start === 0) return { items: ['0'], totalSize: 5 };
      if (start === 1) throw new Error('boom');
      await new Promise((resolve) => setTimeout(resolve, 0));
      aborted.push(signal.aborted);
      return { items: [String(start)], totalSize: 5 };
    };
    await expect(readAllPages(fetchPage, { pageSize: 1, keyOf })).rejects.toThrow('boom');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(aborted.length).toBeGreaterThan(0);
    expect(aborted.every(Boolean)).toBe(true);
  });

  it('an aborted signal rejects with its reason before any request', async () => {
    const s = server({ total: 10 });
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(
      readAllPages(s.fetchPage, { pageSize: 5, keyOf, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(s.calls).toHaveLength(0);
  });
});
