import {
  assertResolved,
  type ConfigKey,
  type LoadedConfig,
  loadConfig,
  targetSecrets,
} from '@complexionist/config';
import type { CommandIo, GlobalOptions } from '../commands/context.js';

/** The loaded configuration (docs/spec.md §6), with the home folder it came from. */
export type CliConfig = LoadedConfig;

/**
 * Loads the configuration with the precedence of docs/spec.md §6 and teaches the redactor every secret in it,
 * so no later message can show one. A `${VAR}` that is not set stops the command only when `needs` selects
 * its setting (every setting unless told otherwise), with the error naming the variable, the key and the
 * file.
 */
export async function loadCliConfig(
  options: GlobalOptions & { language?: string },
  io: CommandIo,
  needs: (key: ConfigKey) => boolean = () => true,
): Promise<CliConfig> {
  const loaded = await loadConfig({
    cwd: io.cwd,
    env: io.env,
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
    // Checked like the setting itself: `--language "english"` names options.language and the form.
    ...(options.language === undefined ? {} : { overrides: { 'options.language': options.language } }),
  });
  const { config } = loaded;
  io.redactor.add(
    config.plex.token,
    config.plex.accountToken,
    ...config.plex.servers.map((s) => s.token),
    config.tmdb.apiKey,
    config.tvdb.apiKey,
    config.tvdb.pin,
    config.server.apiKey,
    config.radarr.apiKey,
    config.sonarr.apiKey,
    ...targetSecrets(config.notifications),
  );
  assertResolved(loaded, needs);
  return loaded;
}
