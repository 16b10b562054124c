/** TheTVDB v4 client for ComPlexionist: paged episode lists per season type and IMDb lookups. */
export { createTvdbClient, TVDB_BASE_URL, type TvdbClient, type TvdbClientOptions } from './client.js';
export { TVDB_KEY_HINT, TVDB_PIN_HINT } from './errors.js';
export { tvdbLanguage } from './language.js';
export type { TokenStore } from './token.js';
