import type { World } from '../world/types.js';

/** The part that {@link worldChanges} adds to the Alien collection (TMDB movie 1400003). */
export const NEW_COLLECTION_PART = { tmdbId: 1400003, title: 'Alien: Earthbound', releaseDate: '2025-03-01' };

/** The episode that {@link worldChanges} airs: Abbott Elementary (TMDB 125935), after its last one. */
export const NEW_EPISODE = { tmdbShowId: 125935, tmdbEpisodeId: 9_900_001, title: 'Field Trip' };

/**
 * Lets a test change a world while the fakes serve it, for "what is new since the last scan": call it before
 * `startFakeServices(world, { mutableWorld: true })` (the new film must be known to the TMDB fake), then
 * `addCollectionPart()` and `airNewEpisode(date)` between two scans. Mutates the world in place.
 */
export function worldChanges(world: World) {
  world.tmdb.movies.push({
    id: NEW_COLLECTION_PART.tmdbId,
    title: NEW_COLLECTION_PART.title,
    releaseDate: NEW_COLLECTION_PART.releaseDate,
    imdbId: null,
    status: 'Released',
    collectionId: 8091,
    posterPath: null,
  });
  return {
    /** TMDB lists a new part of the Alien collection (which the library does not have). */
    addCollectionPart(): void {
      const alien = world.tmdb.collections.find((c) => c.id === 8091);
      if (!alien) throw new Error('the world has no Alien collection');
      alien.partIds.push(NEW_COLLECTION_PART.tmdbId);
    },
    /**
     * TMDB lists a new Abbott Elementary episode after the last one, aired on `aired` (`YYYY-MM-DD`; pick a day
     * older than the recent-episode threshold so it counts). Returns its season and number.
     */
    airNewEpisode(aired: string): { season: number; episode: number } {
      const show = world.tmdb.shows.find((s) => s.id === NEW_EPISODE.tmdbShowId);
      const season = show?.seasons.filter((s) => s.seasonNumber > 0).at(-1);
      if (!season) throw new Error('the world has no Abbott Elementary season');
      const episode = Math.max(0, ...season.episodes.map((e) => e.episodeNumber)) + 1;
      season.episodes.push({
        id: NEW_EPISODE.tmdbEpisodeId,
        episodeNumber: episode,
        name: NEW_EPISODE.title,
        airDate: aired,
        episodeType: 'standard',
      });
      return { season: season.seasonNumber, episode };
    },
  };
}
