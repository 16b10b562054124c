import { type CommandSpec, formatOption } from '../../shared/args/spec.js';

/** `complexionist config`. */
export const CONFIG_SPEC: CommandSpec = {
  name: 'config',
  usage: '--show [--format json] | --set KEY VALUE | --unset KEY | --path | init | validate',
  summary: 'Show, change or check the configuration',
  description:
    'Settings come from flags, environment variables, ./.env, <home>/.env, ./config.yaml and\n' +
    '<home>/config.yaml (highest first).\n' +
    '--set and --unset edit ./config.yaml when it exists, else <home>/config.yaml (or --config FILE),\n' +
    'keeping comments; a secret key goes to <home>/.env instead.\n' +
    'init writes a commented starter config.yaml there (never over an existing file); validate checks the\n' +
    'configuration and tests each configured service (Plex, TMDB, TVDB), one line each.',
  options: [
    {
      name: 'show',
      type: 'boolean',
      description: 'Print every setting, its value (secrets masked) and where it came from',
    },
    {
      name: 'set',
      type: 'string',
      value: 'KEY',
      description: 'Set KEY (dotted, e.g. plex.url) to the VALUE that follows',
    },
    {
      name: 'unset',
      type: 'string',
      value: 'KEY',
      description: 'Remove KEY from the file (and a secret from <home>/.env): its default applies again',
    },
    {
      name: 'path',
      type: 'boolean',
      description: 'Print the paths of the configuration files, .env and cache',
    },
    formatOption('--show as text or JSON'),
  ],
  maxPositionals: 1,
  examples: [
    'complexionist config --show',
    'complexionist config --set plex.url http://192.168.1.10:32400',
    'complexionist config --set options.min_collection_size 3',
    'complexionist config --unset options.min_collection_size',
    'complexionist config init',
    'complexionist config validate',
    'complexionist config --show --format json',
    'complexionist config --path',
  ],
};
