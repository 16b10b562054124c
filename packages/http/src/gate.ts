/** A counting semaphore whose waits can be aborted. */
export interface Gate {
  /** Resolves once fewer than `capacity` holders are inside; rejects with the signal's reason on abort. */
  enter(signal?: AbortSignal): Promise<void>;
  /** Frees a place and lets the longest waiter in. */
  leave(): void;
}

/** Creates a {@link Gate} with `capacity` places (`Infinity` for no limit). */
export function createGate(capacity: number): Gate {
  let inside = 0;
  const queue: Array<{ admit: () => void }> = [];

  return {
    enter(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (inside < capacity) {
        inside++;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const index = queue.indexOf(entry);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason);
        };
        const entry = {
          admit: () => {
            signal?.removeEventListener('abort', onAbort);
            inside++;
            resolve();
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(entry);
      });
    },
    leave() {
      inside--;
      queue.shift()?.admit();
    },
  };
}
