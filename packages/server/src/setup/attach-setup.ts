import type { CacheHandle } from '@complexionist/cache';
import type { Config } from '@complexionist/config';
import { configSendTargets, liveScanner } from '@complexionist/runtime';
import { configPlexLinks } from '../plex-links/plex-links.js';
import type { ServerDeps } from '../types.js';
import { VERSION } from '../version.js';
import { liveSetup } from './live-setup.js';
import { swappableScanner } from './swappable-scanner.js';

/** Where the configuration came from, so the setup can write it and read it again. */
export interface AttachSetupOptions {
  config: Config;
  home: string;
  cwd: string;
  env: Record<string, string | undefined>;
  configFile?: string;
  cache?: CacheHandle;
  now?: () => Date;
}

/**
 * Adds the page's setup (and its links to Plex) to live dependencies: after each save the scanner, the
 * Radarr/Sonarr send targets and the Plex links are rebuilt from the configuration read again, so new settings are used without a restart.
 */
export function attachSetup(deps: ServerDeps, options: AttachSetupOptions): ServerDeps {
  const scanner = swappableScanner(deps.scanner);
  const send = deps.send ?? {};
  let links = configPlexLinks(options.config);
  const setup = liveSetup({
    config: options.config,
    home: options.home,
    cwd: options.cwd,
    env: options.env,
    ...(options.configFile && { configFile: options.configFile }),
    onReload(config) {
      scanner.replace(
        liveScanner(config, options.cache, { ...(options.now && { now: options.now }), version: VERSION }),
      );
      // The routes read this object on each request: refill it in place.
      delete send.radarr;
      delete send.sonarr;
      Object.assign(send, configSendTargets(config));
      links = configPlexLinks(config);
    },
  });
  return { ...deps, scanner, send, setup, plexLinks: () => links };
}
