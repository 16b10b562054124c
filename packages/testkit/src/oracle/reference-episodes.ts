/** Test support, not exported: reference episode lists and multi-episode file names, read plainly. */
import type { FakeServices } from '../fake/start.js';
import type { Http } from './fetch-json.js';

/** One reference episode. */
export interface RefEpisode {
  id: number;
  season: number;
  episode: number;
  title: string | null;
  aired: string | null;
}

const ORDERINGS: Record<string, [string, string]> = {
  tvdbAiring: ['tvdbAiring', 'default'],
  aired: ['tvdbAiring', 'default'],
  tvdbDvd: ['tvdbDvd', 'dvd'],
  dvd: ['tvdbDvd', 'dvd'],
  tvdbAbsolute: ['tvdbAbsolute', 'absolute'],
  absolute: ['tvdbAbsolute', 'absolute'],
  tmdbAiring: ['tmdbAiring', 'tmdb'],
};
interface TvdbPage {
  data: {
    episodes: {
      id: number;
      seasonNumber: number;
      number: number;
      name: string | null;
      aired: string | null;
    }[];
  };
  links: { next: string | null };
}
const tokens = new WeakMap<FakeServices, Promise<string>>();

/** The episode list a show's ordering names: TVDB (all pages) or TMDB (seasons 0–19 appended). */
export async function referenceEpisodes(
  http: Http,
  fakes: FakeServices,
  ordering: string,
  tvdbId: number | null,
  tmdbId: number | null,
) {
  const [name, type] = ORDERINGS[ordering] ?? ['tvdbAiring', 'default'];
  if (type === 'tmdb' && tmdbId !== null) {
    const append = Array.from({ length: 20 }, (_, n) => `season/${n}`).join(',');
    const { body } = await http.json<
      Record<
        string,
        {
          season_number: number;
          episodes: { id: number; episode_number: number; name: string; air_date: string | null }[];
        }
      >
    >(`${fakes.tmdbUrl}/tv/${tmdbId}?append_to_response=${append}&api_key=${fakes.tmdbKey}`);
    const episodes = Object.entries(body)
      .filter(([k]) => k.startsWith('season/'))
      .flatMap(([, s]) =>
        s.episodes.map(
          (e): RefEpisode => ({
            id: e.id,
            season: s.season_number,
            episode: e.episode_number,
            title: e.name,
            aired: e.air_date,
          }),
        ),
      );
    return { source: 'tmdb' as const, ordering: name, episodes };
  }
  if (!tokens.has(fakes)) {
    tokens.set(
      fakes,
      http
        .json<{ data: { token: string } }>(`${fakes.tvdbUrl}/login`, { body: { apikey: fakes.tvdbKey } })
        .then((r) => r.body.data.token),
    );
  }
  const auth = { Authorization: `Bearer ${await tokens.get(fakes)}` };
  const episodes: RefEpisode[] = [];
  for (let url: string | null = `${fakes.tvdbUrl}/series/${tvdbId}/episodes/${type}?page=0`; url; ) {
    const { body }: { body: TvdbPage } = await http.json<TvdbPage>(url, { headers: auth });
    episodes.push(
      ...body.data.episodes.map((e) => ({
        id: e.id,
        season: e.seasonNumber,
        episode: e.number,
        title: e.name,
        aired: e.aired,
      })),
    );
    url = body.data.episodes.length ? body.links.next : null;
  }
  return { source: 'tvdb' as const, ordering: type === 'tmdb' ? 'tvdbAiring' : name, episodes };
}

const RANGE = /s(\d{1,3})e(\d{1,4})((?:-?e\d{1,4})+|-\d{1,2}(?![\dp]))?/i;

/** (season, episode) pairs a file name covers: `S02E01-E02`, `S02E01-02`, `s02e01e02`; not `S01E05-720`. */
export function fileEpisodes(path: string): [number, number][] {
  const m = RANGE.exec(path.slice(path.lastIndexOf('/') + 1));
  if (!m) return [];
  const first = Number(m[2]);
  const last = Math.max(first, ...(m[3]?.match(/\d+/g) ?? []).map(Number));
  return Array.from({ length: last - first + 1 }, (_, i): [number, number] => [Number(m[1]), first + i]);
}
