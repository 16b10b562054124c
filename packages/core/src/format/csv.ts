import type { EpisodeGapReport, MovieGapReport, UnmatchedItem } from '../report.js';

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

/** Header of the block of unmatched items that follows a report's rows. */
export const UNMATCHED_CSV_HEADER = ['unmatched', 'year', 'library', 'reason_code', 'reason'] as const;

/**
 * The unmatched items, one row each, after a blank line (the way a scan separates its two reports); empty
 * when every item was matched, so a report without any keeps exactly the docs/spec.md §4 table.
 */
function unmatchedBlock(unmatched: readonly UnmatchedItem[] | undefined): string {
  if (!unmatched || unmatched.length === 0) return '';
  const rows: Cell[][] = [[...UNMATCHED_CSV_HEADER]];
  for (const u of unmatched) rows.push([u.title, u.year, u.library, u.code, u.reason]);
  return `\r\n${csvRows(rows)}`;
}

/** Movies CSV: one row per missing film (docs/spec.md §4), then the unmatched films and why. */
export function formatMoviesCsv(report: MovieGapReport): string {
  const rows: Cell[][] = [['collection', 'collection_tmdb_id', 'tmdb_id', 'title', 'year', 'release_date']];
  for (const gap of report.collections) {
    for (const m of gap.missing) rows.push([gap.name, gap.tmdbId, m.tmdbId, m.title, m.year, m.releaseDate]);
  }
  return csvRows(rows) + unmatchedBlock(report.unmatched);
}

/** Episodes CSV: one row per missing episode (docs/spec.md §4), then the unmatched shows and why. */
export function formatEpisodesCsv(report: EpisodeGapReport): string {
  const rows: Cell[][] = [['show', 'tvdb_id', 'tmdb_id', 'season', 'episode', 'title', 'aired']];
  for (const show of report.shows) {
    for (const season of show.seasons) {
      for (const e of season.missing) {
        rows.push([show.title, show.tvdbId, show.tmdbId, e.season, e.episode, e.title, e.aired]);
      }
    }
  }
  return csvRows(rows) + unmatchedBlock(report.unmatched);
}
