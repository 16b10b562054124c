import type { FakeServices } from '@complexionist/testkit';

/** Environment that points a CLI run at the fake services with valid credentials. */
export function liveEnv(fakes: FakeServices): Record<string, string> {
  return {
    PLEX_URL: fakes.plexUrl,
    PLEX_TOKEN: fakes.plexToken,
    PLEX_TV_URL: fakes.plexTvUrl,
    TMDB_URL: fakes.tmdbUrl,
    TMDB_API_KEY: fakes.tmdbKey,
    TVDB_URL: fakes.tvdbUrl,
    TVDB_API_KEY: fakes.tvdbKey,
  };
}
