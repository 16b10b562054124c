import { ConfigError } from '@complexionist/core';
import { Cron } from 'croner';

/** A parsed cron expression that only computes run times (croner; it never starts a timer of its own here). */
export interface CronSchedule {
  expression: string;
  /** The first run strictly after `after`, or null when the expression never fires again. */
  nextAfter(after: Date): Date | null;
}

/**
 * Parses `server.schedule` with croner (5 fields, or 6 with seconds first), in `timezone` or the server's own
 * zone (`TZ`). Throws a ConfigError naming the setting for an expression croner refuses.
 */
export function parseCron(expression: string, timezone?: string): CronSchedule {
  let cron: Cron;
  try {
    // No callback: croner then only evaluates the pattern, so the timers stay ours (and injectable in tests).
    cron = new Cron(expression, { paused: true, ...(timezone && { timezone }) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`server.schedule "${expression}" is not a valid cron expression (${why}).`, {
      hint: 'Write five fields: minute hour day-of-month month day-of-week, e.g. "0 4 * * *" for 04:00 daily.',
    });
  }
  return { expression, nextAfter: (after) => cron.nextRun(after) };
}
