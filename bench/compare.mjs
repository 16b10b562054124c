#!/usr/bin/env node
/**
 * How long other tools of this kind need at least for the same world, from their pacing and the same
 * minimum request counts (issue 7). Used by run.mjs; also runs on its own without starting any service:
 *
 *   node bench/compare.mjs [--scale default|large] [--seed N]
 *
 * Models (each a lower bound for that tool: it assumes the tool makes no more requests than we do):
 * - Python ComPlexionist: every TMDB request paced at ≤ 4/s; TV shows read one at a time, two Plex
 *   requests per show, each show's TVDB pages one after another.
 * - Gaps: sleeps ≥ 0.35 s per movie it looks up; it checks movie collections only.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args.mjs';
import { formatTable, seconds } from './lib/format.mjs';
import { LATENCY_MS, lowerBound, serviceLimits } from './lib/lower-bound.mjs';
import { loadPackages } from './lib/packages.mjs';

/** Pacing of the other tools. */
export const OTHER_TOOLS = Object.freeze({
  pythonComplexionist: { tmdbPerSecond: 4, plexRequestsPerShow: 2 },
  gaps: { secondsPerMovie: 0.35 },
});

/** Minimum request counts of the movie half and of the episode half of a scan of `world`. */
export function splitCounts(world, expectedRequestCounts) {
  const only = (type) => ({
    ...world,
    plex: { ...world.plex, sections: world.plex.sections.filter((s) => s.type === type) },
  });
  return { movies: expectedRequestCounts(only('movie')), episodes: expectedRequestCounts(only('show')) };
}

const totals = (counts) => ({ plex: counts.plex.total, tmdb: counts.tmdb.total, tvdb: counts.tvdb.total });

/**
 * Rows `{ tool, movies, episodes, scan, note }` (seconds; `null` where a tool does not do that part).
 * `measured`, when given, is `{ movies, episodes, scan }` of a real cold run: seconds from the start until
 * the last answer of each half (the halves may run at the same time) and the whole wall time.
 */
export function compareTools({ split, shows, plexConcurrency, measured }) {
  const limits = serviceLimits(plexConcurrency);
  const ours = {
    movies: lowerBound(totals(split.movies), limits).seconds,
    episodes: lowerBound(totals(split.episodes), limits).seconds,
  };
  const py = OTHER_TOOLS.pythonComplexionist;
  const tmdbStep = Math.max(1 / py.tmdbPerSecond, LATENCY_MS.tmdb / 1000);
  const pyMovies = split.movies.tmdb.total * tmdbStep + (split.movies.plex.total * LATENCY_MS.plex) / 1000;
  const pyEpisodes =
    split.episodes.tmdb.total * tmdbStep +
    (shows * py.plexRequestsPerShow * LATENCY_MS.plex) / 1000 +
    (split.episodes.tvdb.total * LATENCY_MS.tvdb) / 1000;
  const gapsMovies = (split.movies.tmdb.byRoute.movie ?? 0) * OTHER_TOOLS.gaps.secondsPerMovie;
  const rows = [
    {
      tool: 'ComPlexionist, lower bound',
      movies: ours.movies,
      episodes: ours.episodes,
      scan: lowerBound(
        {
          plex: split.movies.plex.total + split.episodes.plex.total,
          tmdb: split.movies.tmdb.total + split.episodes.tmdb.total,
          tvdb: split.movies.tvdb.total + split.episodes.tvdb.total,
        },
        limits,
      ).seconds,
      note: 'TMDB 40/s, 20 in flight; TVDB 8 in flight',
    },
  ];
  if (measured) {
    rows.push({
      tool: 'ComPlexionist, measured cold',
      movies: measured.movies,
      episodes: measured.episodes,
      scan: measured.scan,
      note: 'this run; each half timed from the start (they may overlap)',
    });
  }
  rows.push(
    {
      tool: 'Python ComPlexionist pacing',
      movies: pyMovies,
      episodes: pyEpisodes,
      scan: pyMovies + pyEpisodes,
      note: 'TMDB ≤ 4/s; shows one at a time, 2 Plex requests each',
    },
    {
      tool: 'Gaps pacing',
      movies: gapsMovies,
      episodes: null,
      scan: null,
      note: '≥ 0.35 s per movie; movies only',
    },
  );
  return rows;
}

/** The comparison as printable lines. */
export function comparisonLines(rows) {
  const base = rows[0];
  const times = (value, ref) =>
    value === null ? 'n/a' : ref ? `${seconds(value)} (${(value / ref).toFixed(1)}×)` : seconds(value);
  return formatTable(
    ['tool', 'movies', 'episodes', 'whole scan', 'pacing'],
    rows.map((r) => [
      r.tool,
      times(r.movies, base.movies),
      times(r.episodes, base.episodes),
      times(r.scan, base.scan),
      r.note,
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(options.usage.replace('pnpm bench', 'node bench/compare.mjs'));
  } else {
    const { testkit, http } = await loadPackages();
    const { world } = testkit.generateWorld({ seed: options.seed, ...options.size });
    const split = splitCounts(world, testkit.expectedRequestCounts);
    const shows = world.plex.sections.reduce((n, s) => n + (s.type === 'show' ? s.shows.length : 0), 0);
    const rows = compareTools({ split, shows, plexConcurrency: http.DEFAULT_RATES.plex.maxInFlight });
    console.log(
      `Same world, scale ${options.scale}, seed ${options.seed}: times at least needed (× = vs our bound)\n`,
    );
    for (const line of comparisonLines(rows)) console.log(line);
  }
}
