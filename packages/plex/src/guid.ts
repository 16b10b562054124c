import type { ExternalIds, HamaMode } from '@complexionist/core';

/**
 * What one Plex GUID string says: external ids, plus a season/episode when the GUID names an episode, and
 * the numbering mode of a HAMA GUID (`hama://tvdb3-…` → `tvdb3`).
 */
export type ParsedPlexGuid = ExternalIds & { season?: number; episode?: number; hamaMode?: HamaMode };

type IdKind = 'tmdb' | 'tvdb' | 'imdb' | 'anidb';

/**
 * Scheme (new agents: `tmdb://`) or legacy agent name (`com.plexapp.agents.themoviedb://`) → the kind of id
 * it carries. `xbmcnfo` is the NFO *movie* agent (numeric ids are TMDB ids) and `xbmcnfotv` the NFO *TV*
 * agent (numeric ids are TVDB ids); either may carry an IMDb `tt…` id instead. HAMA is handled apart.
 */
const NUMERIC_KIND = new Map<string, IdKind>([
  ['tmdb', 'tmdb'],
  ['tvdb', 'tvdb'],
  ['themoviedb', 'tmdb'],
  ['thetvdb', 'tvdb'],
  ['thetvdbdvd', 'tvdb'],
  ['xbmcnfo', 'tmdb'],
  ['xbmcnfotv', 'tvdb'],
]);

/** Agents whose ids may be IMDb `tt…` ids. */
const IMDB_CAPABLE = new Set(['imdb', 'xbmcnfo', 'xbmcnfotv']);

const LEGACY_PREFIX = 'com.plexapp.agents.';
/** HAMA ids: `tvdb-81189`, `tvdb3-81189`, `anidb-17494`, `tmdb-603`, `imdb-tt0133093`. */
const HAMA_ID = /^(tvdb|anidb|tmdb|imdb)(\d?)-(.+)$/i;
const HAMA_MODES = new Set<string>(['tvdb', 'tvdb2', 'tvdb3', 'tvdb4', 'anidb', 'tmdb', 'imdb']);
const IMDB_ID = /^tt\d+$/i;
/** The new agents' `Guid` children (`tmdb://603`, `tvdb://169`, `imdb://tt0133093`): most GUIDs of a library. */
const NEW_AGENT_GUID = /^(?:(tmdb|tvdb):\/\/(\d{1,15})|imdb:\/\/(tt\d+))$/;

/** A positive safe integer from a decimal string, else undefined (an id of 0 means "no id"). */
function positiveId(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** A non-negative index (season 0 = specials) from a decimal string. */
function index(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Puts `raw` into `out` as the given kind of id when it is a valid id of that kind. */
function assign(
  out: ParsedPlexGuid,
  kind: IdKind | 'imdb-or-numeric',
  raw: string,
  numericKind?: IdKind,
): void {
  if (IMDB_ID.test(raw) && (kind === 'imdb' || kind === 'imdb-or-numeric')) {
    out.imdb = raw.toLowerCase();
    return;
  }
  const target = kind === 'imdb-or-numeric' ? numericKind : kind;
  if (target === undefined || target === 'imdb') return;
  const id = positiveId(raw);
  if (id !== undefined) out[target] = id;
}

/**
 * Parses one Plex GUID into external ids. Pure and total: any string is accepted, and anything it does not
 * recognise (`plex://…`, `local://…`, `none://…`, unknown agents, garbage) yields `{}`.
 *
 * Forms: `imdb://tt…`, `tmdb://N`, `tvdb://N` (new-agent `Guid` children); legacy
 * `com.plexapp.agents.{themoviedb,thetvdb,imdb,xbmcnfo,xbmcnfotv}://<id>[/<season>/<episode>][?lang=xx]`;
 * HAMA `com.plexapp.agents.hama://{tvdb,tvdb2..4,anidb,tmdb,imdb}-<id>[/<season>/<episode>]`.
 *
 * @example parsePlexGuid('com.plexapp.agents.thetvdb://81189/1/2?lang=en') // { tvdb: 81189, season: 1, episode: 2 }
 */
export function parsePlexGuid(guid: string): ParsedPlexGuid {
  // Fast path for the commonest form; it gives what the general parse below gives for the same string.
  const simple = NEW_AGENT_GUID.exec(guid);
  if (simple) {
    const [, kind, digits, imdb] = simple;
    if (imdb !== undefined) return { imdb };
    const id = Number(digits);
    if (!(id > 0)) return {};
    return kind === 'tmdb' ? { tmdb: id } : { tvdb: id };
  }
  const match = /^([a-z0-9._-]+):\/\/([^?#]*)/i.exec(guid.trim());
  if (!match) return {};
  let agent = match[1]!.toLowerCase();
  if (agent.startsWith(LEGACY_PREFIX)) agent = agent.slice(LEGACY_PREFIX.length);
  const [rawId = '', season, episode] = match[2]!.split('/');
  const out: ParsedPlexGuid = {};

  if (agent === 'hama') {
    const hama = HAMA_ID.exec(rawId);
    if (hama) {
      const kind = hama[1]!.toLowerCase() as IdKind;
      assign(out, kind, hama[3]!);
      const mode = `${kind}${hama[2]}`;
      if (Object.keys(out).length > 0 && HAMA_MODES.has(mode)) out.hamaMode = mode as HamaMode;
    }
  } else if (IMDB_CAPABLE.has(agent)) {
    assign(out, 'imdb-or-numeric', rawId, NUMERIC_KIND.get(agent));
  } else {
    const kind = NUMERIC_KIND.get(agent);
    if (kind === undefined) return {};
    assign(out, kind, rawId);
  }
  if (Object.keys(out).length === 0) return out;
  const s = index(season);
  const e = index(episode);
  if (s !== undefined && e !== undefined) {
    out.season = s;
    out.episode = e;
  }
  return out;
}
