/**
 * The page script's behaviour: load reports, start and follow scans, filter, ignore, export. Runs in the browser
 * (serialised by `client-script.ts`): functions here may call each other and the `Renderers` passed in, nothing
 * else. Outside text reaches the DOM only through `textContent` or the escaping renderers.
 */
import type { EpisodeGapReport, IgnoreList, MovieGapReport, ScanProgress } from '@complexionist/core';
import type { Renderers, ShowView } from './render.js';

/** State of the page. */
export interface PageApp {
  r: Renderers;
  key: string;
  movies: MovieGapReport | null;
  episodes: EpisodeGapReport | null;
  query: string;
  /** Open/closed state of groups and seasons the user toggled, by `data-key`. */
  toggled: Map<string, boolean>;
  labels: Record<string, string>;
  views: ShowView[];
  renders: { movies: number; episodes: number };
  jobId: string | null;
}

/** The element with this id (the page always has it). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Adds the API key to a URL as `apikey` (EventSource and download links cannot send headers). */
export function withKey(app: PageApp, url: string): string {
  return app.key ? `${url}${url.includes('?') ? '&' : '?'}apikey=${encodeURIComponent(app.key)}` : url;
}

/** Shows a status line; errors stay until the next status. */
export function setStatus(text: string, isError = false): void {
  const status = byId('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** Calls the JSON API; rejects with the server's message (and asks for the key on a 401). */
export async function api<T>(app: PageApp, path: string, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body) headers['Content-Type'] = 'application/json';
  if (app.key) headers['X-Api-Key'] = app.key;
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => null);
  if (response.status === 401) byId('key-form').hidden = false;
  if (!response.ok) {
    const error = body?.error ?? {};
    const err = new Error([error.message ?? `HTTP ${response.status}`, error.hint].filter(Boolean).join(' '));
    (err as Error & { status?: number }).status = response.status;
    throw err;
  }
  return body as T;
}

/** Open state of a group: what the user chose, else the default. */
export function isOpen(app: PageApp, key: string, fallback: boolean): boolean {
  return app.toggled.get(key) ?? fallback;
}

/** Fills a container with group HTML: the first groups at once, the rest in chunks so the page stays responsive. */
export function fillGroups(app: PageApp, which: 'movies' | 'episodes', html: string[]): void {
  const container = byId(`${which}-groups`);
  const token = ++app.renders[which];
  container.innerHTML = html.slice(0, 50).join('');
  let next = 50;
  const step = () => {
    if (app.renders[which] !== token || next >= html.length) return;
    container.insertAdjacentHTML('beforeend', html.slice(next, next + 200).join(''));
    next += 200;
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/** Renders one report section's header: summary, notices, empty note, export links. */
export function renderSection(
  app: PageApp,
  which: 'movies' | 'episodes',
  report: MovieGapReport | EpisodeGapReport,
  shown: number,
  total: number,
  groups: string,
): void {
  byId(`${which}-section`).hidden = false;
  const noun = which === 'movies' ? 'movie' : 'episode';
  const filtered = app.query ? ` (filter matches ${shown} of ${total})` : '';
  byId(`${which}-summary`).textContent =
    `${total} missing ${noun}${total === 1 ? '' : 's'} in ${groups}${filtered}`;
  const when = new Date(report.generatedAt).toLocaleString();
  byId(`${which}-meta`).textContent = `Scanned ${report.libraries.join(', ') || 'no library'} · ${when}`;
  byId(`${which}-notices`).innerHTML = app.r.noticesHtml(report);
  const empty = byId(`${which}-empty`);
  empty.hidden = shown > 0;
  empty.textContent = app.query ? `Nothing matches "${app.query}".` : `No missing ${noun}s.`;
  byId<HTMLAnchorElement>(`${which}-csv`).href = withKey(app, `/api/reports/latest?type=${which}&format=csv`);
  byId<HTMLAnchorElement>(`${which}-json`).href = withKey(
    app,
    `/api/reports/latest?type=${which}&format=json`,
  );
}

/** Renders both reports as filtered by the current query. */
export function render(app: PageApp): void {
  const { r, query } = app;
  byId('no-report').hidden = Boolean(app.movies || app.episodes);
  if (app.movies) {
    const views = r.movieViews(app.movies, query);
    const total = app.movies.collections.reduce((sum, c) => sum + c.missing.length, 0);
    const shown = views.reduce((sum, v) => sum + v.movies.length, 0);
    renderSection(app, 'movies', app.movies, shown, total, `${views.length} collection(s)`);
    fillGroups(
      app,
      'movies',
      views.map((v) => r.collectionHtml(v, isOpen(app, `c:${v.collection.tmdbId}`, true))),
    );
  } else byId('movies-section').hidden = true;
  if (app.episodes) {
    const views = r.showViews(app.episodes, query);
    app.views = views;
    const total = app.episodes.shows.reduce((sum, s) => sum + s.missingCount, 0);
    const shown = views.reduce((sum, v) => sum + v.count, 0);
    renderSection(app, 'episodes', app.episodes, shown, total, `${views.length} show(s)`);
    const openShows = views.length <= 5 || (query !== '' && views.length <= 50);
    const openSeasons = query !== '' && shown <= 500;
    fillGroups(
      app,
      'episodes',
      views.map((v, i) => {
        const key = `s:${r.showKey(v.show)}`;
        return r.showHtml(v, i, isOpen(app, key, openShows), (n) => isOpen(app, `${key}:${n}`, openSeasons));
      }),
    );
  } else byId('episodes-section').hidden = true;
}

/** Takes an ignored item out of the reports shown. */
export function dropIgnored(app: PageApp, kind: keyof IgnoreList, value: string): void {
  if (app.movies && (kind === 'collections' || kind === 'movies')) {
    const id = Number(value);
    app.movies.collections = app.movies.collections
      .filter((c) => kind !== 'collections' || c.tmdbId !== id)
      .map((c) => ({ ...c, missing: c.missing.filter((m) => kind !== 'movies' || m.tmdbId !== id) }))
      .filter((c) => c.missing.length > 0);
  }
  if (app.episodes && (kind === 'shows' || kind === 'episodes')) {
    app.episodes.shows = app.episodes.shows
      .filter((s) => kind !== 'shows' || app.r.showKey(s) !== value)
      .map((s) => {
        const prefix = `${app.r.showKey(s)}:`;
        if (kind !== 'episodes' || !value.startsWith(prefix)) return s;
        const seasons = s.seasons
          .map((season) => ({
            ...season,
            missing: season.missing.filter((e) => prefix + app.r.episodeCode(e.season, e.episode) !== value),
          }))
          .filter((season) => season.missing.length > 0);
        return {
          ...s,
          seasons,
          missingCount: seasons.reduce((sum, season) => sum + season.missing.length, 0),
        };
      })
      .filter((s) => s.missingCount > 0);
  }
}

/** Reloads the list of ignored items. */
export async function loadIgnored(app: PageApp): Promise<void> {
  const list = await api<IgnoreList>(app, '/api/ignores');
  const count = list.collections.length + list.movies.length + list.shows.length + list.episodes.length;
  byId('ignored-count').textContent = String(count);
  byId('ignored-list').innerHTML = app.r.ignoredHtml(list, app.labels);
}

/** Ignores (or un-ignores) the item of a clicked button. */
export async function toggleIgnore(app: PageApp, button: HTMLButtonElement, ignore: boolean): Promise<void> {
  const kind = button.dataset.kind as keyof IgnoreList;
  const value = button.dataset.value ?? '';
  const label = button.dataset.label ?? value;
  button.disabled = true;
  try {
    await api(app, '/api/ignores', {
      method: ignore ? 'POST' : 'DELETE',
      body: JSON.stringify({ kind, value }),
    });
    if (ignore) {
      app.labels[`${kind}:${value}`] = label;
      localStorage.setItem('complexionist.labels', JSON.stringify(app.labels));
      dropIgnored(app, kind, value);
      render(app);
      setStatus(`Ignored ${label}.`);
    } else setStatus(`${app.labels[`${kind}:${value}`] ?? value} will be reported again from the next scan.`);
    await loadIgnored(app);
  } catch (error) {
    button.disabled = false;
    setStatus((error as Error).message, true);
  }
}

/** Shows a progress event. */
export function showProgress(progress: ScanProgress | { phase: string; done: number; total: number }): void {
  const bar = byId<HTMLProgressElement>('progress-bar');
  if (progress.total > 0) bar.value = Math.min(1, progress.done / progress.total);
  else bar.removeAttribute('value');
  const phases: Record<string, string> = {
    queued: 'Waiting for another scan to finish',
    libraries: 'Reading the Plex libraries',
    movies: 'Looking up movies',
    collections: 'Fetching collections',
    shows: 'Matching shows',
    episodes: 'Fetching episode lists',
    done: 'Finishing',
  };
  const counts = progress.total > 0 ? ` ${progress.done} / ${progress.total}` : '';
  const scan = 'scan' in progress && progress.scan ? `${progress.scan}: ` : '';
  byId('progress-text').textContent = `${scan}${phases[progress.phase] ?? progress.phase}${counts}`;
}

/** Switches the form between idle and scanning. */
export function setScanning(app: PageApp, id: string | null): void {
  app.jobId = id;
  byId<HTMLButtonElement>('start').disabled = id !== null;
  byId('cancel').hidden = id === null;
  byId('progress').hidden = id === null;
}

/** Reads a finished job and shows its report. */
export async function finishScan(app: PageApp, id: string): Promise<void> {
  setScanning(app, null);
  const job = await api<{
    status: string;
    report?: Record<string, unknown>;
    error?: { message: string; hint?: string };
  }>(app, `/api/scans/${encodeURIComponent(id)}`);
  if (job.status !== 'done' || !job.report) {
    setStatus(`Scan failed: ${[job.error?.message, job.error?.hint].filter(Boolean).join(' ')}`, true);
    return;
  }
  const report = job.report as { type?: string; movies?: MovieGapReport; episodes?: EpisodeGapReport };
  if (report.type === 'movies') app.movies = report as unknown as MovieGapReport;
  else if (report.type === 'episodes') app.episodes = report as unknown as EpisodeGapReport;
  else {
    app.movies = report.movies ?? app.movies;
    app.episodes = report.episodes ?? app.episodes;
  }
  render(app);
  setStatus('Scan finished.');
}

/** Follows a job's server-sent events until it ends. */
export function follow(app: PageApp, id: string): void {
  setScanning(app, id);
  setStatus('Scanning…');
  const source = new EventSource(withKey(app, `/api/scans/${encodeURIComponent(id)}/events`));
  const end = () => {
    source.close();
    finishScan(app, id).catch((error: Error) => setStatus(error.message, true));
  };
  source.addEventListener('progress', (event) => showProgress(JSON.parse(event.data).progress));
  source.addEventListener('done', end);
  source.addEventListener('failed', end);
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) end();
  };
}

/** Starts a scan from the form. */
export async function startScan(app: PageApp, form: HTMLFormElement): Promise<void> {
  const type = (form.elements.namedItem('type') as RadioNodeList).value;
  const wanted = type === 'movies' ? 'movie' : type === 'episodes' ? 'show' : null;
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[name=library]:checked')];
  const libraries = checked.filter((input) => !wanted || input.dataset.type === wanted).map((i) => i.value);
  if (checked.length > 0 && libraries.length === 0) {
    setStatus(`None of the chosen libraries holds ${type === 'movies' ? 'movies' : 'TV shows'}.`, true);
    return;
  }
  const options: Record<string, boolean> = { includeFuture: byId<HTMLInputElement>('opt-future').checked };
  if (type !== 'movies') options.includeSpecials = byId<HTMLInputElement>('opt-specials').checked;
  const body = JSON.stringify({ type, ...(libraries.length > 0 && { libraries }), options });
  const job = await api<{ id: string }>(app, '/api/scans', { method: 'POST', body });
  follow(app, job.id);
}

/** Loads libraries (when the server did not render them), the latest reports, ignores and a running scan. */
export async function load(app: PageApp): Promise<void> {
  if (document.body.dataset.libraries !== 'rendered') {
    const { libraries } = await api<{ libraries: { title: string; type: string }[] }>(app, '/api/libraries');
    byId('libraries').innerHTML = libraries.map((library) => app.r.libraryHtml(library)).join('');
    document.body.dataset.libraries = 'rendered';
  }
  byId('key-form').hidden = true;
  const exists = await api<Record<'movies' | 'episodes', object | null>>(app, '/api/reports');
  const latest = (type: 'movies' | 'episodes') =>
    exists[type] ? api<MovieGapReport & EpisodeGapReport>(app, `/api/reports/latest?type=${type}`) : null;
  [app.movies, app.episodes] = await Promise.all([latest('movies'), latest('episodes')]);
  render(app);
  await loadIgnored(app);
  const { scans } = await api<{ scans: { id: string; status: string }[] }>(app, '/api/scans');
  const active = scans.find((s) => s.status === 'queued' || s.status === 'running');
  if (active) follow(app, active.id);
}

/** Wires the page up. */
export function clientMain(r: Renderers): void {
  const app: PageApp = {
    r,
    key: localStorage.getItem('complexionist.apiKey') ?? '',
    movies: null,
    episodes: null,
    query: '',
    toggled: new Map(),
    labels: JSON.parse(localStorage.getItem('complexionist.labels') ?? '{}'),
    views: [],
    renders: { movies: 0, episodes: 0 },
    jobId: null,
  };
  const fail = (error: Error) => setStatus(error.message, true);
  byId('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    startScan(app, event.target as HTMLFormElement).catch(fail);
  });
  byId('cancel').addEventListener('click', () => {
    if (app.jobId) api(app, `/api/scans/${app.jobId}`, { method: 'DELETE' }).catch(fail);
  });
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    app.key = byId<HTMLInputElement>('key-input').value.trim();
    localStorage.setItem('complexionist.apiKey', app.key);
    load(app).catch(fail);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId('filter').addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      app.query = (event.target as HTMLInputElement).value.trim().toLowerCase();
      app.toggled.clear();
      render(app);
    }, 120);
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.ignore, button.unignore');
    if (!button) return;
    event.preventDefault();
    toggleIgnore(app, button, button.classList.contains('ignore')).catch(fail);
  });
  byId('episodes-groups').addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (details.dataset.key) app.toggled.set(details.dataset.key, details.open);
      const list = details.querySelector(':scope > ul.items');
      const view = app.views[Number(details.dataset.i)];
      const season = view?.seasons[Number(details.dataset.j)];
      if (details.open && list && season && view && list.childElementCount === 0) {
        list.innerHTML = r.episodesHtml(view.show, season);
      }
    },
    true,
  );
  byId('movies-groups').addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (details.dataset.key) app.toggled.set(details.dataset.key, details.open);
    },
    true,
  );
  if (document.body.dataset.auth === 'key' && !app.key) byId('key-form').hidden = false;
  else load(app).catch(fail);
}

/** Every function above, in the order the page script declares them. */
export const MAIN_FUNCTIONS = [
  byId,
  withKey,
  setStatus,
  api,
  isOpen,
  fillGroups,
  renderSection,
  render,
  dropIgnored,
  loadIgnored,
  toggleIgnore,
  showProgress,
  setScanning,
  finishScan,
  follow,
  startScan,
  load,
  clientMain,
] as const;
