import type { ConfigError } from '@complexionist/core';
import type { Layer } from './layer.js';
import { CONFIG_KEYS, type ConfigKey, camelPath } from './schema.js';
import type { Config, ConfigSource, LoadedConfig } from './types.js';

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (value !== undefined) node[last] = Array.isArray(value) ? [...value] : value;
}

/**
 * Merges layers (lowest precedence first) over the defaults into a {@link Config}, and records where every
 * value came from. A later layer replaces a value as a whole (lists are not merged).
 */
export function buildConfig(layers: Layer[]): Pick<LoadedConfig, 'config' | 'sources' | 'unresolved'> {
  const config: Record<string, unknown> = {};
  const sources = {} as Record<ConfigKey, ConfigSource>;
  const unresolved: LoadedConfig['unresolved'] = {};
  for (const spec of CONFIG_KEYS) {
    const key: ConfigKey = spec.key;
    const fallback: unknown = 'default' in spec ? spec.default : undefined;
    let value = fallback;
    let source: ConfigSource =
      value === undefined ? { kind: 'unset', label: 'not set' } : { kind: 'default', label: 'default' };
    for (const layer of layers) {
      const hit = layer.get(key);
      if (!hit) continue;
      source = hit.source;
      // An unresolved `${VAR}` hides what lies below it (it was meant to win), leaving the default.
      value = hit.unresolved ? fallback : hit.value;
      if (hit.unresolved) unresolved[key] = hit.unresolved;
      else delete unresolved[key];
    }
    setPath(config, camelPath(key), value);
    sources[key] = source;
  }
  return { config: config as unknown as Config, sources, unresolved };
}

/**
 * Throws the error of the first setting `needs` selects whose `${VAR}` is not set (it names the variable,
 * the key and the file). A command calls it with the settings it uses, so a variable only some commands
 * need (a TVDB key for a movies-only user) stops only those.
 */
export function assertResolved(
  loaded: Pick<LoadedConfig, 'unresolved'>,
  needs: (key: ConfigKey) => boolean,
): void {
  for (const [key, error] of Object.entries(loaded.unresolved) as Array<[ConfigKey, ConfigError]>) {
    if (needs(key)) throw error;
  }
}

/** The configuration with nothing but defaults (no files, no environment), e.g. for `--demo`. */
export function defaultConfig(): Config {
  return buildConfig([]).config;
}
