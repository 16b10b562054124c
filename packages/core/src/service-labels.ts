import type { ServiceName } from './errors.js';

/** How each service is named in messages (the HTTP client's errors and the scans' failures alike). */
export const SERVICE_LABELS: Readonly<Record<ServiceName, string>> = {
  plex: 'Plex',
  'plex.tv': 'plex.tv',
  tmdb: 'TMDB',
  tvdb: 'TheTVDB',
  radarr: 'Radarr',
  sonarr: 'Sonarr',
  notify: 'the notification target',
};
