import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from '@complexionist/core';
import { addToLayer, type Layer } from './layer.js';
import { CONFIG_KEYS } from './schema.js';
import type { ConfigSource } from './types.js';

/** Reads a `.env` file (dotenv syntax); a missing file gives undefined. */
export function readDotenv(file: string): Record<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw new ConfigError(`${file}: could not be read (${(error as Error).message}).`);
  }
  return Object.fromEntries(
    Object.entries(parseEnv(text)).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

/**
 * The settings named by environment variables (docs/spec.md §6) in `vars`. Empty variables count as unset.
 * @param file the `.env` file the variables came from, or undefined for the process environment.
 */
export function envLayer(vars: Record<string, string | undefined>, file?: string): Layer {
  const layer: Layer = new Map();
  for (const spec of CONFIG_KEYS) {
    if (!('env' in spec)) continue;
    const raw = vars[spec.env];
    if (raw === undefined || raw.trim() === '') continue;
    const source: ConfigSource = file
      ? { kind: 'dotenv', label: `${file} (${spec.env})`, file }
      : { kind: 'env', label: `environment (${spec.env})` };
    addToLayer(layer, spec.key, raw, source, file ?? 'environment', `${spec.env} (${spec.key})`);
  }
  return layer;
}

/** The command-line flags as a layer; unknown keys are errors. */
export function flagLayer(overrides: Record<string, unknown>): Layer {
  const layer: Layer = new Map();
  for (const [key, raw] of Object.entries(overrides)) {
    if (raw === undefined) continue;
    addToLayer(layer, key, raw, { kind: 'flag', label: 'command line' }, 'command line');
  }
  return layer;
}
