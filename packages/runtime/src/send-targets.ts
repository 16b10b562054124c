import {
  addSettingsOf,
  type FilmToSend,
  type SendOutcome,
  sendToRadarr,
  sendToSonarr,
} from '@complexionist/arr';
import type { ArrConfig } from '@complexionist/config';
import type { ShowGap } from '@complexionist/core';
import { radarrClient, sonarrClient } from './arr-clients.js';

/** Where `POST /api/send/*` sends (issue 17); a service that is not set up is absent. */
export interface SendTargets {
  radarr?: (films: FilmToSend[], dryRun: boolean) => Promise<SendOutcome>;
  sonarr?: (shows: ShowGap[], dryRun: boolean) => Promise<SendOutcome>;
}

/** Builds the send targets from the `radarr.*` / `sonarr.*` settings: only services with a URL and a key. */
export function configSendTargets(config: { radarr: ArrConfig; sonarr: ArrConfig }): SendTargets {
  const targets: SendTargets = {};
  const { radarr, sonarr } = config;
  if (radarr.url && radarr.apiKey) {
    const client = radarrClient({ url: radarr.url, apiKey: radarr.apiKey });
    targets.radarr = (films, dryRun) => sendToRadarr(client, films, addSettingsOf(radarr), { dryRun });
  }
  if (sonarr.url && sonarr.apiKey) {
    const client = sonarrClient({ url: sonarr.url, apiKey: sonarr.apiKey });
    targets.sonarr = (shows, dryRun) => sendToSonarr(client, shows, addSettingsOf(sonarr), { dryRun });
  }
  return targets;
}
