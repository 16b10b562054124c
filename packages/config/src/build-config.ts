import type { Layer } from './layer.js';
import { CONFIG_KEYS, type ConfigKey, camelPath } from './schema.js';
import type { Config, ConfigSource } from './types.js';

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
export function buildConfig(layers: Layer[]): { config: Config; sources: Record<ConfigKey, ConfigSource> } {
  const config: Record<string, unknown> = {};
  const sources = {} as Record<ConfigKey, ConfigSource>;
  for (const spec of CONFIG_KEYS) {
    const key: ConfigKey = spec.key;
    let value: unknown = 'default' in spec ? spec.default : undefined;
    let source: ConfigSource =
      value === undefined ? { kind: 'unset', label: 'not set' } : { kind: 'default', label: 'default' };
    for (const layer of layers) {
      const hit = layer.get(key);
      if (hit) ({ value, source } = hit);
    }
    setPath(config, camelPath(key), value);
    sources[key] = source;
  }
  return { config: config as unknown as Config, sources };
}

/** The configuration with nothing but defaults (no files, no environment), e.g. for `--demo`. */
export function defaultConfig(): Config {
  return buildConfig([]).config;
}
