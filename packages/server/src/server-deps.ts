import { type CacheHandle, createReportHistory, type StateStore } from '@complexionist/cache';
import { type Config, targetSecrets } from '@complexionist/config';
import { demoScanner } from './scanners/demo-scanner.js';
import { liveScanner } from './scanners/live-scanner.js';
import type { ScheduleSettings } from './schedule/scheduler.js';
import { configSendTargets } from './send/send-targets.js';
import { configIgnoreStore } from './stores/config-ignore-store.js';
import { memoryStateStore } from './stores/memory-state.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import { stateReportStore } from './stores/state-report-store.js';
import type { Logger, ServerDeps } from './types.js';

/** Options of {@link createServerDeps}. */
export interface ServerDepsOptions {
  config: Config;
  /** Scan the bundled demo library; nothing is read from or written to disk. @default false */
  demo?: boolean;
  /** The opened cache (live mode): scans use it and the latest reports are kept in its `state` table. */
  cache?: CacheHandle;
  /** The YAML file ignore changes are written to (live mode); without it they live in memory. */
  ignoreFile?: string;
  /** @default () => new Date() */
  now?: () => Date;
  logger?: Logger;
}

/** The secret values of a configuration, for redaction. */
export function configSecrets(config: Config): string[] {
  const values = [
    config.plex.token,
    config.plex.accountToken,
    ...config.plex.servers.map((server) => server.token),
    config.tmdb.apiKey,
    config.tvdb.apiKey,
    config.tvdb.pin,
    config.server.apiKey,
    config.radarr.apiKey,
    config.sonarr.apiKey,
    ...targetSecrets(config.notifications),
  ];
  return values.filter((value): value is string => Boolean(value));
}

/**
 * Wires the server's dependencies from a loaded configuration: the demo library with memory stores, or Plex +
 * TMDB/TVDB with the latest reports in the cache file and ignores in the config file.
 */
export function createServerDeps(options: ServerDepsOptions): ServerDeps {
  const { config, cache, logger } = options;
  const now = options.now ?? (() => new Date());
  // Live mode keeps the history and the schedule's last slot in the cache file, beside the latest reports.
  const state = !options.demo && cache ? cache.state : memoryStateStore();
  const { publicUrl, schedule, historySize } = config.server;
  const common = {
    ...(config.server.apiKey && { apiKey: config.server.apiKey }),
    ...(logger && { logger }),
    allowedHosts: [...(config.server.allowedHosts ?? [])],
    secrets: configSecrets(config),
    history: createReportHistory(state, { size: historySize }),
    ...(config.notifications.length > 0 && {
      notify: { targets: config.notifications, ...(publicUrl && { publicUrl }) },
    }),
    ...(schedule && { schedule: scheduleSettings(schedule, state, now) }),
  };
  if (options.demo) {
    return {
      ...common,
      demo: true,
      scanner: demoScanner({ now }),
      store: memoryReportStore(),
      ignores: memoryIgnoreStore(),
    };
  }
  return {
    ...common,
    scanner: liveScanner(config, cache, { now }),
    send: configSendTargets(config),
    store: cache ? stateReportStore(cache.state) : memoryReportStore(),
    ignores: options.ignoreFile
      ? configIgnoreStore(options.ignoreFile, config.ignore)
      : memoryIgnoreStore(config.ignore),
  };
}

/** Key of the last scheduled slot in the `state` table (a restart runs a missed slot once). */
export const SCHEDULE_SLOT_KEY = 'server.schedule.last_slot';

function scheduleSettings(cron: string, state: StateStore, clock: () => Date): ScheduleSettings {
  return {
    cron,
    clock,
    slots: {
      get: () => state.get<string>(SCHEDULE_SLOT_KEY) ?? undefined,
      set: (iso) => state.set(SCHEDULE_SLOT_KEY, iso),
    },
  };
}
