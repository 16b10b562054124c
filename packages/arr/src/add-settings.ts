import type { ArrAddSettings } from './types.js';

/**
 * Only the settings a send uses, picked from a larger object such as the configuration's `radarr` /
 * `sonarr` section (which also holds the URL and the API key, which never travel with them).
 */
export function addSettingsOf(config: ArrAddSettings): ArrAddSettings {
  return {
    ...(config.rootFolder === undefined ? {} : { rootFolder: config.rootFolder }),
    ...(config.qualityProfile === undefined ? {} : { qualityProfile: config.qualityProfile }),
    ...(config.monitored === undefined ? {} : { monitored: config.monitored }),
    ...(config.searchOnAdd === undefined ? {} : { searchOnAdd: config.searchOnAdd }),
    ...(config.tags === undefined ? {} : { tags: config.tags }),
  };
}
