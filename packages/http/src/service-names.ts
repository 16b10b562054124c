import type { ServiceName } from '@complexionist/core';

/** How each service is named in messages (defined in core, beside the service names). */
export { SERVICE_LABELS } from '@complexionist/core';

/** What to check when a service cannot be reached. */
export const REACH_HINTS: Readonly<Record<ServiceName, string>> = {
  plex: 'check that the server is running and that `plex.url` is right',
  'plex.tv': 'check the internet connection (and `plex.tv_url` if you changed it)',
  tmdb: 'check the internet connection (and `tmdb.url` if you changed it)',
  tvdb: 'check the internet connection (and `tvdb.url` if you changed it)',
  radarr: 'check that Radarr is running and that `radarr.url` is right',
  sonarr: 'check that Sonarr is running and that `sonarr.url` is right',
  notify: 'check the target URL under `notifications:` in config.yaml',
};
