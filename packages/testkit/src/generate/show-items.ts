import type { Rng } from '../prng.js';
import type { WorldEpisode } from '../world/types.js';
import type { BaseEpisode, Numbered } from './show-lists.js';

/** How a show's Plex items name themselves. */
export interface ItemStyle {
  showTitle: string;
  folder: string;
  /** `new` items carry episode-level Guids; `legacy`/`hama` carry only an agent guid. */
  agent: 'new' | 'legacy' | 'hama';
  tvdbSeriesId: number;
  source: 'tvdb' | 'tmdb';
}

const pad = (n: number) => String(n).padStart(2, '0');
// The bare `-NN` form only for two-digit ends: `S01E05-720` is a resolution, not a range (docs/spec.md §3.3).
const RANGE_FORMS = [
  (s: number, a: number, b: number) => `S${pad(s)}E${pad(a)}-E${pad(b)}`,
  (s: number, a: number, b: number) =>
    b < 100 ? `S${pad(s)}E${pad(a)}-${pad(b)}` : `S${pad(s)}E${pad(a)}-E${pad(b)}`,
  (s: number, a: number, b: number) => `s${pad(s)}e${pad(a)}e${pad(b)}`,
];

/**
 * Plex episode items for the owned entries of the show's reference list, numbered as that list numbers
 * them. Mixes in what real libraries hold: multi-episode files (two items sharing a file, or one item
 * whose file names the range), `-1080p` names that are not ranges, duplicate copies, and date-named items
 * without numbers that only their episode Guid identifies.
 */
export function episodeItems(
  rng: Rng,
  list: Numbered[],
  owned: Set<BaseEpisode>,
  style: ItemStyle,
  nextKey: () => string,
): WorldEpisode[] {
  const items: WorldEpisode[] = [];
  const dir = `/data/${style.folder}/${style.showTitle}`;
  const make = (n: Numbered, file: string, numbered = true): WorldEpisode => {
    const ratingKey = nextKey();
    const { ep, season, number } = n;
    const guids = style.agent === 'new' ? [`tvdb://${ep.tvdbId}`, `tmdb://${ep.tmdbId}`] : [];
    const legacy =
      style.agent === 'legacy'
        ? `com.plexapp.agents.thetvdb://${style.tvdbSeriesId}/${season}/${number}?lang=en`
        : style.agent === 'hama'
          ? `com.plexapp.agents.hama://tvdb-${style.tvdbSeriesId}/${season}/${number}?lang=en`
          : undefined;
    return {
      ratingKey,
      title: ep.name,
      ...(numbered ? { season, episode: number } : {}),
      ...(ep.aired ? { originallyAvailableAt: ep.aired } : {}),
      ...(legacy ? { guid: legacy } : {}),
      guids,
      files: [`${dir}/${file}`],
    };
  };
  const name = (n: Numbered, tag: string) =>
    `Season ${pad(n.season)}/${style.showTitle} - ${tag} - ${n.ep.name}.mkv`;
  for (let i = 0; i < list.length; i++) {
    const n = list[i]!;
    if (!owned.has(n.ep)) continue;
    const next = list[i + 1];
    const tag = `S${pad(n.season)}E${pad(n.number)}`;
    if (
      next &&
      owned.has(next.ep) &&
      n.season > 0 &&
      next.season === n.season &&
      next.number === n.number + 1 &&
      rng.chance(0.03)
    ) {
      const file = name(n, rng.pick(RANGE_FORMS)(n.season, n.number, next.number));
      items.push(make(n, file));
      if (rng.chance(0.5)) items.push(make(next, file));
      i++;
      continue;
    }
    if (style.agent === 'new' && n.ep.aired && rng.chance(0.005)) {
      const item = make(n, `${style.showTitle} - ${n.ep.aired}.mkv`, false);
      item.guids = [style.source === 'tvdb' ? `tvdb://${n.ep.tvdbId}` : `tmdb://${n.ep.tmdbId}`];
      items.push(item);
      continue;
    }
    items.push(make(n, rng.chance(0.02) ? name(n, `${tag}-${rng.pick(['1080p', '720'])}`) : name(n, tag)));
    if (rng.chance(0.005)) items.push(make(n, name(n, tag).replace(/\.mkv$/, '.avi')));
  }
  return items;
}
