/** TMDB v3 client for ComPlexionist. */
export const PACKAGE_NAME = '@complexionist/tmdb';
