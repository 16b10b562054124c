import type { CacheStore } from '@complexionist/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** A clock the suite moves forward; pass `now` to the store under test. */
export interface ContractClock {
  now(): number;
}

/** Makes a fresh store on the given clock; `dispose` (optional) closes it after each test. */
export type MakeStore = (
  clock: ContractClock,
) => Promise<{ store: CacheStore; dispose?: () => void | Promise<void> }>;

/** The semantics every {@link CacheStore} must have. */
export function cacheStoreContract(name: string, make: MakeStore): void {
  describe(`${name} satisfies the CacheStore contract`, () => {
    let time = Date.UTC(2024, 0, 1);
    const clock: ContractClock = { now: () => time };
    let store: CacheStore;
    let dispose: (() => void | Promise<void>) | undefined;
    beforeEach(async () => {
      time = Date.UTC(2024, 0, 1);
      ({ store, dispose } = await make(clock));
    });
    afterEach(async () => {
      await dispose?.();
    });

    it('a miss is undefined', async () => {
      expect(await store.get('tmdb_movie', 'scope:1')).toBeUndefined();
    });

    it('get after set returns an equal value', async () => {
      const value = { tmdbId: 348, title: 'Alien³', parts: [{ id: 1, date: null }], ended: false };
      await store.set('tmdb_movie', 'scope:348', value, 3600);
      expect((await store.get('tmdb_movie', 'scope:348'))?.value).toEqual(value);
    });

    it('says when an entry was written, by the injected clock, when it says at all', async () => {
      await store.set('tmdb_movie', 'scope:1', 'x', 3600);
      time += 60_000;
      const { storedAt } = (await store.get('tmdb_movie', 'scope:1')) ?? {};
      if (storedAt !== undefined) expect(storedAt).toBe(time - 60_000);
    });

    it('a cached null (a remembered 404) differs from a miss', async () => {
      await store.set('tmdb_movie', 'scope:404', null, 3600);
      expect(await store.get('tmdb_movie', 'scope:404')).toMatchObject({ value: null });
    });

    it('namespaces are separate', async () => {
      await store.set('tmdb_movie', 'k', 1, 3600);
      expect(await store.get('tmdb_collection', 'k')).toBeUndefined();
    });

    it('a later set replaces the value', async () => {
      await store.set('tvdb_episodes', 'k', 'old', 3600);
      await store.set('tvdb_episodes', 'k', 'new', 3600);
      expect(await store.get('tvdb_episodes', 'k')).toMatchObject({ value: 'new' });
    });

    it('an entry expires after its TTL by the injected clock', async () => {
      await store.set('tmdb_movie', 'k', 'v', 60);
      time += 59_000;
      expect(await store.get('tmdb_movie', 'k')).toMatchObject({ value: 'v' });
      time += 2_000;
      expect(await store.get('tmdb_movie', 'k')).toBeUndefined();
    });

    it('delete, when offered, removes an entry', async () => {
      if (!store.delete) return;
      await store.set('tmdb_movie', 'k', 'v', 60);
      await store.delete('tmdb_movie', 'k');
      expect(await store.get('tmdb_movie', 'k')).toBeUndefined();
    });
  });
}
