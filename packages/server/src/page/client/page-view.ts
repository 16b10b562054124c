/**
 * Renders the reports on the page: sections, filtered groups in chunks, ignored items, progress. Outside text
 * reaches the DOM only through `textContent` or the escaping renderers of `render.ts`.
 */
import type { EpisodeGapReport, IgnoreList, MovieGapReport } from '@complexionist/core';
import { plexItemUrl } from './links.js';
import { ownedFilms, ownedFilmsHtml } from './owned-films.js';
import type { PageDom } from './page-dom.js';
import * as model from './page-model.js';
import type { PageState } from './page-state.js';
import * as markup from './render.js';

/** Creates the view functions. */
export function pageView(state: PageState, dom: PageDom) {
  const { byId } = dom;

  /** Open state of a group: what the user chose, else the default. */
  function isOpen(key: string, fallback: boolean): boolean {
    return state.toggled.get(key) ?? fallback;
  }

  /** Fills a container: the first groups at once, the rest in chunks so the page stays responsive. */
  function fillGroups(which: 'movies' | 'episodes', html: string[]): void {
    const container = byId(`${which}-groups`);
    const token = ++state.renders[which];
    container.innerHTML = html.slice(0, 50).join('');
    let next = 50;
    const step = () => {
      if (state.renders[which] !== token || next >= html.length) return;
      container.insertAdjacentHTML('beforeend', html.slice(next, next + 200).join(''));
      next += 200;
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** A report section's header: summary, notices, empty note, export links. */
  function renderSection(
    which: 'movies' | 'episodes',
    report: MovieGapReport | EpisodeGapReport,
    counts: { shown: number; total: number; groups: number },
  ): void {
    byId(`${which}-section`).hidden = false;
    const noun = which === 'movies' ? 'movie' : 'episode';
    const { shown, total } = counts;
    const filtered = state.query || state.onlyNew ? ` (filter matches ${shown} of ${total})` : '';
    // The groups counted are those of the report, like the total, not those the filter leaves.
    const group = which === 'movies' ? 'collection' : 'show';
    const groups = `${counts.groups} ${group}${counts.groups === 1 ? '' : 's'}`;
    byId(`${which}-summary`).textContent =
      `${total} missing ${noun}${total === 1 ? '' : 's'} in ${groups}${filtered}`;
    byId(`${which}-json`).setAttribute(
      'download',
      `complexionist-${which}-${report.generatedAt.slice(0, 10)}.json`,
    );
    const when = new Date(report.generatedAt).toLocaleString();
    byId(`${which}-meta`).textContent = `Scanned ${report.libraries.join(', ') || 'no library'} · ${when}`;
    byId(`${which}-notices`).innerHTML = markup.noticesHtml(report);
    const empty = byId(`${which}-empty`);
    empty.hidden = shown > 0;
    empty.textContent = state.query ? `Nothing matches "${state.query}".` : `No missing ${noun}s.`;
  }

  /** Renders both reports as filtered by the current query. */
  function render(): void {
    const { query } = state;
    byId('no-report').hidden = Boolean(state.movies || state.episodes);
    byId('movies-section').hidden = !state.movies;
    byId('episodes-section').hidden = !state.episodes;
    if (state.movies) {
      const all = model.movieViews(state.movies, query);
      const views = state.onlyNew ? model.freshMovieViews(all, state.fresh.movies) : all;
      const total = state.movies.collections.reduce((sum, c) => sum + c.missing.length, 0);
      const shown = views.reduce((sum, v) => sum + v.movies.length, 0);
      renderSection('movies', state.movies, { shown, total, groups: state.movies.collections.length });
      fillGroups(
        'movies',
        views.map((v) =>
          markup.collectionHtml(
            v,
            isOpen(`c:${v.collection.tmdbId}`, true),
            state.fresh.movies,
            ownedFilmsHtml(ownedFilms(v.collection, state.plex)),
          ),
        ),
      );
    }
    if (state.episodes) {
      const all = model.showViews(state.episodes, query);
      const views = state.onlyNew ? model.freshShowViews(all, state.fresh.episodes) : all;
      state.views = views;
      const total = state.episodes.shows.reduce((sum, s) => sum + s.missingCount, 0);
      const shown = views.reduce((sum, v) => sum + v.count, 0);
      renderSection('episodes', state.episodes, { shown, total, groups: state.episodes.shows.length });
      const openShows = views.length <= 5 || (query !== '' && views.length <= 50);
      const openSeasons = (query !== '' || state.onlyNew) && shown <= 500;
      fillGroups(
        'episodes',
        views.map((v, i) => {
          const key = `s:${markup.showKey(v.show)}`;
          const ratingKey = state.plex.shows[markup.showKey(v.show) ?? ''];
          const plexHref =
            state.plex.machineIdentifier && ratingKey
              ? plexItemUrl(state.plex.machineIdentifier, ratingKey)
              : null;
          return markup.showHtml(
            v,
            i,
            isOpen(key, openShows),
            (n) => isOpen(`${key}:${n}`, openSeasons),
            state.fresh.episodes,
            plexHref,
          );
        }),
      );
    }
  }

  /** Takes an ignored item out of the reports on screen. */
  function dropIgnored(kind: keyof IgnoreList, value: string): void {
    if (state.movies)
      state.movies = { ...state.movies, collections: model.withoutIgnoredMovies(state.movies, kind, value) };
    if (state.episodes)
      state.episodes = { ...state.episodes, shows: model.withoutIgnoredShows(state.episodes, kind, value) };
  }

  /** Reloads the list of ignored items. */
  async function loadIgnored(): Promise<void> {
    const list = await dom.api<IgnoreList>('/api/ignores');
    const count = list.collections.length + list.movies.length + list.shows.length + list.episodes.length;
    byId('ignored-count').textContent = String(count);
    byId('ignored-list').innerHTML = markup.ignoredHtml(list, state.labels);
  }

  /** Shows a progress event. */
  function showProgress(progress: {
    scan?: string | null;
    phase: string;
    done: number;
    total: number;
  }): void {
    const bar = byId<HTMLProgressElement>('progress-bar');
    if (progress.total > 0) bar.value = Math.min(1, progress.done / progress.total);
    else bar.removeAttribute('value');
    byId('progress-text').textContent = model.progressText(progress);
  }

  return { render, dropIgnored, loadIgnored, showProgress };
}

/** The functions {@link pageView} makes. */
export type PageView = ReturnType<typeof pageView>;
