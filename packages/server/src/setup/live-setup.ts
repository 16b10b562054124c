import { type Config, configPath, loadConfig, saveSetting } from '@complexionist/config';
import { createPlexTvClient } from '@complexionist/plex';
import { checkServiceKey, clientIdentifier } from '@complexionist/runtime';
import { VERSION } from '../version.js';
import type { KeyService, SetupService, SetupStatus } from './setup-types.js';

/** Options of {@link liveSetup}: how the server loaded its configuration, to write and read it again. */
export interface LiveSetupOptions {
  config: Config;
  home: string;
  cwd: string;
  env: Record<string, string | undefined>;
  configFile?: string;
  /** Called with the configuration read again after a save (the server swaps its scanner and send targets). */
  onReload(config: Config): void;
}

/** What is configured in `config`, without any secret. */
export function setupStatus(config: Config): SetupStatus {
  const plex = Boolean(config.plex.url && config.plex.token);
  const tmdb = Boolean(config.tmdb.apiKey);
  return {
    plex: { configured: plex, url: config.plex.url ?? null },
    tmdb: { configured: tmdb },
    tvdb: { configured: Boolean(config.tvdb.apiKey) },
    radarr: {
      configured: Boolean(config.radarr.url && config.radarr.apiKey),
      url: config.radarr.url ?? null,
    },
    sonarr: {
      configured: Boolean(config.sonarr.url && config.sonarr.apiKey),
      url: config.sonarr.url ?? null,
    },
    needed: !plex || !tmdb,
  };
}

/**
 * The setup over the configuration files, written as `complexionist auth` writes them: a secret to
 * `<home>/.env` under its variable, anything else to the YAML file (`saveSecret`, `setConfigValue`).
 */
export function liveSetup(options: LiveSetupOptions): SetupService {
  let config = options.config;
  const yamlFile = () =>
    configPath({
      cwd: options.cwd,
      home: options.home,
      ...(options.configFile && { configFile: options.configFile }),
    });

  const testKey = (service: KeyService, input: { key: string; pin?: string; url?: string }) =>
    checkServiceKey(config, service, input);

  async function save(settings: Record<string, string>): Promise<string[]> {
    const files = new Set<string>();
    const where = { home: options.home, yamlFile };
    for (const [key, value] of Object.entries(settings)) files.add(saveSetting(where, key, value).file);
    const loaded = await loadConfig({
      cwd: options.cwd,
      env: options.env,
      ...(options.configFile && { configFile: options.configFile }),
    });
    config = loaded.config;
    options.onReload(config);
    return [...files];
  }

  return {
    status: () => setupStatus(config),
    plexTv: async () =>
      createPlexTvClient({
        clientIdentifier: await clientIdentifier(options.home),
        version: VERSION,
        baseURL: config.plex.tvUrl,
      }),
    testKey,
    save,
  };
}
