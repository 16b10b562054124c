import type { SchedulerTimers } from './scheduler.js';

/**
 * A hand-moved clock with timers that fire only when the test advances it (no real waiting). Test-only helper.
 */
export function fakeTime(start: string) {
  let now = new Date(start).getTime();
  let seq = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: SchedulerTimers = {
    set(callback, ms) {
      seq += 1;
      pending.set(seq, { at: now + ms, callback });
      return seq;
    },
    clear: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    clock: () => new Date(now),
    timers,
    pending: () => pending.size,
    /** Moves the clock to `iso`, firing every timer due on the way, in order. */
    advanceTo(iso: string): void {
      const target = new Date(iso).getTime();
      for (;;) {
        const due = [...pending].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = target;
    },
  };
}
