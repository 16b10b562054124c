import type { EpisodeList } from '@complexionist/core';
import type * as v from 'valibot';
import { readPagedRecords } from './paging.js';
import type { translatedPageSchema } from './schemas.js';

type Page = v.InferOutput<typeof translatedPageSchema>;

/**
 * Episode names in one language from every page of `/series/{id}/episodes/{type}/{lang}`, by episode id.
 * Null names (no translation) are left out, and so is a repeated id (TVDB has sent one episode twice with
 * stale text, v4-api#290: the first wins). Paging stops like the untranslated listing (`readPagedRecords`). `null` when the first page is not found (TVDB answers
 * 404 for some series/language pairs, v4-api#323).
 */
export async function readTranslatedNames(
  fetchPage: (page: number) => Promise<Page | null>,
): Promise<Map<number, string> | null> {
  const records = await readPagedRecords(
    fetchPage,
    (body) => body.data?.episodes ?? body.data?.series?.episodes ?? [],
  );
  if (records === null) return null;
  const names = new Map<number, string>();
  for (const record of records) {
    const name = record.name?.trim();
    if (name) names.set(record.id, name);
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
