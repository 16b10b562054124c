import { type CommandSpec, LIBRARY_OPTION, REPORT_OPTIONS, SERVER_OPTION } from '../../shared/args/spec.js';

/** `complexionist watchlist`. */
export const WATCHLIST_SPEC: CommandSpec = {
  name: 'watchlist',
  usage: '[--server NAME]... [--library NAME]... [--include-specials] [options]',
  summary: 'List what is on your Plex watchlist but not on your servers (or has episodes missing)',
  description:
    'Reads the watchlist of your plex.tv account (plex.account_token, saved by `auth plex --login`) and\n' +
    'lists the films no scanned server owns, released or upcoming, and the shows none owns or that miss\n' +
    'aired episodes. Ownership counts every scanned server and library.',
  options: [
    SERVER_OPTION,
    LIBRARY_OPTION,
    { name: 'include-specials', type: 'boolean', description: 'Also compare season 0 of owned shows' },
    {
      name: 'language',
      type: 'string',
      value: 'TAG',
      description: 'Language of episode titles, e.g. en, de, pt-BR (default: en)',
    },
    // Everything of the scans' report options but --demo: the demo library has no watchlist.
    ...REPORT_OPTIONS.filter((o) => o.name !== 'demo'),
  ],
  examples: [
    'complexionist watchlist',
    'complexionist watchlist --server Tower --format csv --output watchlist.csv',
    'complexionist watchlist --format json',
  ],
};
