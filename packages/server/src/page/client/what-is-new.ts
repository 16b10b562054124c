/** What is new since the previous complete scan: the "new" badges and the "Only new since" filter. */
import type { PageDom } from './page-dom.js';
import type { PageState } from './page-state.js';
import type { PageView } from './page-view.js';
import { episodeCode } from './render.js';

type Diff = {
  from: string;
  newlyMissing: Array<{
    tmdbId?: number;
    show?: { tvdbId: number | null; tmdbId: number | null };
    season?: number;
    episode?: number;
  }>;
};

/**
 * Reads what is new since the previous complete scan of each type for the "new" badges and the "new since"
 * filter, which shows only when something is new.
 */
export async function loadWhatIsNew(state: PageState, { api, byId }: PageDom, view: PageView): Promise<void> {
  // The history says first whether there are two complete reports to compare (the diff is a 404 until then).
  const diff = async (type: string) => {
    const { reports } = await api<{ reports: unknown[] }>(`/api/reports/history?type=${type}`);
    return reports.length < 2 ? null : api<Diff>(`/api/reports/diff?type=${type}`).catch(() => null);
  };
  const [movies, episodes] = await Promise.all([diff('movies'), diff('episodes')]);
  const showId = (show: { tvdbId: number | null; tmdbId: number | null }) =>
    show.tvdbId !== null ? String(show.tvdbId) : `tmdb:${show.tmdbId}`;
  state.fresh = {
    since: [movies?.from, episodes?.from].filter(Boolean).sort()[0] ?? null,
    movies: (movies?.newlyMissing ?? []).map((m) => m.tmdbId ?? 0),
    episodes: (episodes?.newlyMissing ?? []).flatMap((e) =>
      e.show ? [`${showId(e.show)}:${episodeCode(e.season ?? 0, e.episode ?? 0)}`] : [],
    ),
  };
  const any = state.fresh.movies.length + state.fresh.episodes.length > 0;
  byId('new-filter').hidden = !any;
  if (!any) state.onlyNew = false;
  byId('new-since').textContent = state.fresh.since ? new Date(state.fresh.since).toLocaleString() : '';
  view.render();
}
