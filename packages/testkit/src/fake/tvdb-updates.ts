import type { World } from '../world/types.js';

/** Series records the real feed lists per day (api-notes §8.2.1: ≈1.7–1.9 k), most of them not ours. */
export const TVDB_UPDATES_PER_DAY = 1800;
/** Records per `/updates` page (`links.page_size`). */
export const TVDB_UPDATES_PAGE_SIZE = 500;
/** Ids of the feed's other series start here, far above any generated series. */
const OTHER_SERIES = 90_000_000;

/**
 * The body of `GET /updates?since=<epoch s>&type=series&page=N` as of the world's day: every series whose
 * `lastUpdated` is at or after `since`, among {@link TVDB_UPDATES_PER_DAY} a day of other series, as the real
 * feed carries the whole of TVDB. Pages are 0-based; `links.next` is null on the last one.
 */
export function updatesPage(world: World, sinceS: number, page: number, url: (page: number) => string) {
  const nowS = Math.floor(new Date(world.now ?? Date.now()).getTime() / 1000);
  const ours = world.tvdb.series.filter(
    (s) => s.lastUpdated !== undefined && Date.parse(s.lastUpdated) / 1000 >= sinceS,
  );
  const others = Math.max(0, Math.round(((nowS - sinceS) / 86_400) * TVDB_UPDATES_PER_DAY));
  const total = ours.length + others;
  const from = page * TVDB_UPDATES_PAGE_SIZE;
  const to = Math.min(total, from + TVDB_UPDATES_PAGE_SIZE);
  const data = [];
  for (let i = from; i < to; i++) {
    const series = ours[i];
    const id = series ? series.id : OTHER_SERIES + ((sinceS + i * 7919) % 5_000_000);
    const at = series?.lastUpdated ? Math.floor(Date.parse(series.lastUpdated) / 1000) : nowS;
    data.push({ recordId: id, method: 'update', methodInt: 2, timeStamp: at, entityType: 'series' });
  }
  return {
    status: 'success',
    data: total === 0 ? null : data,
    links: {
      prev: page > 0 ? url(page - 1) : null,
      self: url(page),
      next: to < total ? url(page + 1) : null,
      total_items: total,
      page_size: total === 0 ? 0 : TVDB_UPDATES_PAGE_SIZE,
    },
  };
}
