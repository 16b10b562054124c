/** One page as the server sent it. */
export interface Page<T> {
  items: T[];
  /** The size of the whole set, when the server says. */
  totalSize?: number | undefined;
}

/** Fetches `size` items from `start` (0-based). */
export type FetchPage<T> = (start: number, size: number, signal: AbortSignal) => Promise<Page<T>>;

/** Options of {@link readAllPages}. */
export interface ReadAllPagesOptions<T> {
  pageSize: number;
  /** Identity of an item, to drop repeats when pages shift under us. */
  keyOf: (item: T) => string;
  /** Pages in flight at once after the first. @default 4 */
  concurrency?: number;
  onPage?: ((read: number, total: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Reads a whole paged listing defensively (docs/spec.md §9): advance by the items actually received, stop at
 * `totalSize` or at an empty page, and never loop forever.
 *
 * When the first page announces `totalSize`, the remaining pages are fetched concurrently at a stride equal to
 * what the first page held (a server that caps pages below `pageSize` is followed, not skipped), so a healthy
 * server costs exactly ⌈N / pageSize⌉ requests. A page that comes back short is completed with follow-up
 * requests. Without `totalSize`, pages are read one after another until one is shorter than asked, empty, or
 * holds nothing new.
 */
export async function readAllPages<T>(
  fetchPage: FetchPage<T>,
  options: ReadAllPagesOptions<T>,
): Promise<T[]> {
  const { pageSize, onPage } = options;
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  let read = 0;
  const fetchCounted = async (start: number, size: number, total: number | undefined) => {
    signal.throwIfAborted();
    const page = await fetchPage(start, size, signal);
    read += page.items.length;
    onPage?.(read, Math.max(total ?? page.totalSize ?? read, read));
    return page;
  };

  const first = await fetchCounted(0, pageSize, undefined);
  const total = first.totalSize;
  const pages: T[][] = [first.items];
  if (total === undefined) {
    await readSequentially(fetchCounted, first.items, pageSize, options.keyOf, pages);
  } else {
    const stride = first.items.length;
    const starts: number[] = [];
    for (let start = stride; stride > 0 && start < total; start += stride) starts.push(start);
    const fill = async (start: number): Promise<T[]> => {
      const expected = Math.min(stride, total - start);
      const items: T[] = [];
      while (items.length < expected) {
        const size = items.length === 0 ? stride : expected - items.length;
        const page = await fetchCounted(start + items.length, size, total);
        if (page.items.length === 0) break;
        items.push(...page.items);
      }
      return items;
    };
    try {
      pages.push(...(await mapBounded(starts, options.concurrency ?? 4, fill)));
    } catch (error) {
      controller.abort(error);
      throw error;
    }
  }
  return dedupe(pages.flat(), options.keyOf);
}

/** Pages without `totalSize`: one after another until a short, empty or all-repeated page. */
async function readSequentially<T>(
  fetchCounted: (start: number, size: number, total: undefined) => Promise<Page<T>>,
  firstItems: T[],
  pageSize: number,
  keyOf: (item: T) => string,
  pages: T[][],
): Promise<void> {
  const seen = new Set(firstItems.map(keyOf));
  let last = firstItems;
  let start = firstItems.length;
  while (last.length >= pageSize && last.length > 0) {
    const page = await fetchCounted(start, pageSize, undefined);
    const fresh = page.items.filter((item) => !seen.has(keyOf(item)));
    if (fresh.length === 0) return;
    for (const item of fresh) seen.add(keyOf(item));
    pages.push(page.items);
    start += page.items.length;
    last = page.items;
  }
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. */
async function mapBounded<A, B>(items: A[], limit: number, fn: (item: A) => Promise<B>): Promise<B[]> {
  const results: B[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
