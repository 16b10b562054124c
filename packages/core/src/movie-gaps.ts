import { isAfterToday, utcDay, yearOf } from './dates.js';
import type { CollectionGap, MissingMovie, OwnedPart } from './report.js';
import type { Collection, CollectionPart } from './types.js';

/** Data the movie gap rules work on. */
export interface MovieGapInput {
  /** TMDB ids of every owned movie (across the scanned libraries). */
  owned: Iterable<number>;
  /** Each unique collection an owned movie belongs to. */
  collections: Collection[];
}

/** Movie gap options with every default filled in (see {@link resolveMovieOptions}). */
export interface MovieGapOptions {
  includeFuture: boolean;
  minCollectionSize: number;
  minOwned: number;
  ignoreCollections: number[];
  ignoreMovies: number[];
}

function toMissing(part: CollectionPart): MissingMovie {
  return {
    tmdbId: part.tmdbId,
    title: part.title,
    year: yearOf(part.releaseDate),
    releaseDate: part.releaseDate || null,
    posterPath: part.posterPath ?? null,
  };
}

function toOwned({ tmdbId, title, year }: MissingMovie): OwnedPart {
  return year === null ? { tmdbId, title } : { tmdbId, title, year };
}

/** Oldest release first; parts without a date last, then by title. */
export function byRelease(a: MissingMovie, b: MissingMovie): number {
  const da = a.releaseDate ?? '\uffff';
  const db = b.releaseDate ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

/**
 * Pure movie gap rules (docs/spec.md §2 steps 3–7): which collections to report and which of their parts are
 * missing. A part is upcoming when its release date is empty or later than `now`'s UTC date; upcoming parts
 * count only with `includeFuture`, and otherwise are listed (unowned, not ignored) under `upcoming`.
 * Collections come back sorted by name.
 */
export function findMovieGaps(input: MovieGapInput, options: MovieGapOptions, now: Date): CollectionGap[] {
  const owned = new Set(input.owned);
  const ignoredCollections = new Set(options.ignoreCollections);
  const ignoredMovies = new Set(options.ignoreMovies);
  const today = utcDay(now);
  const gaps: CollectionGap[] = [];
  for (const collection of input.collections) {
    if (ignoredCollections.has(collection.tmdbId)) continue;
    const seen = new Set<number>();
    const considered: CollectionPart[] = [];
    const upcoming: MissingMovie[] = [];
    for (const part of collection.parts) {
      if (seen.has(part.tmdbId)) continue;
      seen.add(part.tmdbId);
      if (options.includeFuture || !isAfterToday(part.releaseDate, today)) considered.push(part);
      else if (!owned.has(part.tmdbId) && !ignoredMovies.has(part.tmdbId)) upcoming.push(toMissing(part));
    }
    const ownedParts = considered.filter((p) => owned.has(p.tmdbId));
    const ownedCount = ownedParts.length;
    if (considered.length < options.minCollectionSize || ownedCount < options.minOwned) continue;
    const missing = considered
      .filter((p) => !owned.has(p.tmdbId) && !ignoredMovies.has(p.tmdbId))
      .map(toMissing)
      .sort(byRelease);
    if (missing.length === 0) continue;
    const gap: CollectionGap = {
      tmdbId: collection.tmdbId,
      name: collection.name,
      owned: ownedCount,
      total: considered.length,
      missing,
      ownedMovies: ownedParts.map(toMissing).sort(byRelease).map(toOwned),
    };
    if (!options.includeFuture) gap.upcoming = upcoming.sort(byRelease);
    gaps.push(gap);
  }
  return gaps.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
