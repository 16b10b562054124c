import { type CommandSpec, LIBRARY_OPTION, type OptionSpec, REPORT_OPTIONS, SERVER_OPTION } from './spec.js';

/** `--include-future`, worded for what the command lists. */
function includeFuture(description: string): OptionSpec {
  return { name: 'include-future', type: 'boolean', description };
}
const minCollectionSize: OptionSpec = {
  name: 'min-collection-size',
  type: 'string',
  value: 'N',
  // Upcoming films count only when they are listed (docs/spec.md §2.6: "considered parts").
  description:
    'Report only collections of at least N films, counting upcoming ones only with --include-future (default: 2)',
};
const minOwned: OptionSpec = {
  name: 'min-owned',
  type: 'string',
  value: 'N',
  description: 'Report only collections of which you own at least N films (default: 1)',
};
const includeSpecials: OptionSpec = {
  name: 'include-specials',
  type: 'boolean',
  description: 'Also compare season 0 (specials)',
};
const recentHours: OptionSpec = {
  name: 'recent-hours',
  type: 'string',
  value: 'N',
  description: 'Leave out episodes that aired less than N hours ago (default: 24)',
};
const excludeShow: OptionSpec = {
  name: 'exclude-show',
  type: 'string',
  multiple: true,
  value: 'TITLE',
  description: 'Skip this show (repeatable, case-insensitive; adds to exclusions.shows)',
};

const language: OptionSpec = {
  name: 'language',
  type: 'string',
  value: 'TAG',
  description:
    'Language of titles, e.g. en, de, pt-BR: TMDB titles and TVDB episode names where translated (default: en)',
};

/** `--since last`. */
const since: OptionSpec = {
  name: 'since',
  type: 'string',
  value: 'last',
  description: 'Also show what changed since the last saved complete scan of this home (text and json)',
};

/** `complexionist movies`. */
export const MOVIES_SPEC: CommandSpec = {
  name: 'movies',
  usage: '[--library NAME]... [--include-future] [--min-collection-size N] [--min-owned N] [options]',
  summary: 'List the films missing from the TMDB collections you started',
  description:
    'Reads every film of your movie libraries, looks up its TMDB collection and lists the films of that\n' +
    'collection you do not have.',
  options: [
    LIBRARY_OPTION,
    SERVER_OPTION,
    includeFuture('Also list films without a release date or released after today'),
    minCollectionSize,
    minOwned,
    language,
    since,
    ...REPORT_OPTIONS,
  ],
  examples: [
    'complexionist movies --demo',
    'complexionist movies',
    'complexionist movies --library "4K Movies" --format csv --output missing.csv',
    'complexionist movies --min-collection-size 3 --include-future',
  ],
};

/** `complexionist episodes`. */
export const EPISODES_SPEC: CommandSpec = {
  name: 'episodes',
  usage:
    '[--library NAME]... [--include-future] [--include-specials] [--recent-hours N] [--exclude-show TITLE]... [options]',
  summary: 'List the aired episodes missing from your shows',
  description:
    'Compares every show of your TV libraries with its TVDB or TMDB episode list (following the ordering\n' +
    'Plex uses for the show) and lists the aired episodes you do not have.',
  options: [
    LIBRARY_OPTION,
    SERVER_OPTION,
    includeFuture('Also list episodes without an air date or airing after today'),
    includeSpecials,
    recentHours,
    excludeShow,
    language,
    since,
    ...REPORT_OPTIONS,
  ],
  examples: [
    'complexionist episodes --demo',
    'complexionist episodes --library "TV Shows"',
    'complexionist episodes --exclude-show "The Daily Show" --include-specials',
    'complexionist episodes --format json --output episodes.json',
    'complexionist episodes --language de',
  ],
};

/** `complexionist scan`. */
export const SCAN_SPEC: CommandSpec = {
  name: 'scan',
  usage: '[--library NAME]... [--include-future] [--include-specials] [options]',
  summary: 'Run both scans at once (they share the TMDB pace) and print both reports',
  options: [
    LIBRARY_OPTION,
    SERVER_OPTION,
    includeFuture('Also list films and episodes without a date or dated after today'),
    includeSpecials,
    minCollectionSize,
    minOwned,
    recentHours,
    excludeShow,
    language,
    since,
    ...REPORT_OPTIONS,
  ],
  examples: [
    'complexionist scan --demo',
    'complexionist scan',
    'complexionist scan --library Movies --library "TV Shows" --format json',
  ],
};
