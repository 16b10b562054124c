import type { MovieMetadataSource } from '@complexionist/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MovieMetadataFixtures } from './fixtures.js';
import {
  expectAbortRejects,
  expectCacheScope,
  expectDateOrNull,
  expectLanguageScope,
  type MakeSource,
} from './shared.js';

/** The semantics every {@link MovieMetadataSource} (TMDB adapter, demo) must have. */
export function movieMetadataContract(
  name: string,
  make: MakeSource<MovieMetadataSource, MovieMetadataFixtures>,
): void {
  describe(`${name} satisfies the MovieMetadataSource contract`, () => {
    let source: MovieMetadataSource;
    let fx: MovieMetadataFixtures;
    beforeEach(async () => {
      ({ source, fixtures: fx } = await make());
    });

    it('has a cache scope', () => expectCacheScope(source.cacheScope));

    it('scopes its cache by the language of its titles', () =>
      expectLanguageScope(source.cacheScope, fx.language));

    it('a movie carries its id, title, release date and collection', async () => {
      const movie = await source.getMovie(fx.movieInCollection.tmdbId);
      expect(movie).toMatchObject({
        tmdbId: fx.movieInCollection.tmdbId,
        title: fx.movieInCollection.title,
        collection: { tmdbId: fx.collection.tmdbId, name: fx.collection.name },
      });
      expectDateOrNull(movie?.releaseDate);
    });

    it('a movie in no collection has collection null', async () => {
      expect((await source.getMovie(fx.movieWithoutCollection.tmdbId))?.collection).toBeNull();
    });

    it('an unknown movie is null, not an error', async () => {
      expect(await source.getMovie(fx.unknownMovieId)).toBeNull();
    });

    it('a collection lists its parts sorted by release date, empty dates last', async () => {
      const collection = await source.getCollection(fx.collection.tmdbId);
      expect(collection?.name).toBe(fx.collection.name);
      expect(collection?.parts.map((p) => p.tmdbId)).toEqual(fx.collection.partIds);
      const dates = collection?.parts.map((p) => p.releaseDate) ?? [];
      for (const date of dates) expectDateOrNull(date);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
      for (const part of collection?.parts ?? []) expect(part.title.length).toBeGreaterThan(0);
    });

    it('an unknown collection is null', async () => {
      expect(await source.getCollection(fx.unknownCollectionId)).toBeNull();
    });

    it('an IMDb id resolves to its TMDB movie id, an unknown one to null', async () => {
      expect(await source.findMovieByImdb(fx.imdb.imdbId)).toBe(fx.imdb.tmdbId);
      expect(await source.findMovieByImdb(fx.unknownImdbId)).toBeNull();
    });

    it("an aborted call rejects with the signal's reason", async () => {
      await expectAbortRejects((signal) => source.getMovie(fx.movieInCollection.tmdbId, { signal }));
    });
  });
}
