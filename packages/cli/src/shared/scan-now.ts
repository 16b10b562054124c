import { UsageError } from '@complexionist/core';
import type { CliIo } from './io.js';

/** Environment variable that fixes the clock a scan compares dates with. */
export const NOW_VARIABLE = 'COMPLEXIONIST_NOW';

/**
 * The instant a scan compares air and release dates with: `COMPLEXIONIST_NOW` (an ISO 8601 date-time) when
 * set, else the clock. Fixing it makes a report reproducible ("what was missing as of that day") and lets a
 * test run against fake services that answer as of one fixed day, even across UTC midnight.
 */
export function scanNow(io: CliIo): Date {
  const fixed = io.env[NOW_VARIABLE];
  if (fixed === undefined || fixed === '') return io.now();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(fixed)) {
    throw new UsageError(`${NOW_VARIABLE} must be an ISO 8601 date or date-time (got "${fixed}").`, {
      hint: `e.g. ${NOW_VARIABLE}=2026-01-31T12:00:00Z, or unset it to use the clock.`,
    });
  }
  return date;
}
