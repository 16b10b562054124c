import {
  type CacheTtls,
  type EpisodeScanOptions,
  type MovieScanOptions,
  SCAN_OPTIONS,
  type ScanHalf,
  type ScanOptionName,
  scanOptionNames,
} from '@complexionist/core';
import { camelPath } from './schema.js';
import type { Config } from './types.js';

/** The configured value of a scan option: its setting read from `config`, turned round when negated. */
function configuredValue(config: Config, name: ScanOptionName): unknown {
  const setting: { key: string; negated?: boolean } = SCAN_OPTIONS[name].setting;
  let value: unknown = config;
  for (const part of camelPath(setting.key)) value = (value as Record<string, unknown>)[part];
  if (setting.negated) return !value;
  return Array.isArray(value) ? [...value] : value;
}

function configuredOptions(config: Config, half: ScanHalf): Record<string, unknown> {
  return {
    ...Object.fromEntries(scanOptionNames(half).map((name) => [name, configuredValue(config, name)])),
    ignore: structuredClone(config.ignore),
  };
}

/**
 * Movie scan options of core from the configuration, each read from its setting in core's option table
 * (docs/options.md); `libraries` comes from the command line or the request.
 */
export function toMovieScanOptions(config: Config): MovieScanOptions {
  return configuredOptions(config, 'movies') as MovieScanOptions;
}

/** Episode scan options of core from the configuration (docs/options.md); `libraries` comes from the face. */
export function toEpisodeScanOptions(config: Config): EpisodeScanOptions {
  return configuredOptions(config, 'episodes') as EpisodeScanOptions;
}

/** Cache lifetimes in hours (`cache.ttl_hours.*`). */
export function toCacheTtls(config: Config): CacheTtls {
  return { ...config.cache.ttlHours };
}
