/** Plex Media Server and plex.tv client for ComPlexionist. */
export const PACKAGE_NAME = '@complexionist/plex';
