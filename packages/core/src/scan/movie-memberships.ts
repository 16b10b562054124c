import type { MovieMetadataSource } from '../ports.js';
import type { Collection, MovieDetails } from '../types.js';
import { throwIfAborted } from './abort.js';
import { keyFraction } from './freshness.js';
import type { RunContext } from './run-context.js';

/**
 * A membership this scan learnt from a collection's part list instead of the movie's own `/movie` answer
 * (cache namespace `tmdb_membership`). `checkAfter` (epoch ms): from then on the movie is looked up itself
 * once, so an answer that disagrees with the listing is found within one movie TTL.
 */
export interface ListedMembership {
  collection: number;
  checkAfter: number;
}

/** What {@link resolveMemberships} learnt. */
export interface Memberships {
  /** Owned ids TMDB has no movie for (a 404 of their own lookup). */
  notFound: Set<number>;
  /** Every fetched collection of an owned movie (ignored ones are never fetched). */
  collections: Collection[];
  /** Collection ids whose fetch failed, with the error (counted as the collections phase afterwards). */
  failedCollections: Array<{ id: number; error: unknown }>;
  /** Owned movies whose `/movie` lookup was skipped because a collection lists them. */
  skipped: number;
}

/** Options of {@link resolveMemberships}. */
export interface MembershipOptions {
  ignoredCollections: ReadonlySet<number>;
  skipListed: boolean;
  /** Names a movie in warnings. */
  label(id: number): string;
  /** Called once per owned id settled (looked up, skipped or known from the cache). */
  onSettled(): void;
}

/**
 * A lookup order that spreads neighbours of the listing apart (Plex sorts by title, and a collection's
 * films often share one): item j goes to position j × s mod n with s ≈ 0.618 n, so any two of a dozen
 * neighbours are at least about n / 12 positions apart, and one answer has come back before the next
 * neighbour is asked.
 */
export function spread<T>(items: readonly T[]): T[] {
  const n = items.length;
  if (n < 3) return [...items];
  let step = Math.max(1, Math.round(n * 0.618));
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(step, n) !== 1) step += 1;
  const out = new Array<T>(n);
  for (let j = 0; j < n; j++) out[(j * step) % n] = items[j] as T;
  return out;
}

/**
 * Lookups in flight while memberships are found. Fewer than a scan's usual 16: each answer that arrives
 * while few others wait lets its collection's part list settle more films (TMDB's ~40 requests/s need
 * only a few in flight at its usual latency).
 */
export const MEMBERSHIP_CONCURRENCY = 8;

/**
 * Finds the collection of every owned movie with as few requests as the answers allow (issue 19): a
 * collection is fetched as soon as one member names it, ahead of any further movie, and the owned movies
 * its part list names need no `/movie` lookup of their own. TMDB derives a collection's parts from its
 * movies' `belongs_to_collection`, so the two agree; a movie listed by two collections is looked up itself,
 * and a skipped movie is looked up once its listed membership is older than the movie TTL.
 */
export async function resolveMemberships(
  ids: readonly number[],
  metadata: MovieMetadataSource,
  ctx: RunContext,
  options: MembershipOptions,
): Promise<Memberships> {
  const scope = metadata.cacheScope;
  const { signal } = ctx;
  const nowMs = ctx.now.getTime();
  const owned = new Set(ids);
  const known = new Map<number, number | null>();
  const listedBy = new Map<number, number>();
  const mustLookUp = new Set<number>();
  const notFound = new Set<number>();
  const queued = new Set<number>();
  const collectionQueue: number[] = [];
  const collections: Collection[] = [];
  const failedCollections: Memberships['failedCollections'] = [];
  const started = new Set<number>();
  const late: number[] = [];
  const settled = new Set<number>();
  const settle = (id: number): void => {
    if (settled.has(id)) return;
    settled.add(id);
    options.onSettled();
  };

  const learn = (id: number, collection: number | null): void => {
    known.set(id, collection);
    if (collection === null || options.ignoredCollections.has(collection) || queued.has(collection)) return;
    queued.add(collection);
    collectionQueue.push(collection);
  };

  // What the cache already knows: a movie's own answer first, then a membership a listing gave.
  for (const id of ids) {
    const own = await ctx.lookup.peek<MovieDetails>('tmdb_movie', `${scope}:${id}`);
    if (own !== undefined) {
      if (own.value === null) notFound.add(id);
      else learn(id, own.value.collection?.tmdbId ?? null);
      continue;
    }
    if (!options.skipListed) continue;
    const listed = await ctx.lookup.peek<ListedMembership>('tmdb_membership', `${scope}:${id}`);
    if (!listed?.value) continue;
    if (nowMs >= listed.value.checkAfter) mustLookUp.add(id);
    else {
      listedBy.set(id, listed.value.collection);
      learn(id, listed.value.collection);
    }
  }

  const remember = (id: number, collection: number): Promise<void> => {
    const key = `${scope}:${id}`;
    const hours = ctx.ttls.tmdbMovie;
    const checkAfter = nowMs + hours * 3_600_000 * (1 - ctx.jitter * keyFraction(`tmdb_membership:${key}`));
    // Kept twice the movie TTL: past `checkAfter` it says "look this movie up itself".
    return ctx.lookup.store<ListedMembership>('tmdb_membership', key, { collection, checkAfter }, hours * 2);
  };

  const fetchCollection = async (id: number): Promise<void> => {
    try {
      const collection = await ctx.lookup<Collection>(
        'tmdb_collection',
        `${scope}:${id}`,
        ctx.ttls.tmdbCollection,
        () => metadata.getCollection(id, { signal }),
      );
      if (!collection) {
        ctx.warnings.add({
          code: 'tmdb-not-found',
          message: `TMDB has no collection ${id}; it was skipped.`,
          service: 'tmdb',
          item: `collection:${id}`,
        });
        return;
      }
      collections.push(collection);
      if (!options.skipListed) return;
      for (const part of collection.parts) {
        const partId = part.tmdbId;
        if (!owned.has(partId) || notFound.has(partId)) continue;
        const before = listedBy.get(partId);
        if (before !== undefined && before !== id && !mustLookUp.has(partId)) {
          // Listed by two collections: only the movie's own answer says which one it belongs to.
          mustLookUp.add(partId);
          late.push(partId);
        }
        if (known.has(partId) || mustLookUp.has(partId) || started.has(partId)) continue;
        listedBy.set(partId, id);
        learn(partId, id);
        settle(partId);
        await remember(partId, id);
      }
    } catch (error) {
      ctx.itemFailed(error, { item: `collection ${id}`, service: 'tmdb', action: 'Fetching' }, false);
      failedCollections.push({ id, error });
    }
  };

  const lookUpMovie = async (id: number): Promise<void> => {
    try {
      const details = await ctx.lookup<MovieDetails>('tmdb_movie', `${scope}:${id}`, ctx.ttls.tmdbMovie, () =>
        metadata.getMovie(id, { signal }),
      );
      if (details === null) notFound.add(id);
      else learn(id, details.collection?.tmdbId ?? null);
    } catch (error) {
      ctx.itemFailed(error, { item: options.label(id), service: 'tmdb', action: 'Looking up' });
    } finally {
      settle(id);
    }
  };

  // Movies whose membership must be confirmed go first; the rest in an order that keeps neighbours apart.
  const order = [...mustLookUp, ...spread(ids.filter((id) => !mustLookUp.has(id)))];
  let cursor = 0;
  const nextMovie = (): number | undefined => {
    while (late.length > 0 || cursor < order.length) {
      const id = (late.length > 0 ? late.shift() : order[cursor++]) as number;
      if (started.has(id) || notFound.has(id)) continue;
      if (known.has(id) && !mustLookUp.has(id)) continue;
      started.add(id);
      return id;
    }
    return undefined;
  };
  for (const id of ids) if (notFound.has(id) || (known.has(id) && !mustLookUp.has(id))) settle(id);
  const worker = async (): Promise<void> => {
    for (;;) {
      throwIfAborted(signal);
      const collection = collectionQueue.shift();
      if (collection !== undefined) {
        await fetchCollection(collection);
        continue;
      }
      const id = nextMovie();
      if (id === undefined) return;
      await lookUpMovie(id);
    }
  };
  const workers = Math.max(1, Math.min(ctx.concurrency, MEMBERSHIP_CONCURRENCY));
  await Promise.all(Array.from({ length: workers }, worker));
  const skipped = ids.filter((id) => listedBy.has(id) && !started.has(id)).length;
  return { notFound, collections, failedCollections, skipped };
}
