/** Pure HTML of the Watchlist section (`GET /api/watchlist`); every outside string goes through `esc`. */
import type { WatchlistMovie, WatchlistReport, WatchlistShow } from '@complexionist/core';
import { movieLinks, showLinks } from './links.js';
import { episodeCode, esc } from './render.js';

/** A film no server owns: title, date (or year), an "upcoming" mark when not yet released, its TMDB page. */
export function watchlistMovieHtml(movie: WatchlistMovie): string {
  const when = movie.releaseDate ?? movie.year ?? 'no date';
  const upcoming = movie.released ? '' : ' <span class="badge upcoming">upcoming</span>';
  const links = movie.tmdbId === null ? '' : movieLinks({ tmdbId: movie.tmdbId, title: movie.title });
  return `<li class="item"><span class="info"><span class="title">${esc(movie.title)}</span>${upcoming} <span class="muted">${esc(
    when,
  )}</span>${links}</span></li>`;
}

/** A show: not owned, or owned with its missing episodes listed by season. */
export function watchlistShowHtml(show: WatchlistShow): string {
  const year = show.year ? ` <span class="muted">(${esc(show.year)})</span>` : '';
  const head = `<span class="title">${esc(show.title)}</span>${year}${showLinks(show)}`;
  if (!show.owned) return `<li class="item"><span class="info">${head}</span></li>`;
  const seasons = show.seasons
    .map((season) => {
      const codes = season.missing.map((e) => episodeCode(e.season, e.episode)).join(', ');
      const label = season.season === 0 ? 'Specials' : `Season ${season.season}`;
      return `<li>${label}: ${codes}</li>`;
    })
    .join('');
  return `<li class="item show"><span class="info">${head} <span class="count"><b>${show.missingCount}</b> missing</span></span><ul class="seasons">${seasons}</ul></li>`;
}

/** One titled list, or nothing when it is empty. */
function block(title: string, items: string[]): string {
  if (items.length === 0) return '';
  return `<h3>${title} (${items.length})</h3><ul class="items">${items.join('')}</ul>`;
}

/**
 * The whole report: films not on any server, shows not owned, owned shows with gaps, unmatched items, after a
 * note when the read was partial and its warnings.
 */
export function watchlistHtml(report: WatchlistReport): string {
  const notOwned = report.shows.filter((s) => !s.owned);
  const gaps = report.shows.filter((s) => s.owned);
  const unmatched = report.unmatched.map(
    (item) =>
      `<li class="item"><span class="info"><span class="title">${esc(item.title)}</span> <span class="muted">${esc(
        item.reason,
      )}</span></span></li>`,
  );
  const html = [
    block('Films on no server', report.movies.map(watchlistMovieHtml)),
    block('Shows not owned', notOwned.map(watchlistShowHtml)),
    block('Shows with missing episodes', gaps.map(watchlistShowHtml)),
    block('Not matched', unmatched),
  ].join('');
  // A partial read (a server or service did not answer) is never an all-clear, and says so.
  const partial =
    report.status === 'partial'
      ? '<p class="note error">Partial: not every server or service answered, so this list may be incomplete.</p>'
      : '';
  const warnings = report.warnings.map((w) => `<li>${esc(w.message)}</li>`).join('');
  const notice = warnings
    ? `<details class="notice"><summary>${report.warnings.length} warning(s)</summary><ul>${warnings}</ul></details>`
    : '';
  const empty = partial ? '' : '<p class="empty">Everything on your watchlist is on a server.</p>';
  return partial + notice + (html || empty);
}

/** `On no server: 3 films (1 upcoming), 2 shows. 1 not matched.` — the count line above the lists. */
export function watchlistSummary(report: WatchlistReport): string {
  const { missingMovies, upcomingMovies, showsNotOwned, showsWithGaps, unmatched } = report.summary;
  const films = missingMovies + upcomingMovies;
  const parts = [
    `${films} film${films === 1 ? '' : 's'}${upcomingMovies ? ` (${upcomingMovies} upcoming)` : ''}`,
    `${showsNotOwned + showsWithGaps} show${showsNotOwned + showsWithGaps === 1 ? '' : 's'}`,
  ];
  return `On no server: ${parts.join(', ')}.${unmatched ? ` ${unmatched} not matched.` : ''}`;
}
