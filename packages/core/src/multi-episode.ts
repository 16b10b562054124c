/** A (season, episode) pair named by a file. */
export interface EpisodeRef {
  season: number;
  episode: number;
}

/**
 * Longest range a file name may span when the season's length is not known. A longer range counts only when
 * it ends within the season's episode count (`S01E01-E21` of a 21-episode season is the whole season).
 */
export const MAX_EPISODE_RANGE = 10;

/** The number of episodes of a season (its highest episode number), or undefined when unknown. */
export type SeasonSize = (season: number) => number | undefined;

// `S02E01`, preceded by anything but a letter or digit (so `XS01E01` inside a word does not count).
const SXXEYY = /(?<![a-z0-9])s(\d{1,4})[ ._]?e(\d{1,4})(?!\d)/i;
// One continuation after an episode: `-E02`, `E02`, `-02`, `-S02E02`, `_e02`, ` - E02` (a bare number
// only right after the hyphen, so `S01E01 - 2 Broke Girls` stays one episode).
// The number must end at a boundary, so `-1080p`, `-720p`, `-2160`, `-x264` never continue a range.
const SXXEYY_NEXT =
  /^(?:\s*-\s*|[._]|)(?:s(\d{1,4})[ ._]?)?e(\d{1,4})(?=$|[^0-9a-z]|e\d)|^-(\d{1,3})(?=$|[^0-9a-z])/i;
// `1x01`, with continuations `-1x02`, `-02`, `x02`.
const NXNN = /(?<![a-z0-9])(\d{1,2})x(\d{2,3})(?![0-9a-wyz])/i;
const NXNN_NEXT = /^(?:-(\d{1,2})x(\d{2,3})|-(\d{2,3})|x(\d{2,3}))(?![0-9a-z])/i;

const RESOLUTIONS = new Set([480, 576, 720]);

/** Strips any directory part (POSIX or Windows separators). */
function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/** Follows continuations from `rest`, collecting episode numbers of `season` (stops on another season). */
function continuations(rest: string, season: number, next: RegExp): number[] {
  const found: number[] = [];
  let tail = rest;
  for (let guard = 0; guard < 50; guard += 1) {
    const m = next.exec(tail);
    if (!m) break;
    const nextSeason = m[1] ?? undefined;
    if (nextSeason !== undefined && Number(nextSeason) !== season) break;
    const value = m[2] ?? m[3] ?? m[4];
    if (value === undefined) break;
    // A bare `-480`/`-576`/`-720` is a resolution even where it could end a range (`S01E715-720`).
    if (m[2] === undefined && RESOLUTIONS.has(Number(value))) break;
    found.push(Number(value));
    tail = tail.slice(m[0].length);
  }
  return found;
}

/**
 * Expands first + continuations to a list when it is ascending and either short or within the season's
 * episode count; otherwise only `first`.
 */
function expand(season: number, first: number, rest: number[], size?: SeasonSize): EpisodeRef[] {
  const single = [{ season, episode: first }];
  if (rest.length === 0) return single;
  const all = [first, ...rest];
  for (let i = 1; i < all.length; i += 1) if ((all[i] ?? 0) <= (all[i - 1] ?? 0)) return single;
  const last = all[all.length - 1] ?? first;
  if (last - first + 1 > MAX_EPISODE_RANGE) {
    const count = size?.(season);
    if (count === undefined || last > count) return single;
  }
  const out: EpisodeRef[] = [];
  for (let e = first; e <= last; e += 1) out.push({ season, episode: e });
  return out;
}

/**
 * Episodes a file name covers (docs/spec.md §3.3): `S02E01-E02`, `S02E01-02`, `s02e01e02`, `S02E01-E02-E03`,
 * `1x01-1x02`. A single episode yields one entry, a name without an episode yields none. A number after the
 * episode that is a resolution or a year (`S01E01-1080p`, `S01E01-720`, `S01E01-2019`) is not a range;
 * neither is a descending range, nor one longer than {@link MAX_EPISODE_RANGE} unless `seasonSize` says the
 * season has at least as many episodes as the range's end (`S01E01-E21` of a 21-episode season). Ranges are
 * filled in (`S01E01-E03` → 1, 2, 3). Never throws.
 */
export function parseEpisodeRange(fileName: string, seasonSize?: SeasonSize): EpisodeRef[] {
  if (typeof fileName !== 'string') return [];
  const name = baseName(fileName);
  const sxe = SXXEYY.exec(name);
  if (sxe) {
    const season = Number(sxe[1]);
    const first = Number(sxe[2]);
    const rest = continuations(name.slice(sxe.index + sxe[0].length), season, SXXEYY_NEXT);
    return expand(season, first, rest, seasonSize);
  }
  const nxn = NXNN.exec(name);
  if (nxn) {
    const season = Number(nxn[1]);
    const first = Number(nxn[2]);
    const rest = continuations(name.slice(nxn.index + nxn[0].length), season, NXNN_NEXT);
    return expand(season, first, rest, seasonSize);
  }
  return [];
}
