/** Builders and a minimal reader for Plex GUID strings, used to write worlds and count requests. */

/** A 24-hex-digit Plex-style object id derived from a number (deterministic). */
export function plexHex(n: number): string {
  return `5d${n.toString(16).padStart(22, '0')}`;
}

/** `plex://<kind>/<hex>`, the new agents' own (non-external) guid. */
export function plexGuid(kind: 'movie' | 'show' | 'season' | 'episode', n: number): string {
  return `plex://${kind}/${plexHex(n)}`;
}

/** Ids found in an item's guid and Guid list. */
export interface GuidIds {
  tmdb?: number;
  tvdb?: number;
  imdb?: string;
}

const LEGACY = /^com\.plexapp\.agents\.([a-z]+):\/\/([^/?]+)/;
const HAMA_TVDB = /^tvdb\d?-(\d+)$/;

/**
 * Reads the external ids the fake world puts into items: `Guid` entries first, then the legacy guid
 * (themoviedb, thetvdb, imdb, hama `tvdb-N`). Independent of the plex package on purpose.
 */
export function readGuidIds(guid: string, guids: readonly string[]): GuidIds {
  const ids: GuidIds = {};
  for (const id of guids) {
    const [scheme, value] = id.split('://');
    if (!value) continue;
    if (scheme === 'tmdb' && ids.tmdb === undefined) ids.tmdb = Number(value);
    if (scheme === 'tvdb' && ids.tvdb === undefined) ids.tvdb = Number(value);
    if (scheme === 'imdb' && ids.imdb === undefined) ids.imdb = value;
  }
  const legacy = LEGACY.exec(guid);
  if (legacy) {
    const [, agent, value = ''] = legacy;
    if (agent === 'themoviedb') ids.tmdb ??= Number(value);
    if (agent === 'thetvdb') ids.tvdb ??= Number(value);
    if (agent === 'imdb') ids.imdb ??= value;
    const hama = agent === 'hama' ? HAMA_TVDB.exec(value) : null;
    if (hama) ids.tvdb ??= Number(hama[1]);
  }
  return ids;
}
