import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `<home>`: `$COMPLEXIONIST_HOME` (a leading `~` is expanded), else `~/.complexionist`. */
export function resolveHome(env: Record<string, string | undefined>): string {
  const value = env.COMPLEXIONIST_HOME?.trim();
  if (!value) return join(homedir(), '.complexionist');
  return resolve(value === '~' || value.startsWith('~/') ? join(homedir(), value.slice(1)) : value);
}

/** The well-known files of a home folder. */
export function homePaths(home: string): { config: string; env: string; cacheDb: string } {
  return {
    config: join(home, 'config.yaml'),
    env: join(home, '.env'),
    cacheDb: join(home, 'cache', 'cache.db'),
  };
}

/**
 * The YAML file `config --set` and `ignore add|remove` write: `--config FILE` when given, else
 * `./config.yaml` when it exists (it overrides the home file, so editing it is what takes effect), else
 * `<home>/config.yaml`.
 */
export function configPath(options: { cwd: string; home: string; configFile?: string }): string {
  if (options.configFile) return resolve(options.cwd, options.configFile);
  const local = join(options.cwd, 'config.yaml');
  return existsSync(local) ? local : homePaths(options.home).config;
}
