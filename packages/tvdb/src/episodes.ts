import type { EpisodeList, ReferenceEpisode } from '@complexionist/core';
import type * as v from 'valibot';
import { readPagedRecords } from './paging.js';
import type { episodesPageSchema } from './schemas.js';

type Page = v.InferOutput<typeof episodesPageSchema>;

/**
 * Reads every page of a season-type listing (0-based; paging and de-duplication by id as in
 * `readPagedRecords`). Episodes without a season or an episode
 * number cannot be compared and are left out. `null` when the first page is not found. Also gives the series'
 * original language (from the first page), so a translation is asked for only when it can differ.
 */
export async function readAllPages(
  fetchPage: (page: number) => Promise<Page | null>,
): Promise<(EpisodeList & { originalLanguage: string | null }) | null> {
  let ended = false;
  let originalLanguage: string | null = null;
  const records = await readPagedRecords(fetchPage, (body, page) => {
    if (page === 0) {
      ended = body.data.series?.status?.name === 'Ended';
      originalLanguage = body.data.series?.originalLanguage ?? null;
    }
    return body.data.episodes ?? [];
  });
  if (records === null) return null;
  const episodes: ReferenceEpisode[] = [];
  for (const record of records) {
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
  episodes.sort((a, b) => a.season - b.season || a.episode - b.episode);
  return { episodes, ended, originalLanguage };
}
