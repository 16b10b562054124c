/** One HTTP policy for every ComPlexionist adapter: timeouts, retries, 429 handling, pacing, coalescing. */
export const PACKAGE_NAME = '@complexionist/http';
