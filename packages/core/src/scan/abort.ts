/** Throws the signal's reason (an `AbortError` unless the caller chose another) once it is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

/** Runs `fn` on every item with at most `concurrency` items in flight, checking the signal before each. */
export async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  signal: AbortSignal | undefined,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let cursor = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (cursor < items.length && !failed) {
      throwIfAborted(signal);
      const index = cursor;
      cursor += 1;
      try {
        await fn(items[index] as T, index);
      } catch (error) {
        // Stop the other workers too: an error reaching here ends the scan.
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker);
  await Promise.all(workers);
}
