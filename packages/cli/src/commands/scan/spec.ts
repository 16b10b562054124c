import {
  type CommandSpec,
  LIBRARY_OPTION,
  type OptionSpec,
  REPORT_OPTIONS,
  SERVER_OPTION,
} from '../../shared/args/spec.js';
import { scanOptionFlags } from './flags.js';

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
  options: [LIBRARY_OPTION, SERVER_OPTION, ...scanOptionFlags('movies'), language, since, ...REPORT_OPTIONS],
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
    ...scanOptionFlags('episodes'),
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
  options: [LIBRARY_OPTION, SERVER_OPTION, ...scanOptionFlags('scan'), language, since, ...REPORT_OPTIONS],
  examples: [
    'complexionist scan --demo',
    'complexionist scan',
    'complexionist scan --library Movies --library "TV Shows" --format json',
  ],
};
