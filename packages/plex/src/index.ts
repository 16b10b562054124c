/**
 * @complexionist/plex — Plex Media Server client (a `MediaLibrary` for @complexionist/core) and plex.tv
 * account client (PIN sign-in, server discovery).
 */

/** Maps current and legacy `showOrdering` values to the current vocabulary (one implementation, in core). */
export { type NormalizedOrdering, normalizeOrdering } from '@complexionist/core';
export { type ParsedPlexGuid, parsePlexGuid } from './guid.js';
export { type ItemIds, idsFromGuids } from './item-ids.js';
export type { PickConnectionOptions, PickedConnection } from './pick-connection.js';
export type { PlexPin, PollPinOptions } from './pin.js';
export {
  createPlexClient,
  type PlexClient,
  type PlexClientOptions,
  type PlexIdentity,
} from './plex-client.js';
export type { PlexIdentityOptions } from './plex-headers.js';
export {
  createPlexServers,
  type PlexServerEntry,
  type PlexServersOptions,
  pickServers,
} from './plex-servers.js';
export { createPlexTvClient, type PlexTvClient, type PlexTvClientOptions } from './plex-tv-client.js';
export type { PlexConnection, PlexServerResource } from './servers.js';
export {
  createPlexWatchlistClient,
  DEFAULT_DISCOVER_URL,
  type PlexWatchlistClient,
  type PlexWatchlistClientOptions,
} from './watchlist-client.js';
