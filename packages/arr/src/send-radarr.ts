import { isComplexionistError } from '@complexionist/core';
import { errorDetail, isAlreadyThere } from './errors.js';
import { pickProfile, pickRootFolder } from './pick-defaults.js';
import type { RadarrClient } from './radarr-client.js';
import type { FilmToSend } from './select-gaps.js';
import { resolveTags } from './tags.js';
import type { ArrAddSettings, SendItem, SendOptions, SendOutcome } from './types.js';

/**
 * Adds the missing films Radarr lacks, by TMDB id. Radarr is asked first (`/system/status`: a refused key
 * or an unreachable Radarr stops here, before anything is sent), then about each film: one it already has
 * is skipped and left as it is (an unmonitored film stays unmonitored). The root folder and quality
 * profile are resolved only when something is to be added. Every film gets its own result; a failure
 * (refusal, lost connection) never stops the others. Repeating a send adds nothing twice: each film is
 * looked up before it is added, and a "has already been added" refusal counts as skipped.
 */
export async function sendToRadarr(
  radarr: RadarrClient,
  films: readonly FilmToSend[],
  settings: ArrAddSettings,
  options: SendOptions,
): Promise<SendOutcome> {
  await radarr.status();
  const items: SendItem[] = [];
  const toAdd: Array<{ film: FilmToSend; item: SendItem }> = [];
  for (const film of films) {
    options.signal?.throwIfAborted();
    const item: SendItem = {
      kind: 'film',
      key: `tmdb:${film.tmdbId}`,
      label: film.year === null ? film.title : `${film.title} (${film.year})`,
      status: 'planned',
      detail: '',
    };
    items.push(item);
    try {
      const existing = await radarr.movieByTmdbId(film.tmdbId);
      if (existing) {
        skip(item, `already in Radarr (${existing.monitored ? 'monitored' : 'unmonitored, left so'})`);
      } else toAdd.push({ film, item });
    } catch (error) {
      fail(item, error);
    }
  }
  if (toAdd.length === 0) return { service: 'radarr', dryRun: options.dryRun, items };

  const [folders, profiles] = await Promise.all([radarr.rootFolders(), radarr.qualityProfiles()]);
  const rootFolderPath = pickRootFolder('radarr', folders, settings.rootFolder);
  const profile = pickProfile('radarr', profiles, settings.qualityProfile);
  const tags = await resolveTags(radarr, settings.tags ?? [], options.dryRun);
  const monitored = settings.monitored ?? true;
  const search = settings.searchOnAdd ?? true;
  const how = [
    `to ${rootFolderPath} (${profile.name})`,
    monitored ? 'monitored' : 'unmonitored',
    ...(settings.tags?.length ? [`tags ${settings.tags.join(', ')}`] : []),
    ...(tags.missing.length ? [`creating tag ${tags.missing.join(', ')}`] : []),
  ].join(', ');
  for (const { film, item } of toAdd) {
    options.signal?.throwIfAborted();
    if (options.dryRun) {
      item.detail = `would add ${how}${search ? ', then search' : ''}`;
      continue;
    }
    try {
      const answer = await radarr.addMovie({
        tmdbId: film.tmdbId,
        title: film.title,
        ...(film.year === null ? {} : { year: film.year }),
        qualityProfileId: profile.id,
        rootFolderPath,
        monitored,
        minimumAvailability: 'released',
        tags: tags.ids,
        addOptions: { searchForMovie: search, monitor: 'movieOnly', addMethod: 'manual' },
      });
      if (answer.ok) {
        item.status = 'sent';
        item.detail = `added ${how}${search ? ', search started' : ''}`;
      } else if (isAlreadyThere(answer.status, answer.data)) skip(item, 'already in Radarr');
      else {
        item.status = 'failed';
        item.detail = `Radarr refused it (HTTP ${answer.status}${detailOf(answer.data)})`;
      }
    } catch (error) {
      fail(item, error);
    }
  }
  return { service: 'radarr', dryRun: options.dryRun, items };
}

function skip(item: SendItem, detail: string): void {
  item.status = 'skipped';
  item.detail = detail;
}

/** A per-item failure: expected errors keep their message (which names cause and fix); others are rethrown. */
export function fail(item: SendItem, error: unknown): void {
  if (!isComplexionistError(error)) throw error;
  item.status = 'failed';
  item.detail = error.message;
}

function detailOf(body: unknown): string {
  const text = errorDetail(body);
  return text ? `: ${text}` : '';
}
