/**
 * @complexionist/config — configuration loading (flags, env, .env, YAML), validation and editing
 * (docs/spec.md §6).
 */
export { assertResolved, defaultConfig } from './build-config.js';
export { CACHE_KEYS, type CacheFreshnessConfig, toFreshness } from './cache-keys.js';
export { readDotenv } from './env-layer.js';
export { configPath, homePaths, resolveHome } from './home.js';
export { addIgnore, type IgnoreChange, listIgnore, removeIgnore } from './ignore-file.js';
export { IGNORE_KINDS, type IgnoreKind, normalizeIgnoreValue } from './ignore-values.js';
export { loadConfig } from './load-config.js';
export { maskConfig, maskSecret } from './mask.js';
export {
  maskTarget,
  maskTargetUrl,
  NOTIFICATION_TYPES,
  type NotificationTarget,
  type NotificationType,
  targetSecrets,
} from './notification-targets.js';
export {
  type PlexServerConfig,
  parsePlexServers,
  plexServerSetting,
  plexServersOf,
  SINGLE_SERVER_NAME,
} from './plex-servers.js';
export { addPlexServerToFile, serverTokenVariable } from './plex-servers-file.js';
export { saveSecret } from './save-secret.js';
export { type SavedSetting, type SettingFiles, saveSetting } from './save-setting.js';
export { toCacheTtls, toEpisodeScanOptions, toMovieScanOptions } from './scan-options.js';
export { CONFIG_KEYS, type ConfigKey, type KeySpec, specOf } from './schema.js';
export { setConfigValue, unsetConfigValue } from './set-value.js';
export { settingValue } from './setting-value.js';
export { starterConfig } from './starter-config.js';
export { closest } from './suggest.js';
export type {
  ArrConfig,
  Config,
  ConfigFileInfo,
  ConfigSource,
  LoadConfigOptions,
  LoadedConfig,
} from './types.js';
export type { ValueType } from './value-types.js';
