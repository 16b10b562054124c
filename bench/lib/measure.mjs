/** Turns one finished CLI run into the figures the benchmark prints and judges. */
import { judge, requestDeviations } from './targets.mjs';
import { memoryPeak, summarizeTrace } from './trace.mjs';
import { verifyReport } from './verify.mjs';

/** Which service each fake's origin belongs to (for the probe's trace). */
export function originsOf(services) {
  return {
    [new URL(services.plexUrl).origin]: 'plex',
    [new URL(services.tmdbUrl).origin]: 'tmdb',
    [new URL(services.tvdbUrl).origin]: 'tvdb',
    [new URL(services.plexTvUrl).origin]: 'plexTv',
  };
}

function parseReport(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}

/** Answers per service that were refused or failed (429, 5xx, no answer): each is a retry or a lost request. */
function refusedFromTrace(probe, origins) {
  const retries = { plex: 0, tmdb: 0, tvdb: 0 };
  const tmdb429ByRoute = {};
  if (!probe?.trace) return { retries, tmdb429ByRoute, known: false };
  const rows = summarizeTrace(
    { ...probe, trace: probe.trace.filter((e) => e[4] === 429 || e[4] >= 500 || e[4] === 0) },
    origins,
  );
  for (const row of rows) {
    if (row.kind === 'all') retries[row.service] = (retries[row.service] ?? 0) + row.requests;
    else if (row.service === 'tmdb') tmdb429ByRoute[row.kind] = row.status429;
  }
  return { retries, tmdb429ByRoute, known: true };
}

/**
 * `result` comes from runCli, `counts` from the fakes (requests they received, 429s included).
 * `ctx`: `{ kind, scale, expected, minimum, lowerBound, origins }`.
 */
export function measureRun(result, counts, ctx) {
  const report = parseReport(result.stdout);
  const verify = report
    ? verifyReport(report, ctx.expected, ctx.normalize)
    : { ok: false, differences: ['stdout is not JSON'], found: null };
  const refused = refusedFromTrace(result.probe, ctx.origins);
  const run = {
    kind: ctx.kind,
    wallMs: result.wallMs,
    code: result.code,
    counts,
    tmdb429: counts.tmdb429,
    retries: refused.retries,
    probe: result.probe,
    verify,
    timeline: summarizeTrace(result.probe, ctx.origins),
    memoryPeak: memoryPeak(result.probe, ctx.origins),
    deviations: requestDeviations(counts, ctx.minimum, refused.tmdb429ByRoute),
    warnings: report ? [...(report.movies?.warnings ?? []), ...(report.episodes?.warnings ?? [])] : [],
    stderr: result.stderr,
  };
  run.targets = judge(run, {
    kind: ctx.kind,
    scale: ctx.scale,
    lowerBound: ctx.lowerBound,
    oldMinimumTmdb: ctx.oldMinimum.tmdb.total,
    ownedMovies: ctx.oldMinimum.tmdb.byRoute.movie ?? 0,
  });
  return run;
}

/**
 * Seconds from the spawn of the CLI until the last answer of each half of the scan: movies (TMDB
 * `/movie`, `/collection`) and episodes (TVDB, TMDB `/tv`, Plex `/prefs`). The halves may overlap.
 */
export function halfSeconds(run) {
  const startupS = (run.wallMs - (run.probe?.uptimeMs ?? run.wallMs)) / 1000;
  const lastEnd = (match) => {
    const rows = run.timeline.filter((r) => r.kind !== 'all' && match(r));
    return rows.length === 0 ? null : Math.max(...rows.map((r) => r.toS)) + startupS;
  };
  return {
    movies: lastEnd((r) => r.service === 'tmdb' && (r.kind === 'movie' || r.kind === 'collection')),
    episodes: lastEnd(
      (r) => r.service === 'tvdb' || (r.service === 'tmdb' && r.kind.startsWith('tv')) || r.kind === 'prefs',
    ),
  };
}
