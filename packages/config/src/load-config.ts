import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '@complexionist/core';
import { buildConfig } from './build-config.js';
import { envLayer, flagLayer, readDotenv } from './env-layer.js';
import { homePaths, resolveHome } from './home.js';
import type { Layer } from './layer.js';
import type { ConfigFileInfo, LoadConfigOptions, LoadedConfig } from './types.js';
import { readYamlLayer } from './yaml-layer.js';

function readText(file: string, required: boolean): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' && !required) return undefined;
    const why = code === 'ENOENT' ? 'does not exist' : `could not be read (${(error as Error).message})`;
    throw new ConfigError(`The configuration file ${file} ${why}.`, { hint: 'Check the --config option.' });
  }
}

/**
 * Loads the configuration of docs/spec.md §6. Precedence, highest first: `overrides` (flags), environment
 * variables, `./.env`, `<home>/.env`, `./config.yaml`, `<home>/config.yaml` (or `configFile` instead of
 * both YAML files), defaults. `${VAR}` in YAML expands from the environment and the `.env` files.
 * Throws {@link ConfigError} naming the key and the file for unknown keys and wrong types.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const { cwd, env } = options;
  const home = options.home ?? resolveHome(env);
  const paths = homePaths(home);
  const files: ConfigFileInfo[] = [];

  const dotenvFiles = [join(cwd, '.env'), paths.env].filter((f, i, all) => all.indexOf(f) === i);
  const dotenvs = dotenvFiles.map((file) => {
    const vars = readDotenv(file);
    files.push({ path: file, kind: 'dotenv', exists: vars !== undefined });
    return { file, vars: vars ?? {} };
  });
  const lookup = (name: string): string | undefined =>
    [env, ...dotenvs.map((d) => d.vars)].map((vars) => vars[name]).find((v) => v !== undefined && v !== '');

  const yamlFiles = options.configFile
    ? [resolve(cwd, options.configFile)]
    : [join(cwd, 'config.yaml'), paths.config].filter((f, i, all) => all.indexOf(f) === i);
  const yamlLayers = yamlFiles.map((file) => {
    const text = readText(file, Boolean(options.configFile));
    files.push({ path: file, kind: 'yaml', exists: text !== undefined });
    return text === undefined ? new Map() : readYamlLayer(text, file, lookup);
  });

  // Lowest precedence first.
  const layers: Layer[] = [
    ...yamlLayers.reverse(),
    ...dotenvs.map((d) => envLayer(d.vars, d.file)).reverse(),
    envLayer(env),
    flagLayer(options.overrides ?? {}),
  ];
  return { ...buildConfig(layers), files, home };
}
