/** Pure HTML builders of the page script; every outside string goes through `esc`. */
import type { EpisodeGapReport, IgnoreList, MovieGapReport, SeasonGap, ShowGap } from '@complexionist/core';
import { collectionLinks, movieLinks, posterHtml, showLinks } from './links.js';
import type { CollectionView, ShowView } from './page-model.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `S02E05`. */
export function episodeCode(season: number, episode: number): string {
  return `S${String(season).padStart(2, '0')}E${String(episode).padStart(2, '0')}`;
}

/** The id a show is ignored by: its TVDB id, else `tmdb:<id>`; null when it has neither. */
export function showKey(show: ShowGap): string | null {
  if (show.tvdbId !== null) return String(show.tvdbId);
  return show.tmdbId !== null ? `tmdb:${show.tmdbId}` : null;
}

/** An ignore button; `label` names the item in the list of ignored items. */
export function ignoreButton(kind: keyof IgnoreList, value: string | number, label: string): string {
  return `<button type="button" class="ignore" data-kind="${esc(kind)}" data-value="${esc(value)}" data-label="${esc(
    label,
  )}" title="Ignore ${esc(label)}">Ignore</button>`;
}

/**
 * A "send to Radarr/Sonarr" button; `body` is the `POST /api/send/<service>` selection. The stylesheet hides
 * it when the server has no such service set up (`body[data-send]`).
 */
export function sendButton(
  service: 'radarr' | 'sonarr',
  body: Record<string, number | boolean>,
  label: string,
): string {
  const name = service === 'radarr' ? 'Radarr' : 'Sonarr';
  return `<button type="button" class="send" data-service="${service}" data-body="${esc(
    JSON.stringify(body),
  )}" data-label="${esc(label)}" title="Send ${esc(label)} to ${name}">${name}</button>`;
}

/** The "new" badge of an item missing since the previous complete scan. */
export function newBadge(isNew: boolean): string {
  return isNew ? ' <span class="badge new" title="Missing since the previous complete scan">new</span>' : '';
}

/**
 * One collection with its missing movies; `fresh` holds the TMDB ids of films new since the previous scan,
 * `owned` the collection's "You own:" line (`owned-films.ts`), shown above the missing films.
 */
export function collectionHtml(
  view: CollectionView,
  open: boolean,
  fresh: readonly number[] = [],
  owned = '',
): string {
  const { collection, movies } = view;
  const items = movies
    .map((movie) => {
      const label = movie.year ? `${movie.title} (${movie.year})` : movie.title;
      return `<li class="item movie">${posterHtml(movie)}<span class="info"><span class="title">${esc(
        movie.title,
      )}</span>${newBadge(fresh.includes(movie.tmdbId))} <span class="muted">${esc(
        movie.year ?? 'no date',
      )}</span>${movieLinks(movie)}</span><span class="acts">${sendButton('radarr', { movie: movie.tmdbId }, label)}${ignoreButton('movies', movie.tmdbId, label)}</span></li>`;
    })
    .join('');
  return `<details class="group" data-key="c:${esc(collection.tmdbId)}"${open ? ' open' : ''}><summary><span class="name">${esc(
    collection.name,
  )}</span> <span class="count">missing <b>${movies.length}</b> of ${esc(collection.total)}</span>${collectionLinks(
    collection,
  )}${sendButton('radarr', { collection: collection.tmdbId }, collection.name)}${ignoreButton(
    'collections',
    collection.tmdbId,
    collection.name,
  )}</summary>${owned}<ul class="items">${items}</ul></details>`;
}

/**
 * The episode rows of one season (rendered when the season is opened); `fresh` holds the `<show id>:S01E02` of
 * episodes new since the previous scan.
 */
export function episodesHtml(show: ShowGap, season: SeasonGap, fresh: readonly string[] = []): string {
  const key = showKey(show);
  return season.missing
    .map((e) => {
      const code = episodeCode(e.season, e.episode);
      const button = key ? ignoreButton('episodes', `${key}:${code}`, `${show.title} ${code}`) : '';
      return `<li class="item"><span class="code">${code}</span> <span class="title">${esc(
        e.title ?? 'TBA',
      )}</span>${newBadge(fresh.includes(`${key}:${code}`))} <span class="muted">${esc(e.aired ?? '')}</span>${button}</li>`;
    })
    .join('');
}

/**
 * One show with collapsed seasons; `openSeason(n)` says which seasons to render open (with their episodes),
 * `plexHref` is the show's page in Plex when known.
 */
export function showHtml(
  view: ShowView,
  index: number,
  open: boolean,
  openSeason: (season: number) => boolean,
  fresh: readonly string[] = [],
  plexHref: string | null = null,
) {
  const { show } = view;
  const key = showKey(show);
  const anyNew = fresh.some((value) => value.startsWith(`${key}:`));
  const seasons = view.seasons
    .map((season, j) => {
      const isOpen = openSeason(season.season);
      const label = season.season === 0 ? 'Specials' : `Season ${season.season}`;
      const send =
        show.tvdbId === null
          ? ''
          : sendButton('sonarr', { show: show.tvdbId, season: season.season }, `${show.title} ${label}`);
      return `<details class="season" data-i="${index}" data-j="${j}" data-key="s:${esc(key)}:${season.season}"${
        isOpen ? ' open' : ''
      }><summary>${label} <span class="count"><b>${season.missing.length}</b> missing</span>${send}${
        key ? seasonIgnoreButton(key, season.season, `${show.title} ${label}`) : ''
      }</summary><ul class="items">${isOpen ? episodesHtml(show, season, fresh) : ''}</ul></details>`;
    })
    .join('');
  const year = show.year ? ` <span class="muted">(${esc(show.year)})</span>` : '';
  const button =
    (show.tvdbId === null ? '' : sendButton('sonarr', { show: show.tvdbId }, show.title)) +
    (key ? ignoreButton('shows', key, show.title) : '');
  return `<details class="group" data-key="s:${esc(key)}"${open ? ' open' : ''}><summary><span class="name">${esc(
    show.title,
  )}</span>${year}${newBadge(anyNew)} <span class="count"><b>${view.count}</b> missing</span> <span class="badge" title="Compared with this episode list">${esc(
    show.source,
  )}</span>${showLinks(show, plexHref)}${button}</summary><div class="seasons">${seasons}</div></details>`;
}

/**
 * The kind badge of a library ("movies", "TV"), or '' when the title already says it: "Movies" needs no
 * "MOVIES" badge, "Kids" does.
 */
export function libraryKind(library: { title: string; type: string }): string {
  const kind = library.type === 'movie' ? 'movies' : library.type === 'show' ? 'TV' : 'other';
  const words = library.type === 'movie' ? /\b(movies?|films?)\b/i : /\b(tv|shows?|series)\b/i;
  return words.test(library.title) ? '' : kind;
}

/** An "Ignore season" button: ignores each missing episode of the season (`show` as the ignore list writes it). */
export function seasonIgnoreButton(show: string, season: number, label: string): string {
  return `<button type="button" class="ignore-season" data-show="${esc(show)}" data-season="${season}" data-label="${esc(
    label,
  )}" title="Ignore every missing episode of ${esc(label)}">Ignore season</button>`;
}

/** The list of ignored items with un-ignore buttons; `labels` maps `kind:value` to a readable name. */
export function ignoredHtml(list: IgnoreList, labels: Record<string, string>): string {
  const names = { collections: 'Collection', movies: 'Movie', shows: 'Show', episodes: 'Episode' } as const;
  const rows: string[] = [];
  for (const kind of ['collections', 'movies', 'shows', 'episodes'] as const) {
    for (const value of list[kind]) {
      const label = labels[`${kind}:${value}`] ?? String(value);
      rows.push(
        `<li class="item"><span class="badge">${names[kind]}</span> <span class="title">${esc(label)}</span> <button type="button" class="unignore" data-kind="${kind}" data-value="${esc(
          value,
        )}">Un-ignore</button></li>`,
      );
    }
  }
  return rows.join('');
}

/** Warnings and unmatched items of a report, folded away. */
export function noticesHtml(report: MovieGapReport | EpisodeGapReport): string {
  const parts: string[] = [];
  if (report.warnings.length > 0) {
    const items = report.warnings.map((w) => `<li>${esc(w.message)}</li>`).join('');
    parts.push(
      `<details class="notice"><summary>${report.warnings.length} warning(s)</summary><ul>${items}</ul></details>`,
    );
  }
  if (report.unmatched.length > 0) {
    const items = report.unmatched
      .map(
        (u) =>
          `<li>${esc(u.title)}${u.year ? ` (${esc(u.year)})` : ''} <span class="muted">${esc(u.library)}: ${esc(u.reason)}</span></li>`,
      )
      .join('');
    parts.push(
      `<details class="notice"><summary>${report.unmatched.length} unmatched item(s)</summary><ul>${items}</ul></details>`,
    );
  }
  return parts.join('');
}
