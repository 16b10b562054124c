import { describe, expect, it } from 'vitest';
import { episodeReport, movieReport } from '../test-support/reports.js';
import { formatEpisodesText } from './text-episodes.js';
import { formatMoviesText } from './text-movies.js';

describe('text report (docs/spec.md §4, original layout)', () => {
  it('lists each collection as "Name (missing N of M):" with "  - Title (year)" lines, then a summary', () => {
    expect(formatMoviesText(movieReport())).toBe(
      [
        'Alien Collection (missing 2 of 6):',
        '  - Alien³ (1992)',
        '  - Alien Resurrection (1997)',
        '',
        'Terminator Collection (missing 1 of 6):',
        '  - Terminator: Dark Fate (2019)',
        '',
        'Summary: 3 missing movies in 2 of 30 collections (120 movies scanned, 1 unmatched movie).',
        'Status: complete (every lookup answered).',
        '',
      ].join('\n'),
    );
  });

  it('verbose adds upcoming films, the unmatched items and the warnings', () => {
    const text = formatMoviesText(
      movieReport({ warnings: [{ code: 'tmdb-not-found', message: 'TMDB has no movie 5.' }] }),
      {
        verbose: true,
      },
    );
    expect(text).toContain('  ~ Alien: Earth (no release date, upcoming)');
    expect(text).toContain('Unmatched (1):\n  - Family Holiday (2019) [Movies]: no TMDB or IMDb id in Plex');
    expect(text).toContain('Warnings (1):\n  - TMDB has no movie 5. [tmdb-not-found]');
  });

  it('ends with the status: complete, or partial naming what that means', () => {
    expect(formatMoviesText(movieReport({ status: 'complete' }))).toMatch(
      /\nStatus: complete \(every lookup answered\)\.\n$/,
    );
    const partial = formatEpisodesText(episodeReport({ status: 'partial' }));
    expect(partial).toContain('\nStatus: partial: some lookups failed');
    expect(partial).not.toContain('Status: complete');
  });

  it('strips terminal control characters and escape sequences from titles and messages', () => {
    const report = movieReport({
      warnings: [{ code: 'x', message: 'Looking up "\u001b[2JEvil" failed' }],
    });
    const gap = report.collections[0]!;
    gap.name = '\u001b]0;pwned\u0007Alien\u009b31m Collection\r';
    gap.missing[0]!.title = 'Ali\u0000en\u001b[31m³\u001b[0m\u0008';
    const text = formatMoviesText(report, { verbose: true });
    expect(text).toContain('Alien Collection (missing 2 of 6):\n  - Alien³ (1992)');
    expect(text).toContain('Looking up "Evil" failed');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('says so when nothing is missing', () => {
    const text = formatMoviesText(movieReport({ collections: [] }));
    expect(text).toMatch(/^No missing movies: every collection you started is complete\.\n/);
  });

  it('never calls a report with warnings complete', () => {
    const warnings = [{ code: 'connection-error', message: 'Looking up "Alien" failed (tmdb): timeout' }];
    expect(formatMoviesText(movieReport({ collections: [], warnings }))).toMatch(
      /^No missing movies found, but the report is incomplete: 1 warning \(see them with verbose output\)\.\n/,
    );
    expect(formatEpisodesText(episodeReport({ shows: [], warnings }))).toMatch(
      /^No missing episodes found, but the report is incomplete: 1 warning/,
    );
  });

  it('a report of no library says none was scanned, not that everything is complete', () => {
    expect(formatMoviesText(movieReport({ collections: [], libraries: [] }))).toMatch(
      /^No movie library was scanned\.\n/,
    );
    expect(formatEpisodesText(episodeReport({ shows: [], libraries: [] }))).toMatch(
      /^No show library was scanned\.\n/,
    );
  });

  it('groups shows by season with "    - S02E05 - Breakage" lines', () => {
    const text = formatEpisodesText(episodeReport());
    expect(text).toContain(
      [
        'Breaking Bad (missing 3 episodes):',
        '  Season 2:',
        '    - S02E05 - Breakage',
        '    - S02E06 - Peekaboo',
        '  Season 4:',
        '    - S04E11 - Crawl Space',
      ].join('\n'),
    );
    expect(text.trimEnd().split('\n').at(-2)).toBe(
      'Summary: 9 missing episodes in 2 of 10 shows (1 excluded show, 1 warning).',
    );
  });

  it('cuts a season with more than 5 missing to 3 lines and "... and N more"', () => {
    const text = formatEpisodesText(episodeReport());
    expect(text).toContain(
      [
        '  Season 3:',
        '    - S03E01 - Gay Witch Hunt',
        '    - S03E02 - The Convention',
        '    - S03E03 - The Coup',
        '    ... and 3 more',
      ].join('\n'),
    );
  });

  it('complete lists every episode, without the verbose sections', () => {
    const text = formatEpisodesText(episodeReport(), { complete: true });
    expect(text).toContain('    - S03E03 - The Coup\n    - S03E04 - Grief Counseling');
    expect(text).toContain('    - S03E06 - Diwali');
    expect(text).not.toContain('... and');
    expect(text).not.toContain('Warnings (1):');
  });

  it('verbose lists every episode and the warnings', () => {
    const text = formatEpisodesText(episodeReport(), { verbose: true });
    expect(text).toContain('    - S03E06 - Diwali');
    expect(text).not.toContain('... and');
    expect(text).toContain('Warnings (1):');
  });

  it('verbose says which ordering each show was compared in and why; the short report does not', () => {
    const line = '  Ordering tvdbAiring, compared with TVDB: default of com.plexapp.agents.thetvdb';
    expect(formatEpisodesText(episodeReport(), { verbose: true })).toContain(
      `Breaking Bad (missing 3 episodes):\n${line}\n  Season 2:`,
    );
    expect(formatEpisodesText(episodeReport())).not.toContain('compared with');
  });

  it('verbose lists unmatched shows with their reason', () => {
    const report = episodeReport({
      unmatched: [
        {
          title: 'Frieren',
          year: 2023,
          ratingKey: '7',
          library: 'Anime',
          code: 'anidb-only',
          reason: 'matched only to AniDB (id 17617)',
        },
      ],
    });
    expect(formatEpisodesText(report, { verbose: true })).toContain(
      '  - Frieren (2023) [Anime]: matched only to AniDB (id 17617)',
    );
  });

  it('names specials and untitled episodes plainly', () => {
    const report = episodeReport();
    report.shows[0]!.seasons = [
      { season: 0, missing: [{ season: 0, episode: 1, title: null, aired: null }] },
    ];
    expect(formatEpisodesText(report)).toContain('  Specials:\n    - S00E01\n');
  });

  it('uses ANSI colour only when asked', () => {
    expect(formatEpisodesText(episodeReport())).not.toContain('\u001b[');
    expect(formatEpisodesText(episodeReport(), { color: true })).toContain(
      '\u001b[1mBreaking Bad (missing 3 episodes):\u001b[22m',
    );
  });
});
