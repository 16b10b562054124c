import type { EpisodeGapReport, MissingEpisode, ShowGap } from '../report.js';
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

/** Seasons with more missing episodes than this are cut short unless verbose. */
export const LONG_SEASON = 5;
/** Lines shown of a cut season. */
export const SHOWN_OF_LONG_SEASON = 3;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `S02E05 - Breakage` (just `S02E05` when the title is unknown). */
export function episodeCode(ep: MissingEpisode): string {
  const code = `S${pad(ep.season)}E${pad(ep.episode)}`;
  return ep.title ? `${code} - ${ep.title}` : code;
}

const SOURCE_NAMES = { tvdb: 'TVDB', tmdb: 'TMDB' } as const;

/** `Ordering tvdbAiring, compared with TVDB: default of com.plexapp.agents.thetvdb`: the verbose line. */
export function orderingLine(show: ShowGap): string {
  const why = show.orderingReason ? `: ${show.orderingReason}` : '';
  return `Ordering ${show.ordering}, compared with ${SOURCE_NAMES[show.source]}${why}`;
}

/**
 * The episode report as text: `Breaking Bad (missing 3 episodes):`, `  Season 2:`, `    - S02E05 - Breakage`.
 * A season with more than five missing shows three and `    ... and N more` unless verbose or complete;
 * verbose output also says which ordering each show was compared in and why.
 */
export function formatEpisodesText(input: EpisodeGapReport, options: TextOptions = {}): string {
  // Titles and messages come from services anyone can edit: no terminal control may reach the screen.
  const report = stripControlsDeep(input);
  const s = createStyles(options.color ?? false);
  const lines: string[] = [];
  for (const show of report.shows) {
    lines.push(s.bold(`${show.title} (missing ${plural(show.missingCount, 'episode')}):`));
    if (options.verbose) lines.push(s.dim(`  ${orderingLine(show)}`));
    for (const season of show.seasons) {
      lines.push(s.cyan(season.season === 0 ? '  Specials:' : `  Season ${season.season}:`));
      const cut = !options.verbose && !options.complete && season.missing.length > LONG_SEASON;
      const shown = cut ? season.missing.slice(0, SHOWN_OF_LONG_SEASON) : season.missing;
      for (const ep of shown) lines.push(`    - ${episodeCode(ep)}`);
      if (cut) lines.push(s.dim(`    ... and ${season.missing.length - shown.length} more`));
    }
    lines.push('');
  }
  if (report.shows.length === 0) {
    const complete = 'every show is complete';
    lines.push(nothingMissingLine(report, { kind: 'show', missing: 'missing episodes', complete }), '');
  }
  const sum = report.summary;
  const notes = summaryNotes(null, [
    [sum.showsUnmatched, 'unmatched show'],
    [sum.showsExcluded, 'excluded show'],
    [report.warnings.length, 'warning'],
  ]);
  lines.push(
    s.green(
      `Summary: ${plural(sum.missingEpisodes, 'missing episode')} in ${sum.showsWithGaps} of ${plural(sum.showsScanned, 'show')}${notes}.`,
    ),
  );
  lines.push(statusLine(report, s));
  if (options.verbose) lines.push(...verboseSections(report.unmatched, report.warnings, s));
  return `${lines.join('\n')}\n`;
}
