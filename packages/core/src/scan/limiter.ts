/** Runs async tasks with at most `concurrency` in flight, in the order they were queued. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A tiny concurrency limiter. Written here instead of using `p-limit` because core must run in any runtime
 * and p-limit reaches for Node's `async_hooks`.
 */
export function createLimiter(concurrency: number): Limiter {
  const max = Math.max(1, Math.floor(concurrency) || 1);
  let active = 0;
  const queue: Array<() => void> = [];
  const next = (): void => {
    active -= 1;
    queue.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const run = (): void => {
        active += 1;
        let promise: Promise<T>;
        try {
          promise = task();
        } catch (error) {
          promise = Promise.reject(error);
        }
        promise.then(resolve, reject).finally(next);
      };
      if (active < max) run();
      else queue.push(run);
    });
}
