import type { Logger } from '../types.js';
import type { CronSchedule } from './cron.js';

/** The timer functions the scheduler uses; tests pass fake ones. */
export interface SchedulerTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Where the scheduler remembers the last slot it handled (so a restart can tell a missed run). */
export interface SlotStore {
  get(): string | undefined;
  set(iso: string): void;
}

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  cron: CronSchedule;
  /** Starts one scheduled scan (an ordinary job). */
  run: (slot: Date) => void;
  slots: SlotStore;
  clock: () => Date;
  /** @default setTimeout / clearTimeout (unref'd, so the schedule alone never keeps the process alive) */
  timers?: SchedulerTimers;
  logger?: Logger;
}

/** `server.schedule` as the app receives it. */
export interface ScheduleSettings {
  /** The cron expression (checked when the app is created). */
  cron: string;
  /** IANA zone; @default the server's own (`TZ`) */
  timezone?: string;
  slots: SlotStore;
  /** @default () => new Date() */
  clock?: () => Date;
  timers?: SchedulerTimers;
}

/** What `GET /api/schedule` shows. */
export interface ScheduleStatus {
  enabled: true;
  cron: string;
  /** ISO time of the next scheduled scan, or null when the expression never fires again. */
  nextRun: string | null;
  /** ISO time of the last slot handled (a scan started, or when the schedule was first seen), or null. */
  lastSlot: string | null;
}

/** Runs scans on a cron schedule. */
export interface Scheduler {
  /** Runs a missed slot once (if any), then waits for the next one. Calling it twice is harmless. */
  start(): void;
  stop(): void;
  status(): ScheduleStatus;
}

// setTimeout fires at once for delays over 2^31-1 ms (~24.8 days): wait in steps and check again.
const MAX_DELAY_MS = 2 ** 31 - 1;

const realTimers: SchedulerTimers = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Creates the scheduler of `server.schedule`. On start, a slot missed while the server was down (the first slot
 * after the stored one is already past) runs once, not once per missed slot; the very first start only records
 * the time, so a new schedule waits for its first slot.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { cron, slots, clock } = options;
  const timers = options.timers ?? realTimers;
  let handle: unknown;
  let next: Date | null = null;
  let started = false;

  function arm(): void {
    next = cron.nextAfter(clock());
    if (!next) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, next.getTime() - clock().getTime()));
    handle = timers.set(fire, delay);
  }

  function fire(): void {
    handle = undefined;
    const slot = next;
    if (slot && clock().getTime() >= slot.getTime()) {
      slots.set(slot.toISOString());
      options.logger?.info(`Scheduled scan (${cron.expression}) for ${slot.toISOString()}`);
      options.run(slot);
      arm();
      return;
    }
    // Woken early (a long wait in steps, or a timer that ran fast): wait for the same slot again.
    if (slot) handle = timers.set(fire, Math.min(MAX_DELAY_MS, slot.getTime() - clock().getTime()));
  }

  return {
    start() {
      if (started) return;
      started = true;
      const now = clock();
      const last = slots.get();
      const missed = last ? cron.nextAfter(new Date(last)) : null;
      if (!last) {
        slots.set(now.toISOString());
      } else if (missed && missed.getTime() <= now.getTime()) {
        slots.set(now.toISOString());
        options.logger?.info(`A scheduled scan was missed (${missed.toISOString()}); running it now`);
        options.run(now);
      }
      arm();
    },
    stop() {
      started = false;
      if (handle !== undefined) timers.clear(handle);
      handle = undefined;
    },
    status: () => ({
      enabled: true,
      cron: cron.expression,
      nextRun: (started ? next : cron.nextAfter(clock()))?.toISOString() ?? null,
      lastSlot: slots.get() ?? null,
    }),
  };
}
