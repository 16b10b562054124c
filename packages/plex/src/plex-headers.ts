/** How ComPlexionist introduces itself to Plex and plex.tv. */
export interface PlexIdentityOptions {
  /**
   * Stable id of this installation (`X-Plex-Client-Identifier`); plex.tv lists authorised devices by it.
   * @default 'complexionist'
   */
  clientIdentifier?: string;
  /** App name shown under "Authorized Devices" (`X-Plex-Product`). @default 'ComPlexionist' */
  product?: string;
  /** App version (`X-Plex-Version`). @default '0.1.0' */
  version?: string;
}

/** Default `X-Plex-Product`. */
export const DEFAULT_PRODUCT = 'ComPlexionist';
/** Default `X-Plex-Client-Identifier`; callers should pass a per-install id. */
export const DEFAULT_CLIENT_IDENTIFIER = 'complexionist';
const DEFAULT_VERSION = '0.1.0';

/** The identity headers Plex documents as required, plus `Accept: application/json` (XML is the default). */
export function identityHeaders(options: PlexIdentityOptions): Record<string, string> {
  return {
    Accept: 'application/json',
    'X-Plex-Client-Identifier': options.clientIdentifier ?? DEFAULT_CLIENT_IDENTIFIER,
    'X-Plex-Product': options.product ?? DEFAULT_PRODUCT,
    'X-Plex-Version': options.version ?? DEFAULT_VERSION,
  };
}
