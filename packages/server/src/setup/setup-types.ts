import type { PickedConnection, PlexPin, PlexServerResource } from '@complexionist/plex';

import type { KeyService } from '@complexionist/runtime';

/** A service the setup page can enter a key for (runtime's `checkServiceKey` tests it). */
export type { KeyService };

/** What is configured, without any secret: what the setup page shows and whether it opens by itself. */
export interface SetupStatus {
  plex: { configured: boolean; url: string | null };
  tmdb: { configured: boolean };
  tvdb: { configured: boolean };
  radarr: { configured: boolean; url: string | null };
  sonarr: { configured: boolean; url: string | null };
  /** A scan cannot run yet (no Plex server or no TMDB key): the page opens the setup. */
  needed: boolean;
}

/** The parts of the plex.tv client the sign-in uses. */
export interface SetupPlexTv {
  createPin(): Promise<PlexPin>;
  authUrl(pin: PlexPin): string;
  pollPin(pin: PlexPin, options: { signal: AbortSignal }): Promise<string>;
  listServers(token: string): Promise<PlexServerResource[]>;
  pickConnection(server: PlexServerResource, options?: { signal?: AbortSignal }): Promise<PickedConnection>;
}

/**
 * Setup from the page, saved as `complexionist auth` saves: secrets to `<home>/.env` (0600), other settings to
 * the YAML file, then the configuration is read again so the next scan uses them without a restart.
 */
export interface SetupService {
  status(): SetupStatus;
  /** A plex.tv client for the sign-in (its URL and this installation's client identifier). */
  plexTv(): Promise<SetupPlexTv>;
  /** Checks a key with its service; resolves to what answered ("Radarr 5.2.6"), rejects with a typed error. */
  testKey(service: KeyService, input: { key: string; pin?: string; url?: string }): Promise<string>;
  /** Saves settings (`plex.url`, `plex.token`, …) and reloads; resolves to the files written. */
  save(settings: Record<string, string>): Promise<string[]>;
}
