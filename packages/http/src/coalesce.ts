interface Shared<R> {
  promise: Promise<R>;
  controller: AbortController;
  callers: number;
}

/** Runs a keyed task once for every caller that asks while it is in flight. */
export type Coalescer = <R>(
  key: string,
  run: (signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
  onJoin?: () => void,
) => Promise<R>;

/**
 * Creates a coalescer. Each caller keeps its own abort: a caller that aborts is rejected at once with its
 * reason, and the shared task is aborted only when every caller has gone.
 */
export function createCoalescer(): Coalescer {
  const inFlight = new Map<string, Shared<unknown>>();

  return <R>(
    key: string,
    run: (signal: AbortSignal) => Promise<R>,
    signal?: AbortSignal,
    onJoin?: () => void,
  ) => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let shared = inFlight.get(key) as Shared<R> | undefined;
    if (shared) {
      onJoin?.();
    } else {
      const controller = new AbortController();
      const created: Shared<R> = { controller, callers: 0, promise: run(controller.signal) };
      const forget = () => {
        if (inFlight.get(key) === created) inFlight.delete(key);
      };
      created.promise.then(forget, forget);
      inFlight.set(key, created as Shared<unknown>);
      shared = created;
    }
    const entry = shared;
    entry.callers++;
    return new Promise<R>((resolve, reject) => {
      const onAbort = () => {
        entry.callers--;
        if (entry.callers === 0) {
          if (inFlight.get(key) === entry) inFlight.delete(key);
          entry.controller.abort(signal?.reason);
        }
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };
}
