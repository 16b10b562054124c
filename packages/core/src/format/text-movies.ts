import type { MissingMovie, MovieGapReport } from '../report.js';
import { createStyles } from './ansi.js';
import { plural } from './plural.js';
import { stripControlsDeep } from './terminal-safe.js';
import {
  nothingMissingLine,
  statusLine,
  summaryNotes,
  type TextOptions,
  verboseSections,
} from './text-common.js';

function movieLine(movie: MissingMovie): string {
  const when = movie.year ?? (movie.releaseDate ? movie.releaseDate : 'no release date');
  return `${movie.title} (${when})`;
}

/**
 * The movie report as text (the original spec's layout): one block per collection,
 * `Alien Collection (missing 2 of 6):` then `  - Alien³ (1992)` lines, then a one-line summary.
 */
export function formatMoviesText(input: MovieGapReport, options: TextOptions = {}): string {
  // Titles and messages come from services anyone can edit: no terminal control may reach the screen.
  const report = stripControlsDeep(input);
  const s = createStyles(options.color ?? false);
  const lines: string[] = [];
  for (const gap of report.collections) {
    lines.push(s.bold(`${gap.name} (missing ${gap.missing.length} of ${gap.total}):`));
    for (const movie of gap.missing) lines.push(`  - ${movieLine(movie)}`);
    if (options.verbose) {
      for (const movie of gap.upcoming ?? []) {
        lines.push(s.dim(`  ~ ${movie.title} (${movie.releaseDate ?? 'no release date'}, upcoming)`));
      }
    }
    lines.push('');
  }
  if (report.collections.length === 0) {
    const complete = 'every collection you started is complete';
    lines.push(nothingMissingLine(report, { kind: 'movie', missing: 'missing movies', complete }), '');
  }
  const sum = report.summary;
  const notes = summaryNotes(`${plural(sum.moviesScanned, 'movie')} scanned`, [
    [sum.moviesUnmatched, 'unmatched movie'],
    [report.warnings.length, 'warning'],
  ]);
  lines.push(
    s.green(
      `Summary: ${plural(sum.missingMovies, 'missing movie')} in ${sum.collectionsWithGaps} of ${plural(sum.collectionsChecked, 'collection')}${notes}.`,
    ),
  );
  lines.push(statusLine(report, s));
  if (options.verbose) lines.push(...verboseSections(report.unmatched, report.warnings, s));
  return `${lines.join('\n')}\n`;
}
