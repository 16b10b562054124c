import * as v from 'valibot';

/** Days back TVDB's `/updates` is trusted to reach (≈90 days were seen accepted, v4-api#273; we stay well inside). */
export const TVDB_UPDATES_WINDOW_DAYS = 30;
/** Never read more than this many pages of 500 records (≈1.8 k series change a day: 4 pages). */
export const MAX_UPDATE_PAGES = 400;

/** One page of `GET /updates?since=…&type=series&page=N` (api-notes §8.2.1); only what is read. */
export const updatesPageSchema = v.object({
  data: v.nullish(
    v.array(
      v.object({
        recordId: v.nullish(v.number()),
        seriesId: v.nullish(v.number()),
        entityType: v.nullish(v.string()),
      }),
    ),
  ),
  links: v.nullish(v.object({ next: v.nullish(v.string()) })),
});

/**
 * Reads every page of the series updates since `since` (0-based pages, following `links.next`) and returns
 * the series ids, deduplicated. A series record's id is `recordId`; an episode record names its series in
 * `seriesId`. `fetchPage` resolves null on a 404 (no page): treated as the end.
 */
export async function readSeriesUpdates(
  fetchPage: (page: number) => Promise<v.InferOutput<typeof updatesPageSchema> | null>,
): Promise<number[]> {
  const ids = new Set<number>();
  for (let page = 0; page < MAX_UPDATE_PAGES; page++) {
    const body = await fetchPage(page);
    const records = body?.data ?? [];
    for (const record of records) {
      const id = record.entityType === 'series' ? record.recordId : (record.seriesId ?? null);
      if (typeof id === 'number') ids.add(id);
    }
    if (!body?.links?.next || records.length === 0) break;
  }
  return [...ids];
}
