/** A show's known ids, as far as they matter for ignore lists. */
export interface ShowIdKeys {
  tvdb?: number | null;
  tmdb?: number | null;
}

/**
 * Normalises a show id of an ignore list: `"81189"` and `"tvdb:81189"` → `"81189"`, `"TMDB:1396"` →
 * `"tmdb:1396"`. Returns null for anything else.
 */
export function normalizeShowKey(value: string | number): string | null {
  const m = /^\s*(?:(tvdb|tmdb):)?\s*(\d+)\s*$/i.exec(String(value));
  if (!m) return null;
  const id = String(Number(m[2]));
  return m[1]?.toLowerCase() === 'tmdb' ? `tmdb:${id}` : id;
}

/** The keys a show is known by in ignore lists (`"81189"`, `"tmdb:1396"`). */
export function showKeys(ids: ShowIdKeys): string[] {
  const keys: string[] = [];
  if (ids.tvdb != null) keys.push(String(ids.tvdb));
  if (ids.tmdb != null) keys.push(`tmdb:${ids.tmdb}`);
  return keys;
}

/** True when any of the show's ids is on the ignore list. */
export function isShowIgnored(ids: ShowIdKeys, ignoreShows: readonly string[]): boolean {
  if (ignoreShows.length === 0) return false;
  const ignored = new Set(ignoreShows.map(normalizeShowKey).filter((k): k is string => k !== null));
  return showKeys(ids).some((k) => ignored.has(k));
}

/**
 * Turns `ignore.episodes` entries (`"81189:S01E02"`, `"tmdb:1396:s1e2"`) into a lookup of
 * `"<showKey>:<season>:<episode>"` strings. Unreadable entries are dropped.
 */
export function episodeIgnoreSet(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) {
    const m = /^\s*(.+?)\s*:\s*s(\d+)\s*e(\d+)\s*$/i.exec(entry);
    if (!m?.[1]) continue;
    const key = normalizeShowKey(m[1]);
    if (key) out.add(`${key}:${Number(m[2])}:${Number(m[3])}`);
  }
  return out;
}

/** True when the episode of the show is in an {@link episodeIgnoreSet}. */
export function isEpisodeIgnored(
  ids: ShowIdKeys,
  season: number,
  episode: number,
  ignored: ReadonlySet<string>,
): boolean {
  if (ignored.size === 0) return false;
  return showKeys(ids).some((k) => ignored.has(`${k}:${season}:${episode}`));
}
