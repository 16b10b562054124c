import { findMovieGaps } from '../movie-gaps.js';
import type { MovieScanOptions } from '../options.js';
import type { MovieGapReport, UnmatchedCode, UnmatchedItem } from '../report.js';
import { resolveMovieOptions } from '../resolve-options.js';
import type { MovieScanDeps, ScanRunOptions } from '../scan-types.js';
import type { OwnedMovie } from '../types.js';
import { forEachBounded, throwIfAborted } from './abort.js';
import { itemFailure } from './item-errors.js';
import { resolveMemberships } from './movie-memberships.js';
import { flatten, libraryServersOf, readSections } from './read-listings.js';
import { createRunContext } from './run-context.js';

function label(movie: OwnedMovie): string {
  return movie.year ? `"${movie.title}" (${movie.year})` : `"${movie.title}"`;
}

/**
 * Scans movie libraries for collection gaps (docs/spec.md §2): reads every movie through `deps.library`,
 * resolves IMDb-only movies, finds each owned movie's collection with as few lookups as the answers allow
 * ({@link resolveMemberships}: a movie a fetched collection lists needs no lookup of its own), fetches every
 * collection once, and applies {@link findMovieGaps}. Per-item failures become warnings and make the report
 * `partial`; more than half of a phase failing is a `ScanFailedError` (no report); an `AuthError` or an abort
 * stops the scan; an unknown library name is a `UsageError`.
 */
export async function scanMovies(
  deps: MovieScanDeps,
  options: MovieScanOptions & ScanRunOptions,
): Promise<MovieGapReport> {
  const gapOptions = resolveMovieOptions(options);
  const ctx = createRunContext('movies', options, deps.cache);
  const metadata = ctx.reach.watch(deps.metadata, 'tmdb');
  const { signal } = ctx;
  const scope = metadata.cacheScope;
  const { sections, results } = await readSections(ctx, deps.library, 'movie', options.libraries, (s, o) =>
    deps.library.listMovies(s.key, o),
  );
  const movies = flatten(results);
  const sectionTitle = new Map(sections.map((s) => [s.key, s.title]));
  const unmatched: UnmatchedItem[] = [];
  const owned = new Set<number>();
  const failedFind: Array<{ movie: OwnedMovie; error: unknown }> = [];
  let matched = 0;
  const ignoredCollections = new Set(gapOptions.ignoreCollections);
  const unmatch = (movie: OwnedMovie, code: UnmatchedCode, reason: string): void => {
    unmatched.push({
      title: movie.title,
      year: movie.year ?? null,
      ratingKey: movie.ratingKey,
      library: sectionTitle.get(movie.sectionKey) ?? movie.sectionKey,
      code,
      reason,
    });
  };

  // First every Plex item's TMDB id (IMDb-only items through `/find`), then the memberships.
  const idOf = new Map<OwnedMovie, number>();
  await forEachBounded(movies, ctx.concurrency, signal, async (movie) => {
    try {
      let tmdbId = movie.ids.tmdb ?? null;
      const imdb = movie.ids.imdb;
      if (tmdbId === null && imdb) {
        tmdbId = await ctx.lookup('tmdb_find', `${scope}:movie-imdb:${imdb}`, ctx.ttls.tmdbMovie, () =>
          metadata.findMovieByImdb(imdb, { signal }),
        );
        if (tmdbId === null)
          unmatch(movie, 'imdb-unknown', `TMDB knows no movie with IMDb id ${imdb} (fix the match in Plex)`);
      } else if (tmdbId === null) {
        unmatch(movie, 'no-id', 'no TMDB or IMDb id in Plex (match it in Plex to include it)');
      }
      if (tmdbId !== null) idOf.set(movie, tmdbId);
    } catch (error) {
      // Bad credentials, an abort or a service never reached stop the scan now; others count below.
      itemFailure(error, {
        item: label(movie),
        service: 'tmdb',
        action: 'Looking up',
        signal,
        reach: ctx.reach,
      });
      failedFind.push({ movie, error });
    }
  });

  const ids = [...new Set(movies.flatMap((m) => idOf.get(m) ?? []))];
  const firstItem = new Map<number, OwnedMovie>();
  for (const movie of movies) {
    const id = idOf.get(movie);
    if (id !== undefined && !firstItem.has(id)) firstItem.set(id, movie);
  }
  let done = 0;
  const lookups = ids.length + failedFind.length;
  ctx.progress('movies', 0, lookups);
  // The phase counts distinct movies: two copies of one film (a 4K library) are one lookup.
  ctx.share.start('movies', lookups);
  for (const { movie, error } of failedFind) {
    ctx.itemFailed(error, { item: label(movie), service: 'tmdb', action: 'Looking up' });
    done += 1;
  }
  const found = await resolveMemberships(ids, metadata, ctx, {
    ignoredCollections,
    skipListed: ctx.freshness.skipListedMovies,
    label: (id) => label(firstItem.get(id) as OwnedMovie),
    onSettled: () => {
      done += 1;
      ctx.progress('movies', done, lookups);
    },
  });
  for (const movie of movies) {
    const id = idOf.get(movie);
    if (id === undefined) continue;
    if (found.notFound.has(id)) {
      // A 404 for the id Plex holds: the match is stale or wrong, which only the user can fix in Plex.
      unmatch(movie, 'not-found', `TMDB has no movie ${id} (404); refresh or fix the match in Plex`);
      continue;
    }
    matched += 1;
    owned.add(id);
  }
  const collections = found.collections;
  // Collections were fetched while the films were looked up; the phase is reported whole once they are in.
  const fetched = found.collections.length + found.failedCollections.length;
  ctx.progress('collections', fetched, fetched);
  ctx.share.start('collections', fetched);
  for (const { id, error } of found.failedCollections) ctx.share.fail(`collection ${id}`, error);
  throwIfAborted(signal);

  const gaps = findMovieGaps({ owned, collections }, gapOptions, ctx.now);
  // Fails the scan here when too many lookups failed, before it says it is done.
  const status = ctx.share.verdict();
  ctx.progress('done', 1, 1);
  return {
    type: 'movies',
    status,
    generatedAt: ctx.now.toISOString(),
    libraries: sections.map((s) => s.title),
    ...libraryServersOf(sections),
    summary: {
      moviesScanned: movies.length,
      moviesMatched: matched,
      moviesUnmatched: unmatched.length,
      collectionsChecked: collections.length,
      collectionsWithGaps: gaps.length,
      missingMovies: gaps.reduce((n, g) => n + g.missing.length, 0),
    },
    warnings: ctx.warnings.list,
    unmatched,
    collections: gaps,
  };
}
