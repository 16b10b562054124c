import { ConfigError } from '@complexionist/core';
import type { ScanKind } from '../shared/scan-command-options.js';

/** The credential settings a scan needs (already merged from flags, env, .env and YAML). */
export interface ScanCredentials {
  plexUrl?: string | undefined;
  plexToken?: string | undefined;
  tmdbKey?: string | undefined;
  tvdbKey?: string | undefined;
}

const PLEX_FIX = 'Run `complexionist auth plex --login`, or set PLEX_URL and PLEX_TOKEN.';

function present(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * Fails before any request when a scan cannot work: Plex URL and token always; a TMDB key for movies;
 * a TVDB or a TMDB key for episodes. Each message names the setting, its variable and the command that
 * sets it (exit code 2).
 */
export function checkCredentials(kind: ScanKind, credentials: ScanCredentials): void {
  const missingPlex = [
    present(credentials.plexUrl) ? '' : 'plex.url',
    present(credentials.plexToken) ? '' : 'plex.token',
  ].filter(Boolean);
  if (missingPlex.length > 0) {
    throw new ConfigError(
      `Plex is not set up: ${missingPlex.join(' and ')} ${missingPlex.length > 1 ? 'are' : 'is'} missing.`,
      {
        service: 'plex',
        hint: PLEX_FIX,
      },
    );
  }
  const wantsMovies = kind !== 'episodes';
  if (wantsMovies && !present(credentials.tmdbKey)) {
    throw new ConfigError(
      'TMDB API key is missing: set tmdb.api_key (complexionist auth tmdb --key KEY) or TMDB_API_KEY.',
      { service: 'tmdb', hint: 'Get a free key at https://www.themoviedb.org/settings/api.' },
    );
  }
  if (kind !== 'movies' && !present(credentials.tvdbKey) && !present(credentials.tmdbKey)) {
    throw new ConfigError(
      'No episode source: set tvdb.api_key (complexionist auth tvdb --key KEY, or TVDB_API_KEY) or ' +
        'tmdb.api_key (complexionist auth tmdb --key KEY, or TMDB_API_KEY).',
      { hint: 'Either key works; with both, each show follows the ordering Plex uses for it.' },
    );
  }
}
