import { ConfigError } from '@complexionist/core';
import { type ConfigKey, type KeySpec, specOf } from './schema.js';
import { unknownKeyError } from './suggest.js';
import type { ConfigSource } from './types.js';
import { parseValue, type RawValue } from './value-types.js';

/** One checked value of one source. */
export interface LayerValue {
  value: unknown;
  source: ConfigSource;
  /** Set when the value refers to a variable that is not set: the error for whoever needs the setting. */
  unresolved?: ConfigError;
}

/** The values one source (a file, the environment, the flags) gives, by key. */
export type Layer = Map<ConfigKey, LayerValue>;

function shown(raw: RawValue): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Checks a raw value for a key and adds it to the layer, or throws a {@link ConfigError} naming the place,
 * the key and what was expected. A secret's value is never repeated in the message.
 * @param where file (with line) or `environment` or `command line`, printed first in errors.
 * @param label how the setting is named there (the key, or `TMDB_URL (tmdb.url)`).
 */
export function addToLayer(
  layer: Layer,
  key: string,
  raw: RawValue,
  source: ConfigSource,
  where: string,
  label = key,
): void {
  const spec: KeySpec | undefined = specOf(key);
  if (!spec) throw unknownKeyError(key, where);
  const parsed = parseValue(spec.type, raw, spec);
  if (!parsed.ok) {
    const got = spec.secret ? '' : ` (got ${shown(raw)})`;
    throw new ConfigError(`${where}: ${label} must be ${parsed.expected}${got}.`);
  }
  layer.set(spec.key as ConfigKey, { value: parsed.value, source });
}
