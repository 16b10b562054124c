/** The page script's behaviour: load reports, start and follow scans, filter, ignore, send, export. */
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { ignoreActions } from './ignore-actions.js';
import { integrationsPanel } from './integrations-panel.js';
import { pageDom } from './page-dom.js';
import * as model from './page-model.js';
import type { PageState } from './page-state.js';
import { pageView } from './page-view.js';
import * as markup from './render.js';
import { sendAction } from './send-action.js';
import {
  chosenServers,
  type PickerLibrary,
  pickerLibraryHtml,
  serverNames,
  serverPickerHtml,
} from './server-picker.js';
import { setupPanel } from './setup-panel.js';
import { setupViewChoice } from './view-choice.js';
import { watchlistPanel } from './watchlist-panel.js';
import { loadWhatIsNew } from './what-is-new.js';

type JobView = {
  status: string;
  outcome?: 'complete' | 'partial';
  message?: string;
  report?: Record<string, unknown>;
  error?: { code: string; message: string; hint?: string };
};

/** Wires the page up. */
export function startPage(): void {
  const state: PageState = {
    key: localStorage.getItem('complexionist.apiKey') ?? '',
    movies: null,
    episodes: null,
    query: '',
    toggled: new Map(),
    labels: JSON.parse(localStorage.getItem('complexionist.labels') ?? '{}'),
    views: [],
    renders: { movies: 0, episodes: 0 },
    jobId: null,
    fresh: { since: null, movies: [], episodes: [] },
    onlyNew: false,
    plex: { machineIdentifier: null, shows: {}, movies: {} },
  };
  const dom = pageDom(state);
  const view = pageView(state, dom);
  const ignores = ignoreActions(state, dom, view);
  const integrations = integrationsPanel(state, dom);
  setupViewChoice();
  // After a save the libraries are read again: the server scans with the new settings at once.
  const setup = setupPanel(dom, () => loadLibraries());
  const send = sendAction(dom);
  watchlistPanel(dom);
  const loadFresh = () => loadWhatIsNew(state, dom, view);
  const { byId, api, setStatus } = dom;
  const fail = (error: Error) => setStatus(error.message, true);

  /** Reads where the shows and films are in Plex and links them; without it the other links still work. */
  async function loadPlexLinks(): Promise<void> {
    if (!state.episodes && !state.movies) return;
    state.plex = await api<PageState['plex']>('/api/plex/links').catch(() => state.plex);
    if (state.plex.machineIdentifier) view.render();
  }

  /** Switches the form between idle and scanning. */
  function setScanning(id: string | null): void {
    state.jobId = id;
    byId<HTMLButtonElement>('start').disabled = id !== null;
    byId('cancel').hidden = id === null;
    byId('progress').hidden = id === null;
  }

  /** Reads a finished job and shows its report (follows it again if the stream ended while it still runs). */
  async function finishScan(id: string): Promise<void> {
    const job = await api<JobView>(`/api/scans/${encodeURIComponent(id)}`);
    if (job.status === 'queued' || job.status === 'running') return follow(id);
    setScanning(null);
    if (job.status !== 'done' || !job.report) {
      setStatus(model.endedText(job.error), job.error?.code !== 'cancelled');
      return;
    }
    const report = job.report as { type?: string; movies?: MovieGapReport; episodes?: EpisodeGapReport };
    const movies = report.type === 'movies' ? (report as unknown as MovieGapReport) : report.movies;
    const episodes = report.type === 'episodes' ? (report as unknown as EpisodeGapReport) : report.episodes;
    // A half that read no library (its names were all of the other type) keeps the report shown before. A
    // partial half shows what the server kept (its items plus those it could not confirm), as the lists do.
    const kept = (type: 'movies' | 'episodes') =>
      api<MovieGapReport & EpisodeGapReport>(`/api/reports/latest?type=${type}`);
    const partial = job.outcome === 'partial';
    if (movies?.libraries.length) state.movies = partial ? await kept('movies') : movies;
    if (episodes?.libraries.length) state.episodes = partial ? await kept('episodes') : episodes;
    view.render();
    await loadPlexLinks();
    setStatus(job.message ?? 'Scan finished.', partial);
    await loadFresh();
  }

  /** Follows a job's server-sent events until it ends. */
  function follow(id: string): void {
    setScanning(id);
    setStatus('Scanning…');
    const path = `/api/scans/${encodeURIComponent(id)}/events`;
    dom
      .events(path, (name, data) => {
        if (name === 'progress') view.showProgress(JSON.parse(data).progress);
      })
      .then(
        () => finishScan(id),
        (error: Error) => {
          setScanning(null);
          throw error;
        },
      )
      .catch(fail);
  }

  /** Starts a scan from the form. */
  async function startScan(form: HTMLFormElement): Promise<void> {
    const type = (form.elements.namedItem('type') as RadioNodeList).value;
    const wanted = type === 'movies' ? 'movie' : type === 'episodes' ? 'show' : null;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name=library]:checked')];
    const libraries = checked.filter((input) => !wanted || input.dataset.type === wanted).map((i) => i.value);
    if (checked.length > 0 && libraries.length === 0) {
      setStatus(`None of the chosen libraries holds ${type === 'movies' ? 'movies' : 'TV shows'}.`, true);
      return;
    }
    // The boxes start as the configuration sets them; only a box the user changed is sent, so the rest of
    // the request falls back to the configuration (and equals a request made without the page).
    const options: Record<string, boolean> = {};
    const changed = (id: string, name: string) => {
      const box = byId<HTMLInputElement>(id);
      if (box.checked !== box.defaultChecked) options[name] = box.checked;
    };
    changed('opt-future', 'includeFuture');
    if (type !== 'movies') changed('opt-specials', 'includeSpecials');
    const servers = chosenServers([...form.querySelectorAll<HTMLInputElement>('input[name=server]')]);
    const body = JSON.stringify({
      type,
      ...(libraries.length > 0 && { libraries }),
      ...(servers.length > 0 && { servers }),
      ...(Object.keys(options).length > 0 && { options }),
    });
    follow((await api<{ id: string }>('/api/scans', { method: 'POST', body })).id);
  }

  /** Fetches the libraries the server could not render without the key; a failure is shown, not fatal. */
  async function loadLibraries(): Promise<void> {
    try {
      const { libraries } = await api<{ libraries: PickerLibrary[] }>('/api/libraries');
      const shown = libraries.filter((library) => library.type !== 'other');
      const names = serverNames(libraries);
      byId('libraries').innerHTML = shown.map((l) => pickerLibraryHtml(l, names.length > 1)).join('');
      byId('servers').innerHTML = names.length > 1 ? serverPickerHtml(names) : '';
      byId('servers-field').hidden = names.length < 2;
      byId('libraries-error').hidden = true;
      document.body.dataset.libraries = 'rendered';
    } catch (error) {
      const note = byId('libraries-error');
      note.textContent = `Could not read the libraries: ${(error as Error).message}`;
      note.hidden = false;
    }
  }

  /**
   * Loads libraries (only when the server neither rendered them nor an error about them), the latest reports,
   * ignores and a running scan. Saved reports show even while the media server is down.
   */
  async function load(): Promise<void> {
    await setup.load();
    if (document.body.dataset.libraries === 'none') await loadLibraries();
    byId('key-form').hidden = true;
    const exists = await api<Record<'movies' | 'episodes', object | null>>('/api/reports');
    const latest = (type: 'movies' | 'episodes') =>
      exists[type] ? api<MovieGapReport & EpisodeGapReport>(`/api/reports/latest?type=${type}`) : null;
    [state.movies, state.episodes] = await Promise.all([latest('movies'), latest('episodes')]);
    view.render();
    await loadPlexLinks();
    await loadFresh();
    await view.loadIgnored();
    integrations.fill();
    await integrations.load();
    const { scans } = await api<{ scans: { id: string; status: string }[] }>('/api/scans');
    const active = scans.find((s) => s.status === 'queued' || s.status === 'running');
    if (active) follow(active.id);
  }

  /** Remembers what the user opened and fills a season's episodes when it is first opened. */
  function onToggle(event: Event): void {
    const details = event.target as HTMLDetailsElement;
    if (details.dataset.key) state.toggled.set(details.dataset.key, details.open);
    const list = details.querySelector(':scope > ul.items');
    const shown = state.views[Number(details.dataset.i)];
    const season = shown?.seasons[Number(details.dataset.j)];
    if (details.open && list && shown && season && list.childElementCount === 0) {
      list.innerHTML = markup.episodesHtml(shown.show, season, state.fresh.episodes);
    }
  }

  byId('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    startScan(event.target as HTMLFormElement).catch(fail);
  });
  byId('cancel').addEventListener('click', () => {
    if (state.jobId) api(`/api/scans/${state.jobId}`, { method: 'DELETE' }).catch(fail);
  });
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.key = byId<HTMLInputElement>('key-input').value.trim();
    // A message about an earlier key must not stay once another key is tried.
    byId('key-error').textContent = '';
    setStatus('');
    localStorage.setItem('complexionist.apiKey', state.key);
    load().catch(fail);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId('filter').addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.query = (event.target as HTMLInputElement).value.trim().toLowerCase();
      state.toggled.clear();
      view.render();
    }, 120);
  });
  byId('only-new').addEventListener('change', (event) => {
    state.onlyNew = (event.target as HTMLInputElement).checked;
    state.toggled.clear();
    view.render();
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('.exports a');
    if (link && state.key) {
      event.preventDefault();
      dom.download(link).catch(fail);
      return;
    }
    const sender = (event.target as Element).closest<HTMLButtonElement>('button.send');
    if (sender) {
      event.preventDefault();
      send(sender).catch(fail);
      return;
    }
    const season = (event.target as Element).closest<HTMLButtonElement>('button.ignore-season');
    if (season) {
      event.preventDefault();
      ignores.ignoreSeason(season).catch(fail);
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('button.ignore, button.unignore');
    if (!button) return;
    event.preventDefault();
    ignores.toggle(button, button.classList.contains('ignore')).catch(fail);
  });
  // A poster that cannot load (offline, blocked) leaves its placeholder instead of a broken image.
  document.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLImageElement && event.target.closest('.poster')) event.target.remove();
    },
    true,
  );
  // `toggle` does not bubble: listen in the capture phase.
  byId('episodes-groups').addEventListener('toggle', onToggle, true);
  byId('movies-groups').addEventListener('toggle', onToggle, true);
  if (document.body.dataset.auth === 'key' && !state.key) byId('key-form').hidden = false;
  else load().catch(fail);
}
