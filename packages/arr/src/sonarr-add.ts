import type { ArrSeriesLookup } from './schemas.js';
import type { SonarrAddSeries } from './sonarr-client.js';
import type { ArrAddSettings } from './types.js';

/** What every add of one send shares: resolved ids and a phrase saying where things go. */
export interface SonarrAddContext {
  rootFolderPath: string;
  qualityProfileId: number;
  /** Sonarr v3 only. */
  languageProfileId: number | undefined;
  tagIds: number[];
  v4: boolean;
  /** e.g. `to /tv (HD-1080p)`. */
  how: string;
}

/**
 * The `POST /api/v3/series` body: the lookup result (Sonarr wants its title, seasons and images back)
 * with our choices on top. Every episode is added unmonitored (`monitor: 'none'`) and nothing is searched;
 * the missing episodes are monitored afterwards. On v4, `monitorNewItems: 'none'` keeps future episodes
 * unmonitored too, so the show ends up with exactly the episodes asked for.
 */
export function sonarrAddBody(
  lookup: ArrSeriesLookup,
  ctx: SonarrAddContext,
  settings: ArrAddSettings,
): SonarrAddSeries {
  const { id: _id, ...metadata } = lookup;
  return {
    ...metadata,
    tvdbId: lookup.tvdbId,
    title: lookup.title,
    qualityProfileId: ctx.qualityProfileId,
    rootFolderPath: ctx.rootFolderPath,
    ...(ctx.languageProfileId === undefined ? {} : { languageProfileId: ctx.languageProfileId }),
    monitored: settings.monitored ?? true,
    seasonFolder: true,
    tags: ctx.tagIds,
    ...(ctx.v4 ? { monitorNewItems: 'none' } : {}),
    addOptions: { monitor: 'none', searchForMissingEpisodes: false },
  };
}
