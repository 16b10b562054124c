import type { OwnedEpisode, OwnedShow } from '../types.js';

/** The ids a show can be recognised by on another server. */
function idKeys(show: OwnedShow): string[] {
  const keys: string[] = [];
  if (show.ids.tvdb !== undefined) keys.push(`tvdb:${show.ids.tvdb}`);
  if (show.ids.tmdb !== undefined) keys.push(`tmdb:${show.ids.tmdb}`);
  if (show.ids.imdb !== undefined) keys.push(`imdb:${show.ids.imdb}`);
  return keys;
}

/**
 * Ownership across several servers is the union (docs/spec.md §5 "Several servers"): copies of one show on
 * different servers (sharing a TVDB, TMDB or IMDb id) become one show, the first copy listed, owning the
 * episodes of every copy (`byShow` is updated in place). Copies on one server (two libraries) stay apart as
 * before, and so does every show when no section names a server. The merged show keeps the first copy's
 * ordering, so episode numbers from a copy ordered otherwise count in that ordering.
 */
export function unionShows(
  shows: readonly OwnedShow[],
  byShow: Map<string, OwnedEpisode[]>,
  serverOf: (sectionKey: string) => string | undefined,
): OwnedShow[] {
  const kept: OwnedShow[] = [];
  const found = new Map<string, Array<{ show: OwnedShow; servers: Set<string> }>>();
  for (const show of shows) {
    const server = serverOf(show.sectionKey);
    const keys = idKeys(show);
    const into =
      server === undefined
        ? undefined
        : keys.flatMap((k) => found.get(k) ?? []).find((entry) => !entry.servers.has(server));
    if (into && server !== undefined) {
      into.servers.add(server);
      const episodes = byShow.get(show.ratingKey) ?? [];
      const target = byShow.get(into.show.ratingKey);
      if (target) for (const episode of episodes) target.push(episode);
      else byShow.set(into.show.ratingKey, [...episodes]);
      continue;
    }
    kept.push(show);
    if (server === undefined) continue;
    const entry = { show, servers: new Set([server]) };
    for (const key of keys) found.set(key, [...(found.get(key) ?? []), entry]);
  }
  return kept;
}
