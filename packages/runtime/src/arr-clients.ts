import {
  createRadarrClient,
  createSonarrClient,
  type RadarrClient,
  type SonarrClient,
} from '@complexionist/arr';
import { requestFetch } from '@complexionist/http';

/** Where a Radarr or Sonarr is and its key (`radarr.url` / `radarr.api_key`, or a command's flags). */
export interface ArrAccess {
  url: string;
  apiKey: string;
}

/** A Radarr client reading through the same transport as every other live client (`requestFetch`). */
export function radarrClient(access: ArrAccess): RadarrClient {
  return createRadarrClient({ ...access, fetch: requestFetch });
}

/** A Sonarr client reading through the same transport as every other live client (`requestFetch`). */
export function sonarrClient(access: ArrAccess): SonarrClient {
  return createSonarrClient({ ...access, fetch: requestFetch });
}
