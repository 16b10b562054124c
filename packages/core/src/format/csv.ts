import type { EpisodeGapReport, MovieGapReport } from '../report.js';

type Cell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell, guarded per OWASP: a text cell starting with `=`, `+`, `-`, `@`, a tab or a CR, or
 * holding a `;` (a spreadsheet in a locale whose list separator is `;` splits there, so `Title;=cmd…`
 * would start a formula in the next cell), gets a leading `'` and quotes. Any cell holding `"`, `,`, `;`,
 * CR or LF is quoted.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  const guard = typeof value === 'string' && (FORMULA_START.test(text) || text.includes(';'));
  if (guard) text = `'${text}`;
  return guard || /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to RFC 4180 text: CRLF line ends, a final CRLF. */
export function csvRows(rows: readonly Cell[][]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Movies CSV: one row per missing film (spec §4). */
export function formatMoviesCsv(report: MovieGapReport): string {
  const rows: Cell[][] = [['collection', 'collection_tmdb_id', 'tmdb_id', 'title', 'year', 'release_date']];
  for (const gap of report.collections) {
    for (const m of gap.missing) rows.push([gap.name, gap.tmdbId, m.tmdbId, m.title, m.year, m.releaseDate]);
  }
  return csvRows(rows);
}

/** Episodes CSV: one row per missing episode (spec §4). */
export function formatEpisodesCsv(report: EpisodeGapReport): string {
  const rows: Cell[][] = [['show', 'tvdb_id', 'tmdb_id', 'season', 'episode', 'title', 'aired']];
  for (const show of report.shows) {
    for (const season of show.seasons) {
      for (const e of season.missing) {
        rows.push([show.title, show.tvdbId, show.tmdbId, e.season, e.episode, e.title, e.aired]);
      }
    }
  }
  return csvRows(rows);
}
