/**
 * @complexionist/plex — Plex Media Server client (a `MediaLibrary` for @complexionist/core) and plex.tv
 * account client (PIN sign-in, server discovery).
 */
export { parsePlexGuid, type ParsedPlexGuid } from './guid.js';
export { idsFromGuids, type ItemIds } from './item-ids.js';
export { normalizeOrdering, type NormalizedOrdering } from './ordering.js';
export {
  createPlexClient,
  type PlexClient,
  type PlexClientOptions,
  type PlexIdentity,
} from './plex-client.js';
export type { PlexIdentityOptions } from './plex-headers.js';
export type { PickConnectionOptions, PickedConnection } from './pick-connection.js';
export type { PlexPin, PollPinOptions } from './pin.js';
export { createPlexTvClient, type PlexTvClient, type PlexTvClientOptions } from './plex-tv-client.js';
export type { PlexConnection, PlexServerResource } from './servers.js';
