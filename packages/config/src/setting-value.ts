import { camelPath } from './schema.js';
import type { Config } from './types.js';

/**
 * The value of setting `key` (`tvdb.pin`, `cache.ttl_hours.tmdb_movie`) in a loaded {@link Config}, found by
 * the same camelCase path the loader writes it to; undefined when unset.
 */
export function settingValue(config: Config, key: string): unknown {
  return camelPath(key).reduce<unknown>(
    (node, part) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
    config,
  );
}
