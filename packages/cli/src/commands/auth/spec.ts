import type { CommandSpec } from '../../shared/args/spec.js';

/** `complexionist auth`. */
export const AUTH_SPEC: CommandSpec = {
  name: 'auth',
  usage:
    'plex --login | plex --token TOKEN | tmdb --key KEY | tvdb --key KEY [--pin PIN] | radarr|sonarr --url URL --key KEY',
  summary: 'Sign in to Plex and save API keys (each is checked before it is saved)',
  description:
    'plex --login signs in through plex.tv in your browser, lets you pick a server and saves its URL and token.\n' +
    'Secrets are saved to <home>/.env (readable only by you); the Plex URL to ./config.yaml when it\n' +
    'exists, else to <home>/config.yaml (or --config FILE).',
  options: [
    {
      name: 'login',
      type: 'boolean',
      description: 'plex: sign in at the app.plex.tv link it prints (and opens in your browser)',
    },
    {
      name: 'add',
      type: 'boolean',
      description:
        'plex --login: add the server you pick to plex.servers (several servers) instead of plex.url',
    },
    { name: 'token', type: 'string', value: 'TOKEN', description: 'plex: save this Plex token' },
    {
      name: 'key',
      type: 'string',
      value: 'KEY',
      description: 'tmdb/tvdb/radarr/sonarr: save this API key (TMDB: v3 key or v4 token)',
    },
    { name: 'pin', type: 'string', value: 'PIN', description: 'tvdb: subscriber PIN that goes with the key' },
    {
      name: 'url',
      type: 'string',
      value: 'URL',
      description: 'plex --token, radarr, sonarr: server URL to check the key against and save',
    },
  ],
  maxPositionals: 1,
  examples: [
    'complexionist auth plex --login',
    'complexionist auth plex --login --add',
    'complexionist auth plex --token abcdEFGH1234 --url http://192.168.1.10:32400',
    'complexionist auth tmdb --key 0123456789abcdef0123456789abcdef',
    'complexionist auth tvdb --key 00000000-1111-2222-3333-444444444444',
    'complexionist auth radarr --url http://localhost:7878 --key 0123456789abcdef0123456789abcdef',
    'complexionist auth sonarr --url http://localhost:8989 --key 0123456789abcdef0123456789abcdef',
  ],
};
