import { type CommandSpec, LIBRARY_OPTION } from '../../shared/args/spec.js';

/** `complexionist send`. */
export const SEND_SPEC: CommandSpec = {
  name: 'send',
  usage:
    'radarr|sonarr (--all | --collection TMDB_ID | --show TVDB_ID) [--yes] [--library NAME]... [options]',
  summary: 'Send missing films to Radarr or missing episodes to Sonarr (dry run unless --yes)',
  description:
    'Runs the scan (movies for radarr, episodes for sonarr), then asks Radarr or Sonarr what it already has.\n' +
    'radarr: adds each missing film it lacks by TMDB id (radarr.root_folder, radarr.quality_profile, …),\n' +
    'searching at once unless radarr.search_on_add is false; films it has are skipped and left as they are.\n' +
    'sonarr: monitors exactly the missing episodes and searches for them; a show it lacks is added with\n' +
    'every other episode unmonitored. No other episode is touched.\n' +
    'Without --yes nothing is sent: it prints what would be. Repeating a send sends nothing twice.\n' +
    'Set the service up first with `complexionist auth radarr --url URL --key KEY` (or sonarr).',
  options: [
    { name: 'all', type: 'boolean', description: 'Send everything the scan found missing' },
    {
      name: 'collection',
      type: 'string',
      value: 'TMDB_ID',
      description: 'radarr: send only the missing films of this TMDB collection',
    },
    {
      name: 'show',
      type: 'string',
      value: 'TVDB_ID',
      description: 'sonarr: send only the missing episodes of this show (TVDB id)',
    },
    {
      name: 'yes',
      short: 'y',
      type: 'boolean',
      description: 'Really send (without it, only print what would be sent)',
    },
    LIBRARY_OPTION,
    {
      name: 'no-cache',
      type: 'boolean',
      description: 'Do not read cached TMDB/TVDB answers (fresh answers are still stored)',
    },
  ],
  maxPositionals: 1,
  examples: [
    'complexionist send radarr --all',
    'complexionist send radarr --collection 8091 --yes',
    'complexionist send sonarr --show 81189 --yes',
    'complexionist send sonarr --all --library "TV Shows"',
  ],
};
