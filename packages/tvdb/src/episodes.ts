import type { EpisodeList, ReferenceEpisode } from '@complexionist/core';
import type * as v from 'valibot';
import type { episodesPageSchema } from './schemas.js';

type Page = v.InferOutput<typeof episodesPageSchema>;

/** Never read more pages than this (500 episodes each): a misbehaving server cannot keep a scan forever. */
export const MAX_PAGES = 100;

/**
 * Reads every page of a season-type listing (0-based). Stops at `links.next` null, an empty page, a page
 * that starts with the same episode as the one before (TVDB once repeated pages past the end), a missing
 * later page, or {@link MAX_PAGES}. Episodes are de-duplicated by id; those without a season or an episode
 * number cannot be compared and are left out. `null` when the first page is not found. Also gives the series'
 * original language (from the first page), so a translation is asked for only when it can differ.
 */
export async function readAllPages(
  fetchPage: (page: number) => Promise<Page | null>,
): Promise<(EpisodeList & { originalLanguage: string | null }) | null> {
  const episodes: ReferenceEpisode[] = [];
  const seen = new Set<number>();
  let ended = false;
  let originalLanguage: string | null = null;
  let previousFirst: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await fetchPage(page);
    if (body === null) {
      if (page === 0) return null;
      break;
    }
    if (page === 0) {
      ended = body.data.series?.status?.name === 'Ended';
      originalLanguage = body.data.series?.originalLanguage ?? null;
    }
    const records = body.data.episodes ?? [];
    if (records.length === 0 || records[0]!.id === previousFirst) break;
    previousFirst = records[0]!.id;
    for (const record of records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      if (typeof record.seasonNumber !== 'number' || typeof record.number !== 'number') continue;
      const episode: ReferenceEpisode = {
        season: record.seasonNumber,
        episode: record.number,
        title: record.name ?? null,
        aired: record.aired ? record.aired : null,
        id: record.id,
      };
      // 0 means "unknown" on TVDB.
      if (record.absoluteNumber) episode.absolute = record.absoluteNumber;
      episodes.push(episode);
    }
    if (!body.links?.next) break;
  }
  episodes.sort((a, b) => a.season - b.season || a.episode - b.episode);
  return { episodes, ended, originalLanguage };
}
