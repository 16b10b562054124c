/** ComPlexionist HTTP server and web page (Hono). */
export const PACKAGE_NAME = '@complexionist/server';
