/** TheTVDB v4 client for ComPlexionist. */
export const PACKAGE_NAME = '@complexionist/tvdb';
