import type { MissingMovie, MovieGapReport } from '../report.js';
import { createStyles } from './ansi.js';
import { plural } from './plural.js';
import { nothingMissingLine, summaryNotes, type TextOptions, verboseSections } from './text-common.js';

function movieLine(movie: MissingMovie): string {
  const when = movie.year ?? (movie.releaseDate ? movie.releaseDate : 'no release date');
  return `${movie.title} (${when})`;
}

/**
 * The movie report as text (the original spec's layout): one block per collection,
 * `Alien Collection (missing 2 of 6):` then `  - Alien³ (1992)` lines, then a one-line summary.
 */
export function formatMoviesText(report: MovieGapReport, options: TextOptions = {}): string {
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
  if (options.verbose) lines.push(...verboseSections(report.unmatched, report.warnings, s));
  return `${lines.join('\n')}\n`;
}
