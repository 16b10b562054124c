import type { KeySpec } from './schema.js';

/**
 * The `radarr.*` and `sonarr.*` settings (issue 17): where the service is, its key, and the defaults of
 * what `complexionist send` adds. Kept apart from the main list so the two read alike.
 */
export const ARR_KEYS = [
  {
    key: 'radarr.url',
    env: 'RADARR_URL',
    type: 'url',
    description: 'Address of Radarr, e.g. http://localhost:7878',
  },
  {
    key: 'radarr.api_key',
    env: 'RADARR_API_KEY',
    type: 'secret',
    secret: true,
    description: 'Radarr API key (Settings → General)',
  },
  {
    key: 'radarr.root_folder',
    type: 'text',
    description: 'Root folder films are added to (default: the only one)',
  },
  {
    key: 'radarr.quality_profile',
    type: 'text',
    description: 'Quality profile (name or id) of added films (default: the only one)',
  },
  { key: 'radarr.monitored', type: 'boolean', default: true, description: 'Add films monitored' },
  {
    key: 'radarr.search_on_add',
    type: 'boolean',
    default: true,
    description: 'Search for a film as soon as it is added',
  },
  { key: 'radarr.tags', type: 'labels', default: [], description: 'Tags put on added films' },
  {
    key: 'sonarr.url',
    env: 'SONARR_URL',
    type: 'url',
    description: 'Address of Sonarr, e.g. http://localhost:8989',
  },
  {
    key: 'sonarr.api_key',
    env: 'SONARR_API_KEY',
    type: 'secret',
    secret: true,
    description: 'Sonarr API key (Settings → General)',
  },
  {
    key: 'sonarr.root_folder',
    type: 'text',
    description: 'Root folder shows are added to (default: the only one)',
  },
  {
    key: 'sonarr.quality_profile',
    type: 'text',
    description: 'Quality profile (name or id) of added shows (default: the only one)',
  },
  { key: 'sonarr.monitored', type: 'boolean', default: true, description: 'Add shows monitored' },
  {
    key: 'sonarr.search_on_add',
    type: 'boolean',
    default: true,
    description: 'Search for the missing episodes as soon as they are monitored',
  },
  { key: 'sonarr.tags', type: 'labels', default: [], description: 'Tags put on added shows' },
] as const satisfies readonly KeySpec[];
