import { findMovieGaps } from '../movie-gaps.js';
import type { MovieScanOptions } from '../options.js';
import type { MovieGapReport, UnmatchedCode, UnmatchedItem } from '../report.js';
import { resolveMovieOptions } from '../resolve-options.js';
import type { MovieScanDeps, ScanRunOptions } from '../scan-types.js';
import type { Collection, MovieDetails, OwnedMovie } from '../types.js';
import { forEachBounded, throwIfAborted } from './abort.js';
import { flatten, libraryServersOf, readSections } from './read-listings.js';
import { createRunContext } from './run-context.js';

function label(movie: OwnedMovie): string {
  return movie.year ? `"${movie.title}" (${movie.year})` : `"${movie.title}"`;
}

/**
 * Scans movie libraries for collection gaps (docs/spec.md §2): reads every movie through `deps.library`,
 * looks each one up once through `deps.metadata` (IMDb-only movies are resolved first), fetches every
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
  const collectionIds = new Set<number>();
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

  let done = 0;
  ctx.progress('movies', 0, movies.length);
  ctx.share.start('movies', movies.length);
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
        ctx.share.skip();
      }
      if (tmdbId === null) return;
      matched += 1;
      owned.add(tmdbId);
      const id = tmdbId;
      const details = await ctx.lookup<MovieDetails>('tmdb_movie', `${scope}:${id}`, ctx.ttls.tmdbMovie, () =>
        metadata.getMovie(id, { signal }),
      );
      if (details === null) {
        // A 404 for the id Plex holds: the match is stale or wrong, which only the user can fix in Plex.
        matched -= 1;
        unmatch(movie, 'not-found', `TMDB has no movie ${id} (404); refresh or fix the match in Plex`);
      } else if (details.collection && !ignoredCollections.has(details.collection.tmdbId)) {
        collectionIds.add(details.collection.tmdbId);
      }
    } catch (error) {
      ctx.itemFailed(error, { item: label(movie), service: 'tmdb', action: 'Looking up' });
    } finally {
      done += 1;
      ctx.progress('movies', done, movies.length);
    }
  });

  const collections: Collection[] = [];
  const ids = [...collectionIds];
  done = 0;
  ctx.progress('collections', 0, ids.length);
  ctx.share.start('collections', ids.length);
  await forEachBounded(ids, ctx.concurrency, signal, async (id) => {
    try {
      const collection = await ctx.lookup<Collection>(
        'tmdb_collection',
        `${scope}:${id}`,
        ctx.ttls.tmdbCollection,
        () => metadata.getCollection(id, { signal }),
      );
      if (collection) collections.push(collection);
      else
        ctx.warnings.add({
          code: 'tmdb-not-found',
          message: `TMDB has no collection ${id}; it was skipped.`,
          service: 'tmdb',
          item: `collection:${id}`,
        });
    } catch (error) {
      ctx.itemFailed(error, { item: `collection ${id}`, service: 'tmdb', action: 'Fetching' });
    } finally {
      done += 1;
      ctx.progress('collections', done, ids.length);
    }
  });
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
