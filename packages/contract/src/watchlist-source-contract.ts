import type { WatchlistItem, WatchlistSource } from '@complexionist/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAbortRejects, type MakeSource } from './shared.js';

/** What a watchlist source under test holds. */
export interface WatchlistFixtures {
  movieCount: number;
  showCount: number;
  /** One item exactly as the source must give it (ids parsed from its GUIDs). */
  sample: WatchlistItem;
  /** Title of an item with no external id (listed with empty `ids`), when the data has one. */
  withoutIds?: string;
}

/** The semantics every {@link WatchlistSource} (the Plex Discover adapter, an in-memory list) must have. */
export function watchlistSourceContract(
  name: string,
  make: MakeSource<WatchlistSource, WatchlistFixtures>,
): void {
  describe(`${name} satisfies the WatchlistSource contract`, () => {
    let source: WatchlistSource;
    let fx: WatchlistFixtures;
    beforeEach(async () => {
      ({ source, fixtures: fx } = await make());
    });

    it('lists every film and show once, each with a rating key, a type, a title and ids', async () => {
      const items = await source.listWatchlist();
      expect(items.filter((i) => i.type === 'movie')).toHaveLength(fx.movieCount);
      expect(items.filter((i) => i.type === 'show')).toHaveLength(fx.showCount);
      expect(new Set(items.map((i) => i.ratingKey)).size).toBe(items.length);
      for (const item of items) {
        expect(item).toMatchObject({
          ratingKey: expect.any(String),
          title: expect.any(String),
          ids: expect.any(Object),
        });
        if (item.releaseDate !== undefined) expect(item.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('gives each item its external ids, and an item without any with empty ids (never dropped)', async () => {
      const items = await source.listWatchlist();
      expect(items).toContainEqual(fx.sample);
      if (fx.withoutIds !== undefined) {
        expect(items.find((i) => i.title === fx.withoutIds)?.ids).toEqual({});
      }
    });

    it("an aborted call rejects with the signal's reason", async () => {
      await expectAbortRejects((signal) => source.listWatchlist({ signal }));
    });
  });
}
