/** SQLite + in-memory LRU cache store for ComPlexionist. */
export const PACKAGE_NAME = '@complexionist/cache';
