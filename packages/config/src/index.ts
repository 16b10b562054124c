/** Configuration loading (flags, env, .env, YAML), validation and editing for ComPlexionist. */
export const PACKAGE_NAME = '@complexionist/config';
