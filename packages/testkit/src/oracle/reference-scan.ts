/**
 * Test support, not exported: a deliberately plain scanner that reads the fakes over HTTP the way the
 * spec describes (§2, §3) and returns what it finds in the shape of `Expected`. Tests use it to check
 * that each world, the fakes serving it and its expected gaps agree with one another.
 */
import type { FakeServices } from '../fake/start.js';
import { readGuidIds } from '../guids.js';
import { PLEX_PAGE_SIZE } from '../request-counts.js';
import type {
  Expected,
  ExpectedCollectionGap,
  ExpectedShowGap,
  ExpectedUnmatched,
} from '../world/expected-types.js';
import { byCollection, byShow, byUnmatched } from '../world/order.js';
import { createHttp } from './fetch-json.js';
import { fileEpisodes, type RefEpisode, referenceEpisodes } from './reference-episodes.js';

interface Item {
  ratingKey: string;
  title: string;
  guid: string;
  Guid?: { id: string }[];
  showOrdering?: string;
  grandparentRatingKey?: string;
  parentIndex?: number;
  index?: number;
  Media?: { Part: { file: string }[] }[];
}
interface Part {
  id: number;
  title: string;
  release_date: string;
}

const DAY = 86_400_000;

/** Scans every library of the fakes with default options. */
export async function referenceScan(fakes: FakeServices, now: Date): Promise<Expected> {
  const http = createHttp();
  const plex = { 'X-Plex-Token': fakes.plexToken };
  const today = now.toISOString().slice(0, 10);
  const get = async <T>(url: string) => (await http.json<T>(url, { headers: plex })).body;
  const listAll = async (key: string, type: number): Promise<Item[]> => {
    const out: Item[] = [];
    for (let start = 0; ; ) {
      const res = await http.json<{ MediaContainer: { totalSize: number; Metadata?: Item[] } }>(
        `${fakes.plexUrl}/library/sections/${key}/all?type=${type}&includeGuids=1`,
        {
          headers: {
            ...plex,
            'X-Plex-Container-Start': String(start),
            'X-Plex-Container-Size': String(PLEX_PAGE_SIZE),
          },
        },
      );
      const items = res.body.MediaContainer.Metadata ?? [];
      out.push(...items);
      start += items.length;
      if (items.length === 0 || start >= res.body.MediaContainer.totalSize) return out;
    }
  };
  const tmdb = async <T>(path: string) =>
    http.json<T>(`${fakes.tmdbUrl}${path}${path.includes('?') ? '&' : '?'}api_key=${fakes.tmdbKey}`);
  const finds = new Map<string, Promise<number | undefined>>();
  const find = (id: string, source: string) => {
    if (!finds.has(id))
      finds.set(
        id,
        tmdb<{ movie_results: { id: number }[]; tv_results: { id: number }[] }>(
          `/find/${id}?external_source=${source}`,
        ).then(({ body }) => (source === 'imdb_id' ? body.movie_results[0]?.id : body.tv_results[0]?.id)),
      );
    return finds.get(id)!;
  };

  const sections = (
    await get<{
      MediaContainer: { Directory: { key: string; type: string; title: string; agent: string }[] };
    }>(`${fakes.plexUrl}/library/sections`)
  ).MediaContainer.Directory;
  const unmatched: { movies: ExpectedUnmatched[]; shows: ExpectedUnmatched[] } = { movies: [], shows: [] };
  const owned = new Set<number>();
  for (const section of sections.filter((s) => s.type === 'movie')) {
    await Promise.all(
      (await listAll(section.key, 1)).map(async (item) => {
        const ids = readGuidIds(
          item.guid,
          (item.Guid ?? []).map((g) => g.id),
        );
        const id = ids.tmdb ?? (ids.imdb ? await find(ids.imdb, 'imdb_id') : undefined);
        if (id === undefined)
          unmatched.movies.push({ title: item.title, ratingKey: item.ratingKey, library: section.title });
        else owned.add(id);
      }),
    );
  }
  const movies = await Promise.all(
    [...owned].map(
      async (id) => (await tmdb<{ belongs_to_collection: { id: number } | null }>(`/movie/${id}`)).body,
    ),
  );
  const collectionIds = new Set(movies.flatMap((m) => m.belongs_to_collection?.id ?? []));
  const collections: ExpectedCollectionGap[] = [];
  await Promise.all(
    [...collectionIds].map(async (id) => {
      const { body } = await tmdb<{ name: string; parts: Part[] }>(`/collection/${id}`);
      const considered = body.parts.filter((p) => p.release_date !== '' && p.release_date <= today);
      const missing = considered
        .filter((p) => !owned.has(p.id))
        .sort((a, b) => a.release_date.localeCompare(b.release_date));
      const mine = considered.length - missing.length;
      if (considered.length >= 2 && mine >= 1 && missing.length > 0) {
        collections.push({
          tmdbId: id,
          name: body.name,
          owned: mine,
          total: considered.length,
          missing: missing.map((p) => ({
            tmdbId: p.id,
            title: p.title,
            year: Number(p.release_date.slice(0, 4)),
            releaseDate: p.release_date,
          })),
        });
      }
    }),
  );

  const shows: ExpectedShowGap[] = [];
  for (const section of sections.filter((s) => s.type === 'show')) {
    const prefs = await get<{ MediaContainer: { Setting: { id: string; value: string }[] } }>(
      `${fakes.plexUrl}/library/sections/${section.key}/prefs`,
    );
    // Legacy agents (TheTVDB, HAMA) have no showOrdering setting and number by TVDB aired order (issue 14).
    const agentDefault = section.agent.startsWith('com.plexapp.agents.') ? 'tvdbAiring' : 'tmdbAiring';
    const libraryDefault =
      prefs.MediaContainer.Setting.find((s) => s.id === 'showOrdering')?.value ?? agentDefault;
    const episodes = await listAll(section.key, 4);
    await Promise.all(
      (await listAll(section.key, 2)).map(async (show) => {
        const ids = readGuidIds(
          show.guid,
          (show.Guid ?? []).map((g) => g.id),
        );
        if (ids.tvdb === undefined && ids.tmdb === undefined) {
          unmatched.shows.push({ title: show.title, ratingKey: show.ratingKey, library: section.title });
          return;
        }
        const tmdbId = ids.tmdb ?? (await find(String(ids.tvdb), 'tvdb_id')) ?? null;
        const ref = await referenceEpisodes(
          http,
          fakes,
          show.showOrdering || libraryDefault,
          ids.tvdb ?? null,
          tmdbId,
        );
        const mine = episodes.filter((e) => e.grandparentRatingKey === show.ratingKey);
        const numbers = new Set(
          mine.flatMap((e) => [
            ...(e.parentIndex !== undefined && e.index !== undefined ? [`${e.parentIndex}:${e.index}`] : []),
            ...(e.Media ?? []).flatMap((m) =>
              m.Part.flatMap((p) => fileEpisodes(p.file).map(([s, n]) => `${s}:${n}`)),
            ),
          ]),
        );
        const guidIds = new Set(mine.flatMap((e) => (e.Guid ?? []).map((g) => g.id)));
        const isMissing = (e: RefEpisode) =>
          e.season > 0 &&
          e.aired !== null &&
          Date.parse(`${e.aired}T00:00:00Z`) <= now.getTime() - DAY &&
          !numbers.has(`${e.season}:${e.episode}`) &&
          !guidIds.has(`${ref.source}://${e.id}`);
        const missing = ref.episodes
          .filter(isMissing)
          .sort((a, b) => a.season - b.season || a.episode - b.episode);
        if (missing.length === 0) return;
        const seasons = [...new Set(missing.map((e) => e.season))].map((season) => ({
          season,
          missing: missing
            .filter((e) => e.season === season)
            .map(({ season: s, episode, title, aired }) => ({ season: s, episode, title, aired })),
        }));
        shows.push({
          title: show.title,
          tvdbId: ids.tvdb ?? null,
          tmdbId,
          source: ref.source,
          ordering: ref.ordering,
          missingCount: missing.length,
          seasons,
        });
      }),
    );
  }
  return {
    movies: { collections: collections.sort(byCollection), unmatched: unmatched.movies.sort(byUnmatched) },
    episodes: { shows: shows.sort(byShow), unmatched: unmatched.shows.sort(byUnmatched) },
  };
}
