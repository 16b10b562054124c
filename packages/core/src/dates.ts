/** `YYYY-MM-DD` of `now` in UTC: "today" for every upcoming/future rule (docs/spec.md §2.5, §3.5). */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True when a `YYYY-MM-DD` date is missing or later than `today` (docs/spec.md §2.5: empty counts as
 * upcoming).
 */
export function isAfterToday(date: string | null | undefined, today: string): boolean {
  if (date === null || date === undefined || date.trim() === '') return true;
  return date.slice(0, 10) > today;
}

/** Milliseconds since the epoch of 00:00 UTC on a `YYYY-MM-DD` day, or NaN when the date is unreadable. */
export function utcMidnight(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The year of a `YYYY-MM-DD` date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
}
