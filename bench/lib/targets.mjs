/** The targets of issue 7, each judged PASS or FAIL with the figures that decided it. */

export const LIMITS = Object.freeze({
  coldOverBound: 1.15,
  tmdb429Share: 0.01,
  warmSeconds: 3,
  peakRssMb: 300,
  // Issue 19: a cold scan asks TMDB at most this share of the minimum before the part lists settled films.
  tmdbOverOldMinimum: 0.9,
  // Owned films looked up while their collection was being fetched (the answer that would have settled
  // them was not in yet): allowed on top of the ideal minimum, as a share of the owned films.
  movieOverlapShare: 0.02,
});

/** Routes the fakes count that are not part of a scan's minimum (connection checks, not data). */
const NOT_COUNTED = { plex: new Set(['identity', 'root']), tmdb: new Set(), tvdb: new Set() };

/**
 * Per service and route: requests answered with data (429s taken off, per route from the probe's trace)
 * against the minimum. Returns `{ service: [{ route, actual, minimum }] }` for every route that differs.
 */
export function requestDeviations(counts, minimum, status429ByRoute) {
  const deviations = {};
  for (const service of ['plex', 'tmdb', 'tvdb']) {
    const actual = counts[service].byRoute;
    const want = minimum[service].byRoute;
    const routes = new Set([...Object.keys(actual), ...Object.keys(want)]);
    const rows = [];
    for (const route of routes) {
      if (NOT_COUNTED[service].has(route)) continue;
      const refused = service === 'tmdb' ? (status429ByRoute[route] ?? 0) : 0;
      const n = (actual[route] ?? 0) - refused;
      if (n !== (want[route] ?? 0)) rows.push({ route, actual: n, minimum: want[route] ?? 0 });
    }
    if (rows.length > 0) deviations[service] = rows;
  }
  return deviations;
}

const mb = (kb) => (kb == null ? null : kb / 1024);

/**
 * Judges one run. `run` holds `wallMs`, `code`, `verify`, `counts`, `tmdb429`, `probe`, `deviations`;
 * `ctx` holds `kind` ('cold' | 'warm'), `scale`, `lowerBound` (seconds).
 */
export function judge(run, ctx) {
  const targets = [];
  const add = (name, pass, detail) => targets.push({ name, pass, detail });
  add('exit code 0', run.code === 0, `exit code ${run.code}`);
  add(
    'report = ground truth',
    run.verify.ok,
    run.verify.ok ? 'every gap, nothing extra' : `${run.verify.differences.length} difference(s)`,
  );
  const rss = mb(run.probe?.maxRssKb);
  add(
    `peak RSS ≤ ${LIMITS.peakRssMb} MB`,
    rss !== null && rss <= LIMITS.peakRssMb,
    rss === null ? 'unknown' : `${rss.toFixed(0)} MB`,
  );
  const wall = run.wallMs / 1000;
  if (ctx.kind === 'cold') {
    const ratio = wall / ctx.lowerBound;
    add(
      `wall ≤ ${LIMITS.coldOverBound} × lower bound`,
      ratio <= LIMITS.coldOverBound,
      `${wall.toFixed(1)} s / ${ctx.lowerBound.toFixed(1)} s = ${ratio.toFixed(3)}`,
    );
    // Fewer than the computed minimum is fine when the report is still exact (the scan found a request it
    // could skip); more is not.
    const rows = Object.entries(run.deviations).flatMap(([service, list]) =>
      list.map((d) => ({ service, ...d })),
    );
    const allowance = (d) =>
      d.service === 'tmdb' && d.route === 'movie'
        ? Math.floor(LIMITS.movieOverlapShare * ctx.ownedMovies)
        : 0;
    const extra = rows.filter((d) => d.actual > d.minimum + allowance(d));
    const overlap = rows.find((d) => d.service === 'tmdb' && d.route === 'movie' && d.actual > d.minimum);
    const describe = (d) => `${d.service} ${d.route} ${d.actual} (min ${d.minimum})`;
    add(
      'requests = minimum',
      extra.length === 0,
      rows.length === 0
        ? 'each movie, collection, series page and Plex page once'
        : [
            extra.length > 0 ? `more than the minimum: ${extra.map(describe).join('; ')}` : '',
            overlap && !extra.includes(overlap)
              ? `${overlap.actual - overlap.minimum} films looked up while their collection was on its way (allowed ${allowance(overlap)})`
              : '',
            rows.some((d) => d.actual < d.minimum)
              ? `fewer than the computed minimum: ${rows
                  .filter((d) => d.actual < d.minimum)
                  .map(describe)
                  .join('; ')}`
              : '',
          ]
            .filter(Boolean)
            .join('; '),
    );
    const answered = run.counts.tmdb.total - run.tmdb429;
    const oldMinimum = ctx.oldMinimumTmdb;
    add(
      `TMDB ≤ ${LIMITS.tmdbOverOldMinimum} × the minimum before issue 19`,
      answered <= LIMITS.tmdbOverOldMinimum * oldMinimum,
      `${answered} / ${oldMinimum} = ${(answered / oldMinimum).toFixed(3)}`,
    );
    const share = run.counts.tmdb.total === 0 ? 0 : run.tmdb429 / run.counts.tmdb.total;
    add(
      `TMDB 429s < ${LIMITS.tmdb429Share * 100} %`,
      share < LIMITS.tmdb429Share,
      `${run.tmdb429} of ${run.counts.tmdb.total} (${(share * 100).toFixed(2)} %)`,
    );
  } else {
    const calls = run.counts.tmdb.total + run.counts.tvdb.total;
    add(
      '0 TMDB and 0 TVDB requests',
      calls === 0,
      `TMDB ${run.counts.tmdb.total}, TVDB ${run.counts.tvdb.total}`,
    );
    add(`wall ≤ ${LIMITS.warmSeconds} s`, wall <= LIMITS.warmSeconds, `${wall.toFixed(2)} s`);
  }
  return targets;
}
