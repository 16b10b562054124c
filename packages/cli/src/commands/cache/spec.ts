import { type CommandSpec, formatOption } from '../../shared/args/spec.js';

/** `complexionist cache`. */
export const CACHE_SPEC: CommandSpec = {
  name: 'cache',
  usage: '--clear | --stats',
  summary: 'Clear the TMDB/TVDB cache or show what it holds',
  options: [
    { name: 'clear', type: 'boolean', description: 'Delete every cached answer' },
    { name: 'stats', type: 'boolean', description: 'Show entries and size per kind of data' },
    formatOption('--stats as text or JSON'),
  ],
  examples: [
    'complexionist cache --stats',
    'complexionist cache --stats --format json',
    'complexionist cache --clear',
  ],
};
