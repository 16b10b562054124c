import { type LoadedConfig, loadConfig, targetSecrets } from '@complexionist/config';
import type { CommandIo, GlobalOptions } from '../commands/context.js';

/** The loaded configuration (spec §6), with the home folder it came from. */
export type CliConfig = LoadedConfig;

/**
 * Loads the configuration with the precedence of spec §6 and teaches the redactor every secret in it, so
 * no later message can show one.
 */
export async function loadCliConfig(options: GlobalOptions, io: CommandIo): Promise<CliConfig> {
  const loaded = await loadConfig({
    cwd: io.cwd,
    env: io.env,
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
  });
  const { config } = loaded;
  io.redactor.add(
    config.plex.token,
    config.tmdb.apiKey,
    config.tvdb.apiKey,
    config.tvdb.pin,
    config.server.apiKey,
    ...targetSecrets(config.notifications),
  );
  return loaded;
}
