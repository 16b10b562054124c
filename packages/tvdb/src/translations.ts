import type { EpisodeList } from '@complexionist/core';
import type * as v from 'valibot';
import { MAX_PAGES } from './episodes.js';
import type { translatedPageSchema } from './schemas.js';

type Page = v.InferOutput<typeof translatedPageSchema>;

/**
 * Episode names in one language from every page of `/series/{id}/episodes/{type}/{lang}`, by episode id.
 * Null names (no translation) are left out, and so is a repeated id (TVDB has sent one episode twice with
 * stale text, v4-api#290: the first wins). Paging stops like the untranslated listing: `links.next` null,
 * an empty or repeated page, or {@link MAX_PAGES}. `null` when the first page is not found (TVDB answers
 * 404 for some series/language pairs, v4-api#323).
 */
export async function readTranslatedNames(
  fetchPage: (page: number) => Promise<Page | null>,
): Promise<Map<number, string> | null> {
  const names = new Map<number, string>();
  const seen = new Set<number>();
  let previousFirst: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await fetchPage(page);
    if (body === null) {
      if (page === 0) return null;
      break;
    }
    const records = body.data?.episodes ?? body.data?.series?.episodes ?? [];
    if (records.length === 0 || records[0]!.id === previousFirst) break;
    previousFirst = records[0]!.id;
    for (const record of records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const name = record.name?.trim();
      if (name) names.set(record.id, name);
    }
    if (!body.links?.next) break;
  }
  return names;
}

/** `list` with each episode's title in the translation when it has one, else its original title. */
export function withTranslatedTitles(list: EpisodeList, names: ReadonlyMap<number, string>): EpisodeList {
  const episodes = list.episodes.map((ep) => {
    const name = ep.id === undefined ? undefined : names.get(ep.id);
    return name === undefined ? ep : { ...ep, title: name };
  });
  return { episodes, ended: list.ended };
}
