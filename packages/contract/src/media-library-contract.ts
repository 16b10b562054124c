import type { MediaLibrary } from '@complexionist/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MediaLibraryFixtures } from './fixtures.js';
import { expectAbortRejects, type MakeSource } from './shared.js';

/** Records `onPage` calls of a listing. */
function pages(): { calls: Array<[number, number]>; onPage: (read: number, total: number) => void } {
  const calls: Array<[number, number]> = [];
  return { calls, onPage: (read, total) => calls.push([read, total]) };
}

/** The semantics every {@link MediaLibrary} (Plex adapter, demo) must have. */
export function mediaLibraryContract(
  name: string,
  make: MakeSource<MediaLibrary, MediaLibraryFixtures>,
): void {
  describe(`${name} satisfies the MediaLibrary contract`, () => {
    let library: MediaLibrary;
    let fx: MediaLibraryFixtures;
    beforeEach(async () => {
      ({ source: library, fixtures: fx } = await make());
    });

    it('lists the movie and show sections with their types', async () => {
      const sections = await library.listSections();
      expect(sections).toContainEqual(
        expect.objectContaining({ key: fx.movieSection.key, title: fx.movieSection.title, type: 'movie' }),
      );
      expect(sections).toContainEqual(
        expect.objectContaining({ key: fx.showSection.key, title: fx.showSection.title, type: 'show' }),
      );
    });

    it('names the agent of each show section: it decides the default ordering (issue 14)', async () => {
      const sections = await library.listSections();
      expect(sections).toContainEqual(
        expect.objectContaining({ key: fx.showSection.key, agent: fx.showSection.agent }),
      );
    });

    it('lists every movie of a section, each with its ids and section key, reporting pages', async () => {
      const progress = pages();
      const movies = await library.listMovies(fx.movieSection.key, { onPage: progress.onPage });
      expect(movies).toHaveLength(fx.movieSection.movieCount);
      for (const m of movies) {
        expect(m).toMatchObject({
          ratingKey: expect.any(String),
          title: expect.any(String),
          ids: expect.any(Object),
          sectionKey: fx.movieSection.key,
        });
      }
      expect(new Set(movies.map((m) => m.ratingKey)).size).toBe(movies.length);
      expect(progress.calls.at(-1)).toEqual([movies.length, movies.length]);
    });

    it('lists every show and every episode of a section; each episode points at a listed show', async () => {
      const progress = pages();
      const shows = await library.listShows(fx.showSection.key, { onPage: progress.onPage });
      const episodes = await library.listEpisodes(fx.showSection.key);
      expect(shows).toHaveLength(fx.showSection.showCount);
      expect(episodes).toHaveLength(fx.showSection.episodeCount);
      expect(progress.calls.at(-1)).toEqual([shows.length, shows.length]);
      const keys = new Set(shows.map((s) => s.ratingKey));
      for (const ep of episodes) {
        expect(keys.has(ep.showRatingKey)).toBe(true);
        expect(Array.isArray(ep.files)).toBe(true);
      }
    });

    it("reads the section's default episode ordering", async () => {
      expect(await library.getDefaultOrdering(fx.showSection.key)).toBe(fx.showSection.defaultOrdering);
    });

    it("an aborted call rejects with the signal's reason", async () => {
      await expectAbortRejects((signal) => library.listMovies(fx.movieSection.key, { signal }));
    });
  });
}
