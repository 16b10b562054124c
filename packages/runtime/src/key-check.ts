import type { Config } from '@complexionist/config';
import { ConfigError } from '@complexionist/core';
import { createTmdbClient } from '@complexionist/tmdb';
import { createTvdbClient } from '@complexionist/tvdb';
import { radarrClient, sonarrClient } from './arr-clients.js';

/** A service whose key `auth` and the page's setup test before saving it. */
export type KeyService = 'tmdb' | 'tvdb' | 'radarr' | 'sonarr';

/** The key to test, with the TVDB PIN or the Radarr/Sonarr address when given. */
export interface KeyToCheck {
  key: string;
  pin?: string;
  /** Radarr/Sonarr: where it is; default the configured `radarr.url` / `sonarr.url`. */
  url?: string;
}

/**
 * Asks the service whether it accepts `input.key` (TMDB and TVDB at their configured addresses, Radarr and
 * Sonarr with `GET /api/v3/system/status`) and answers what accepted it: `TMDB`, `TVDB`, `Radarr 5.14.0`.
 * A refused key is an `AuthError`, an unreachable service a `ConnectionError`; the one check `auth` and the
 * page's setup share, so they accept and refuse the same keys.
 */
export async function checkServiceKey(
  config: Config,
  service: KeyService,
  input: KeyToCheck,
): Promise<string> {
  if (service === 'tmdb') {
    await createTmdbClient({ apiKey: input.key, baseURL: config.tmdb.url }).validateKey();
    return 'TMDB';
  }
  if (service === 'tvdb') {
    await createTvdbClient({
      apiKey: input.key,
      ...(input.pin && { pin: input.pin }),
      baseURL: config.tvdb.url,
    }).validateKey();
    return 'TVDB';
  }
  const label = service === 'radarr' ? 'Radarr' : 'Sonarr';
  const url = input.url ?? config[service].url;
  if (!url) throw new ConfigError(`Enter the address of ${label} first.`);
  const create = service === 'radarr' ? radarrClient : sonarrClient;
  const { version } = await create({ url, apiKey: input.key }).status();
  return `${label} ${version}`;
}
