import { type CommandSpec, formatOption } from '../../shared/args/spec.js';

/** `complexionist ignore`. */
export const IGNORE_SPEC: CommandSpec = {
  name: 'ignore',
  usage: 'add|remove <kind> <value> | list [kind]',
  summary: 'Never report a collection, movie, show or episode again',
  description:
    'Kinds: collection and movie (TMDB ids), show (TVDB id, or tmdb:N), episode ("<showId>:S01E02").\n' +
    'add and remove edit ignore.* in ./config.yaml when it exists, else <home>/config.yaml\n' +
    '(or --config FILE), keeping comments; list shows the lists in effect.',
  options: [formatOption('list as text or JSON')],
  maxPositionals: 3,
  examples: [
    'complexionist ignore add collection 8091',
    'complexionist ignore add show tmdb:1396',
    'complexionist ignore add episode 81189:S02E05',
    'complexionist ignore remove movie 8077',
    'complexionist ignore list',
    'complexionist ignore list --format json',
  ],
};
