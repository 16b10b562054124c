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
 * Creates a pacer. Starts obey two rules, both measured on actual start times:
 * - a sliding window: at most `perSecond` starts in any {@link WINDOW_MS} (1 s plus 2 % of margin for
 *   network jitter), so a server counting a sliding one-second window never sees more than it allows;
 * - a minimum gap of 80 % of `1000 / perSecond` ms, so traffic stays smooth rather than bursty.
 * A start delayed by a late timer is made up by a slightly shorter gap later (within the window), so
 * timer lateness does not drag the rate down. The slot is taken before the start time, so a request
 * leaves right when it may.
 */
export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? (() => performance.now());
  const slots = createGate(options.maxInFlight > 0 ? options.maxInFlight : Number.POSITIVE_INFINITY);
  const starts = createStartQueue(options.perSecond, now);

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

/** Length of the sliding window, for one second's worth of starts (2 % margin against arrival jitter). */
export const WINDOW_MS = 1050;

/** FIFO of callers waiting for their start time; one timer serves the whole queue. */
function createStartQueue(perSecond: number, now: () => number) {
  const waiters: Waiter[] = [];
  const perWindow = Math.max(1, Math.floor(perSecond));
  const windowMs = perSecond > 0 ? (perWindow / perSecond) * WINDOW_MS : 0;
  const minGap = perSecond > 0 ? (0.8 * 1000) / perSecond : 0;
  const recent: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const earliest = () =>
    Math.max(last + minGap, recent.length >= perWindow ? recent[0]! + windowMs : Number.NEGATIVE_INFINITY);

  const pump = () => {
    while (waiters.length > 0) {
      const t = now();
      const at = earliest();
      if (t < at) {
        timer = setTimeout(
          () => {
            timer = undefined;
            pump();
          },
          Math.max(1, Math.ceil(at - t)),
        );
        return;
      }
      const waiter = waiters.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      recent.push(t);
      if (recent.length > perWindow) recent.shift();
      last = t;
      waiter.resolve();
    }
  };

  return {
    next(signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (perSecond <= 0) return Promise.resolve();
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
