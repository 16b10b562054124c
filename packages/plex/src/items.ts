import type { OwnedEpisode, OwnedMovie, OwnedShow } from '@complexionist/core';
import type * as v from 'valibot';
import { idsFromGuids } from './item-ids.js';
import type { episodeItem, movieItem, showItem } from './schemas.js';

/** Plex listing type numbers (`type=` query). */
export const PLEX_TYPE = { movie: 1, show: 2, episode: 4 } as const;

type MovieItem = v.InferOutput<typeof movieItem>;
type ShowItem = v.InferOutput<typeof showItem>;
type EpisodeItem = v.InferOutput<typeof episodeItem>;

/** Copies `value` onto `target[key]` only when defined (strict optional properties stay absent). */
function setIf<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** The `id`s of an item's `Guid` children (entries the schema could not read arrive as `{ id: '' }`). */
function guidIds(children: readonly { id: string }[]): string[] {
  const ids: string[] = [];
  for (const child of children) if (child.id !== '') ids.push(child.id);
  return ids;
}

function nonNegative(value: number | undefined): number | undefined {
  return value !== undefined && value >= 0 ? value : undefined;
}

/** A `type=1` item → {@link OwnedMovie}. */
export function toOwnedMovie(item: MovieItem, sectionKey: string): OwnedMovie {
  const movie: OwnedMovie = {
    ratingKey: item.ratingKey,
    title: item.title ?? '',
    ids: idsFromGuids(item.guid, guidIds(item.Guid)).ids,
    sectionKey,
  };
  setIf(movie, 'year', item.year);
  return movie;
}

/** A `type=2` item → {@link OwnedShow}; an empty `showOrdering` means "library default" and is dropped. */
export function toOwnedShow(item: ShowItem, sectionKey: string): OwnedShow {
  const { ids, conflictingTvdbIds, hamaMode } = idsFromGuids(item.guid, guidIds(item.Guid));
  const show: OwnedShow = { ratingKey: item.ratingKey, title: item.title ?? '', ids, sectionKey };
  setIf(show, 'hamaMode', hamaMode);
  setIf(show, 'year', item.year);
  if (conflictingTvdbIds.length > 0) show.conflictingTvdbIds = conflictingTvdbIds;
  const ordering = item.showOrdering?.trim();
  if (ordering) show.ordering = ordering;
  return show;
}

/**
 * A `type=4` item → {@link OwnedEpisode}. Ids come from the episode's own `Guid` children only: those are
 * episode-level ids, while a legacy `guid` (`…thetvdb://<series>/<s>/<e>`) names the *series*.
 * `files` lists every Part of every Media (versions and split files), each path once.
 */
export function toOwnedEpisode(item: EpisodeItem): OwnedEpisode {
  // Plain loops: this runs once per episode of the library (tens of thousands), usually for one file.
  const files: string[] = [];
  for (const media of item.Media)
    for (const part of media.Part) if (part.file && !files.includes(part.file)) files.push(part.file);
  const { ids } = idsFromGuids(undefined, guidIds(item.Guid));
  const episode: OwnedEpisode = { showRatingKey: item.grandparentRatingKey, files, ids };
  setIf(episode, 'season', nonNegative(item.parentIndex));
  setIf(episode, 'episode', nonNegative(item.index));
  return episode;
}
