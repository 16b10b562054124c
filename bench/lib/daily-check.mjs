/**
 * The changes of a simulated day against a report: whether the report shows each one yet, and whether it
 * did so within its promise (docs/freshness.md).
 */

/** True when `report` (the CLI's `scan --format json`) shows the change `event`. */
export function shows(report, event) {
  if (event.kind === 'collection-part') {
    const gap = report?.movies?.collections?.find((c) => c.tmdbId === event.collectionId);
    return gap?.missing?.some((m) => m.tmdbId === event.tmdbId) ?? false;
  }
  const show = report?.episodes?.shows?.find((s) => s.tvdbId === event.tvdbId);
  return (
    show?.seasons?.some((season) =>
      season.missing?.some((m) => m.season === event.season && m.episode === event.episode),
    ) ?? false
  );
}

/** Keeps the changes not reported yet and when each was; `promiseDays` by kind. */
export function createTracker(promiseDays) {
  const pending = [];
  const done = [];
  return {
    add(events) {
      pending.push(...events);
    },
    /** Checks every pending change against the report of `day`. */
    check(day, report) {
      for (let i = pending.length - 1; i >= 0; i--) {
        const event = pending[i];
        if (!shows(report, event)) continue;
        pending.splice(i, 1);
        const late = day - event.day;
        done.push({ ...event, reportedDay: day, inTime: late <= promiseDays[event.kind] });
      }
    },
    /** Every change: reported in time, late, missed (its promise ran out unreported), or not yet due. */
    summary(lastDay) {
      const missed = pending.filter((e) => lastDay - e.day >= promiseDays[e.kind]);
      const notDue = pending.length - missed.length;
      const byKind = {};
      for (const e of [...done, ...pending]) {
        byKind[e.kind] ??= { changes: 0, inTime: 0, maxDays: 0, promise: promiseDays[e.kind] };
        const row = byKind[e.kind];
        row.changes += 1;
        if (e.inTime) row.inTime += 1;
        if (e.reportedDay !== undefined) row.maxDays = Math.max(row.maxDays, e.reportedDay - e.day);
      }
      return {
        changes: done.length + pending.length,
        inTime: done.filter((e) => e.inTime).length,
        late: done.filter((e) => !e.inTime),
        missed,
        notDue,
        byKind,
      };
    },
  };
}
