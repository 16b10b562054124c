import type { CacheTtls, ConfigError, EpisodeSourceChoice, IgnoreList } from '@complexionist/core';
import type { CacheFreshnessConfig } from './cache-keys.js';
import type { NotificationTarget } from './notification-targets.js';
import type { PlexServerConfig } from './plex-servers.js';
import type { ConfigKey } from './schema.js';

/**
 * The resolved configuration (docs/spec.md §6), camelCased. Settings without a value and without a default
 * are absent.
 */
export interface Config {
  plex: {
    url?: string;
    token?: string;
    tvUrl: string;
    insecureTls: boolean;
    /** More servers (`plex.servers`); {@link plexServersOf} gives every configured server. */
    servers: PlexServerConfig[];
    accountToken?: string;
    discoverUrl: string;
  };
  tmdb: { apiKey?: string; url: string };
  tvdb: { apiKey?: string; pin?: string; url: string };
  options: {
    excludeFuture: boolean;
    excludeSpecials: boolean;
    recentThresholdHours: number;
    episodeSource: EpisodeSourceChoice;
    /** BCP-47 tag of the language of titles (TMDB `language`, TVDB episode translations). */
    language: string;
    minCollectionSize: number;
    minOwned: number;
  };
  exclusions: { shows: string[] };
  ignore: IgnoreList;
  cache: { ttlHours: CacheTtls } & CacheFreshnessConfig;
  server: {
    host: string;
    port: number;
    apiKey?: string;
    allowedHosts: string[];
    publicUrl?: string;
    /** A cron expression; absent means no scheduled scans. */
    schedule?: string;
    historySize: number;
  };
  notifications: NotificationTarget[];
  radarr: ArrConfig;
  sonarr: ArrConfig;
}

/** `radarr.*` / `sonarr.*`: where the service is and the defaults of what `send` adds. */
export interface ArrConfig {
  url?: string;
  apiKey?: string;
  rootFolder?: string;
  qualityProfile?: string;
  monitored: boolean;
  searchOnAdd: boolean;
  tags: string[];
}

/** Where a setting's value came from (for `config --show`). */
export interface ConfigSource {
  kind: 'default' | 'unset' | 'yaml' | 'dotenv' | 'env' | 'flag';
  /** For people: `default`, `not set`, `/home/me/.complexionist/config.yaml:4`, `environment (PLEX_URL)`, … */
  label: string;
  /** The file, for `yaml` and `dotenv`. */
  file?: string;
}

/** A configuration file that was looked at. */
export interface ConfigFileInfo {
  path: string;
  kind: 'yaml' | 'dotenv';
  exists: boolean;
}

/** The result of `loadConfig`. */
export interface LoadedConfig {
  config: Config;
  /** Source of every setting, by dotted snake_case key. */
  sources: Record<ConfigKey, ConfigSource>;
  /**
   * Settings whose YAML value refers to a variable that is not set, with the error naming it. Such a
   * setting has its default (or none); `assertResolved` stops the commands that need it.
   */
  unresolved: Partial<Record<ConfigKey, ConfigError>>;
  /** Files read, highest precedence first. */
  files: ConfigFileInfo[];
  home: string;
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** Folder whose `./config.yaml` and `./.env` are read. */
  cwd: string;
  /** Environment variables (usually `process.env`). */
  env: Record<string, string | undefined>;
  /** `<home>`; defaults to {@link resolveHome}(env). */
  home?: string;
  /** `--config FILE`: read this YAML instead of `./config.yaml` and `<home>/config.yaml`. */
  configFile?: string;
  /** Command-line flags as dotted snake_case keys, e.g. `{ 'options.min_owned': 2 }`. Undefined values are skipped. */
  overrides?: Record<string, unknown>;
}
