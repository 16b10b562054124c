import type { ScanOptionName } from '@complexionist/core';
import { ARR_KEYS } from './arr-keys.js';
import { CACHE_KEYS } from './cache-keys.js';
import { PLEX_SERVER_KEYS } from './plex-servers.js';
import { scanOptionKey } from './scan-option-keys.js';
import type { ValueType } from './value-types.js';

/** One setting of docs/spec.md §6: its YAML key, environment variable, type and default. */
export interface KeySpec {
  /** Dotted snake_case key as written in config.yaml and given to `config --set`. */
  readonly key: string;
  /** Environment variable (also read from `.env` files). */
  readonly env?: string;
  readonly type: ValueType;
  /** Lowest allowed value of a number. */
  readonly min?: number;
  /** Highest allowed value of a number. */
  readonly max?: number;
  readonly default?: string | number | boolean | readonly never[];
  /** The scan option this setting holds, when it is one (defined in core's option table, docs/options.md). */
  readonly option?: ScanOptionName;
  /** Secrets are masked by `maskConfig` and are kept in `<home>/.env`, not in config.yaml. */
  readonly secret?: boolean;
  readonly description: string;
}

const spec = <const T extends readonly KeySpec[]>(specs: T): T => specs;

/** Every setting ComPlexionist reads, in the order `config --show` lists them. */
export const CONFIG_KEYS = spec([
  { key: 'plex.url', env: 'PLEX_URL', type: 'url', description: 'Address of the Plex Media Server' },
  {
    key: 'plex.token',
    env: 'PLEX_TOKEN',
    type: 'secret',
    secret: true,
    description: 'Plex token (X-Plex-Token)',
  },
  {
    key: 'plex.tv_url',
    env: 'PLEX_TV_URL',
    type: 'url',
    default: 'https://plex.tv',
    description: 'plex.tv address (PIN login, server list)',
  },
  {
    key: 'plex.insecure_tls',
    type: 'boolean',
    default: false,
    description: 'Trust a self-signed certificate of the Plex server',
  },
  ...PLEX_SERVER_KEYS,
  {
    key: 'tmdb.api_key',
    env: 'TMDB_API_KEY',
    type: 'secret',
    secret: true,
    description: 'TMDB v3 API key, or a v4 read-access token (sent as Bearer)',
  },
  {
    key: 'tmdb.url',
    env: 'TMDB_URL',
    type: 'url',
    default: 'https://api.themoviedb.org/3',
    description: 'TMDB API address',
  },
  {
    key: 'tvdb.api_key',
    env: 'TVDB_API_KEY',
    type: 'secret',
    secret: true,
    description: 'TheTVDB v4 API key',
  },
  {
    key: 'tvdb.pin',
    env: 'TVDB_PIN',
    type: 'secret',
    secret: true,
    description: 'TheTVDB subscriber PIN (user-supported keys only)',
  },
  {
    key: 'tvdb.url',
    env: 'TVDB_URL',
    type: 'url',
    default: 'https://api4.thetvdb.com/v4',
    description: 'TheTVDB API address',
  },
  // The scan options' settings are made from core's option table (docs/options.md), in `config --show` order.
  scanOptionKey('includeFuture'),
  scanOptionKey('includeSpecials'),
  scanOptionKey('recentThresholdHours'),
  scanOptionKey('episodeSource'),
  {
    key: 'options.language',
    env: 'COMPLEXIONIST_LANGUAGE',
    type: 'language',
    default: 'en',
    description:
      'Language of titles (BCP-47, e.g. en, de, pt-BR): TMDB titles and TVDB episode names where translated',
  },
  scanOptionKey('minCollectionSize'),
  scanOptionKey('minOwned'),
  scanOptionKey('excludeShows'),
  {
    key: 'ignore.collections',
    type: 'tmdb-ids',
    default: [],
    description: 'TMDB collection ids never reported',
  },
  {
    key: 'ignore.movies',
    type: 'tmdb-ids',
    default: [],
    description: 'TMDB movie ids never reported as missing',
  },
  {
    key: 'ignore.shows',
    type: 'show-ids',
    default: [],
    description: 'Shows never scanned: TVDB ids, or tmdb:N',
  },
  {
    key: 'ignore.episodes',
    type: 'episode-ids',
    default: [],
    description: 'Episodes never reported: "<show id>:S01E02"',
  },
  {
    key: 'cache.ttl_hours.tmdb_movie',
    type: 'hours',
    default: 1440,
    description: 'Hours a TMDB movie answer is reused',
  },
  {
    key: 'cache.ttl_hours.tmdb_collection',
    type: 'hours',
    default: 168,
    description: 'Hours a TMDB collection answer is reused',
  },
  {
    key: 'cache.ttl_hours.tvdb_episodes',
    type: 'hours',
    default: 24,
    description: 'Hours a TVDB episode list is reused',
  },
  {
    key: 'cache.ttl_hours.tmdb_episodes',
    type: 'hours',
    default: 24,
    description: 'Hours a TMDB episode list is reused',
  },
  {
    key: 'server.host',
    type: 'text',
    default: '127.0.0.1',
    description: 'Address `complexionist serve` listens on',
  },
  { key: 'server.port', type: 'port', default: 8787, description: 'Port `complexionist serve` listens on' },
  {
    key: 'server.api_key',
    env: 'COMPLEXIONIST_API_KEY',
    type: 'secret',
    secret: true,
    description: 'API key the server requires on /api (X-Api-Key header; ?apikey= on the list URLs only)',
  },
  {
    key: 'server.allowed_hosts',
    env: 'COMPLEXIONIST_ALLOWED_HOSTS',
    type: 'hosts',
    default: [],
    description:
      'Extra host names the server answers to (e.g. behind a reverse proxy); comma-separated in env',
  },
  {
    key: 'server.public_url',
    type: 'url',
    description: 'Address of the page as others reach it (notifications link to it)',
  },
  {
    key: 'server.schedule',
    type: 'cron',
    description: 'Scan on this cron schedule, e.g. "0 4 * * *" (server time zone or TZ); off when empty',
  },
  {
    key: 'server.history_size',
    type: 'whole',
    min: 1,
    default: 30,
    description: 'Reports of complete scans kept per type (for "what is new")',
  },
  {
    key: 'notifications',
    type: 'notification-targets',
    secret: true,
    default: [],
    description: 'Where to send "what is new" after a scan: a list of {type, url, token, on_failure}',
  },
  ...ARR_KEYS,
  ...CACHE_KEYS,
] as const);

/** A dotted snake_case setting key such as `options.min_owned`. */
export type ConfigKey = (typeof CONFIG_KEYS)[number]['key'];

const BY_KEY = new Map<string, KeySpec>(CONFIG_KEYS.map((s) => [s.key, s]));

/** The spec of a key, or undefined when the key does not exist. */
export function specOf(key: string): KeySpec | undefined {
  return BY_KEY.get(key);
}

/** True when `prefix` names a group of settings (`plex`, `cache.ttl_hours`), not a setting. */
export function isGroup(prefix: string): boolean {
  return CONFIG_KEYS.some((s) => s.key.startsWith(`${prefix}.`));
}

/** `cache.ttl_hours.tmdb_movie` → `['cache', 'ttlHours', 'tmdbMovie']`: the path in the camelCase {@link Config}. */
export function camelPath(key: string): string[] {
  return key.split('.').map((part) => part.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
}
