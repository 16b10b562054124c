import { createGate } from './gate.js';

/** Releases a slot taken by {@link Pacer.acquire}; calling it twice is harmless. */
export type Release = () => void;

/** Client-side pacing: at most `maxInFlight` requests on the wire, started at most `perSecond` a second. */
export interface Pacer {
  /** Waits for a free slot, then for the next start time. Rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal): Promise<Release>;
}

/** Options of {@link createPacer}. */
export interface PacerOptions {
  /** `0` = unlimited. */
  perSecond: number;
  /** `0` = unlimited. */
  maxInFlight: number;
  /** Monotonic clock in milliseconds. @default performance.now */
  now?: () => number;
}

/**
 * Creates a pacer. Starts are spaced at least `1000 / perSecond` ms apart, measured from the previous
 * actual start (a token bucket holding one token): a late timer never lets a burst catch up, so a server
 * counting requests in a sliding one-second window never sees more than `perSecond`.
 * The slot is taken before the start time so the start happens right when the request goes out.
 */
export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? (() => performance.now());
  const interval = options.perSecond > 0 ? 1000 / options.perSecond : 0;
  const slots = createGate(options.maxInFlight > 0 ? options.maxInFlight : Number.POSITIVE_INFINITY);
  const starts = createStartQueue(interval, now);

  return {
    async acquire(signal) {
      await slots.enter(signal);
      try {
        await starts.next(signal);
      } catch (error) {
        slots.leave();
        throw error;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        slots.leave();
      };
    },
  };
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** FIFO of callers waiting for their start time; one timer serves the whole queue. */
function createStartQueue(interval: number, now: () => number) {
  const waiters: Waiter[] = [];
  let nextAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = () => {
    while (waiters.length > 0) {
      const t = now();
      if (t < nextAt) {
        timer = setTimeout(
          () => {
            timer = undefined;
            pump();
          },
          Math.max(1, Math.ceil(nextAt - t)),
        );
        return;
      }
      const waiter = waiters.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      nextAt = t + interval;
      waiter.resolve();
    }
  };

  return {
    next(signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (interval === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject };
        if (signal) {
          waiter.signal = signal;
          waiter.onAbort = () => {
            const index = waiters.indexOf(waiter);
            if (index >= 0) waiters.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        waiters.push(waiter);
        if (timer === undefined) pump();
      });
    },
  };
}
