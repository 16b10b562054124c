/** Never read more pages than this (500 episodes each): a misbehaving server cannot keep a scan forever. */
export const MAX_PAGES = 100;

/** What every TVDB episode page has: records with an id, and a link to the next page. */
interface PagedBody {
  links?: { next?: string | null | undefined } | null | undefined;
}

/**
 * Reads the pages of a TVDB episode listing (0-based) and returns their records, de-duplicated by id (the
 * first wins: TVDB has sent one episode twice with stale text, v4-api#290). Stops at `links.next` null, an
 * empty page, a page that starts with the same record as the one before (TVDB once repeated pages past the
 * end), a missing later page, or {@link MAX_PAGES}. `null` when the first page is not found.
 */
export async function readPagedRecords<P extends PagedBody, R extends { id: number }>(
  fetchPage: (page: number) => Promise<P | null>,
  recordsOf: (body: P, page: number) => readonly R[],
): Promise<R[] | null> {
  const records: R[] = [];
  const seen = new Set<number>();
  let previousFirst: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await fetchPage(page);
    if (body === null) {
      if (page === 0) return null;
      break;
    }
    const onPage = recordsOf(body, page);
    if (onPage.length === 0 || onPage[0]!.id === previousFirst) break;
    previousFirst = onPage[0]!.id;
    for (const record of onPage) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
    if (!body.links?.next) break;
  }
  return records;
}
