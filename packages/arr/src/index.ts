/**
 * @complexionist/arr — Radarr and Sonarr v3 API clients, and the sends that act on a scan's gaps: add the
 * missing films to Radarr, monitor and search the missing episodes in Sonarr.
 */
export { addSettingsOf } from './add-settings.js';
export type { ArrClientOptions } from './arr-http.js';
export { ARR_LABELS, type ArrService, keyHint } from './errors.js';
export { pickProfile, pickRootFolder } from './pick-defaults.js';
export {
  activeSearchIds,
  type EpisodePlan,
  type EpisodeStep,
  orderingProblem,
  planEpisodes,
} from './plan-episodes.js';
export {
  createRadarrClient,
  type RadarrAddMovie,
  type RadarrClient,
  type RadarrClientOptions,
} from './radarr-client.js';
export type * from './schemas.js';
export { type FilmToSend, filmsToSend, type GapSelection, showsToSend } from './select-gaps.js';
export { sendToRadarr } from './send-radarr.js';
export { type SonarrSendOptions, sendToSonarr } from './send-sonarr.js';
export {
  createSonarrClient,
  type SonarrAddSeries,
  type SonarrClient,
  type SonarrClientOptions,
} from './sonarr-client.js';
export type { ArrAddSettings, SendItem, SendOptions, SendOutcome, SendStatus } from './types.js';
