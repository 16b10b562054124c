import type { ServiceName } from '@complexionist/core';
import type { RateOptions } from './types.js';

/**
 * Default pacing per service. TMDB allows roughly 40–50 requests/s and about 20 connections per address
 * (api-notes §3.3). TVDB publishes no limit: at most 8 requests in flight keeps us polite without a
 * per-second cap that would only slow long scans. A Plex server is the user's own machine, so only the
 * number of parallel requests is bounded.
 */
export const DEFAULT_RATES: Readonly<Record<ServiceName, Required<RateOptions>>> = Object.freeze({
  tmdb: { perSecond: 40, maxInFlight: 20 },
  tvdb: { perSecond: 0, maxInFlight: 8 },
  plex: { perSecond: 0, maxInFlight: 6 },
  'plex.tv': { perSecond: 5, maxInFlight: 4 },
  // Radarr and Sonarr run on the user's machine like Plex; adding sends few requests, one at a time.
  radarr: { perSecond: 0, maxInFlight: 4 },
  sonarr: { perSecond: 0, maxInFlight: 4 },
  // Notification targets get a few messages a day, one after another (Discord asks for sequential sends).
  notify: { perSecond: 0, maxInFlight: 1 },
});
